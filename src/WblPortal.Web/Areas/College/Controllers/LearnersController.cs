using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Consents;
using WblPortal.Web.Features.Learners;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class LearnersController(IStringLocalizer<CollegeResource> c, IStringLocalizer<PrivacyResource> pv) : PortalController
{
    /// <summary>What the import page shows: nothing yet, or the outcome of an import and its report as CSV text.</summary>
    public sealed record ImportPage(ImportLearners.Result? Result = null, string? ReportCsv = null);

    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] Guid? group, [FromQuery] bool needs, [FromServices] ListLearners.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, group, needs, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] Guid? group, [FromQuery] bool needs, [FromServices] ListLearners.Handler handler,
        [FromServices] PersonalDataAccessLog accessLog, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, group, needs).ToListAsync(cancellationToken);
        await accessLog.CollegeListAsync(rows.Count, PersonalDataView.LearnerListExport, cancellationToken);
        var file = await XlsxFile.WriteAsync(c["Learners_Title"],
            [c["Learner_LastName"], c["Learner_FirstName"], c["Learner_Patronymic"], c["Learner_Pin"], c["Learner_Group"], c["Learner_DateOfBirth"],
             c["Learner_Gender"], c["Learner_HasSpecialNeeds"], c["Learner_SpecialNeedsNote"], c["Learner_RepresentativeName"],
             c["Learner_RepresentativePhone"], c["Field_Phone"], c["Field_Email"]],
            rows, r => [r.LastName, r.FirstName, r.Patronymic, r.Pin, r.Group, r.DateOfBirth, GenderText(r.Gender),
                r.HasSpecialNeeds ? L["Common_Yes"].Value : L["Common_No"].Value, r.SpecialNeedsNote, r.RepresentativeName,
                r.RepresentativePhone, r.Phone, r.Email],
            cancellationToken);
        return XlsxFile.Result(file, "learners");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] LearnerDetails.Handler handler, [FromServices] PersonalDataAccessLog accessLog,
        [FromServices] LearnerConsents.Handler consents, CancellationToken cancellationToken)
    {
        var learner = await handler.LoadAsync(id, cancellationToken);
        if (learner is null)
        {
            return NotFound();
        }

        await accessLog.CollegeLearnerAsync(id, PersonalDataView.LearnerPage, cancellationToken);
        return View(learner with { Consents = await consents.LoadAsync(id, cancellationToken), ConsentForm = new() { LearnerId = id } });
    }

    /// <summary>A consent signed on paper by the learner or their legal representative (Law No. 58).</summary>
    [HttpPost]
    public async Task<IActionResult> RecordConsent(RecordPaperConsent.Command command, [FromServices] RecordPaperConsent.Handler handler,
        [FromServices] LearnerDetails.Handler details, [FromServices] LearnerConsents.Handler consents, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await DoneOrFormAsync(result, pv["Consent_Recorded"], command.LearnerId, async () =>
            await details.LoadAsync(command.LearnerId, cancellationToken) is { } learner
                ? View(nameof(Details), learner with { Consents = await consents.LoadAsync(command.LearnerId, cancellationToken), ConsentForm = command })
                : NotFound());
    }

    /// <summary>A withdrawal handed in on paper.</summary>
    [HttpPost]
    public async Task<IActionResult> WithdrawConsent(WithdrawConsent.Command command, [FromServices] WithdrawConsent.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(pv["Consent_Withdrawn"]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }

        // Withdrawn already, or changed meanwhile: say so on the list (the learner's page is not known here).
        Flash(result.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Select(e => e.ErrorMessage)) : pv["Consent_NotWithdrawn"]);
        return RedirectToAction(nameof(Index));
    }

    public async Task<IActionResult> Create([FromQuery] Guid? group, [FromServices] EditLearner.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditLearner.Command { GroupId = group };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditLearner.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        if (command is null)
        {
            return NotFound();
        }

        await handler.LoadChoicesAsync(command, cancellationToken);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditLearner.Command command, [FromServices] EditLearner.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            // The details page shows any ПИН warning: it is only a warning, so the record is saved all the same.
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }

        // Validation is the use case's, so model-binding messages (not localized) are dropped for its own.
        ShowErrorsOf(result);
        if (result.Outcome == FeatureOutcome.Conflict && command.Id is { } id)
        {
            var current = await handler.LoadAsync(id, cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            command = current;
        }

        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, uint? version, [FromServices] DeleteLearner.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, version, cancellationToken), id, nameof(Details));
    }

    public IActionResult Import() => View(new ImportPage());

    [HttpPost]
    [RequestSizeLimit(ImportLearners.MaxFileBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportLearners.MaxFileBytes + 1024 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] ImportLearners.Handler handler, CancellationToken cancellationToken)
    {
        ImportLearners.Result result;
        if (file is null || file.Length == 0)
        {
            result = new ImportLearners.Result(0, [new ImportLearners.Problem(null, null, c["Import_NoFile"])], []);
        }
        else if (file.Length > ImportLearners.MaxFileBytes)
        {
            result = new ImportLearners.Result(0, [new ImportLearners.Problem(null, null, c["Import_TooLarge", ImportLearners.MaxFileBytes / 1024 / 1024])], []);
        }
        else
        {
            await using var stream = file.OpenReadStream();
            result = await handler.HandleAsync(stream, cancellationToken);
        }

        var report = result.Succeeded ? null : ImportLearners.Report(result.Errors, c["Import_Report_Row"], c["Import_Report_Column"], c["Import_Report_Message"]);
        return View(new ImportPage(result, report));
    }

    public IActionResult ImportTemplate() => File(ImportLearners.Template(), "text/csv", "learners-template.csv");

    /// <summary>Gives back the error report the import page holds, as a file: the report is built from the user's own
    /// upload, so no copy of it is kept on the server.</summary>
    [HttpPost]
    public IActionResult ImportReport(string? report) =>
        File(ImportLearners.Utf8File(report ?? ""), "text/csv", "learners-import-errors.csv");

    private string GenderText(Gender gender) => L[gender == Gender.Female ? "Gender_Female" : "Gender_Male"];
}
