using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.AnnualReports;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's annual WBL reports: compile for a year, write the narrative, send to the partner
/// employers, submit to the ministry, revise when returned. Another college's report answers 404.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class ReportsController(TimeProvider clock, IStringLocalizer<ReportResource> r) : AnnualReportsControllerBase(r)
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListAnnualReports.Handler handler, CancellationToken cancellationToken)
    {
        var page = await handler.PageAsync(query, false, cancellationToken);
        return View(page with { Create = new CreateAnnualReport.Command { AcademicYear = AcademicCalendar.PastYearOf(clock.BishkekToday()) } });
    }

    [HttpPost]
    public async Task<IActionResult> Create(CreateAnnualReport.Command command, [FromServices] CreateAnnualReport.Handler handler,
        [FromServices] ListAnnualReports.Handler list, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await DoneOrFormAsync(result, R["AnnualReport_CreatedFlash"], result.Id, async () =>
        {
            return View(nameof(Index), await list.PageAsync(new ListQuery(), false, cancellationToken) with { Create = command });
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(EditAnnualReport.Command command, [FromServices] EditAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Details), new { id = command.Id });
        }

        var model = await details.LoadAsync(command.Id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Conflict)
        {
            ClearKeepingBindingFailures();
        }
        else
        {
            model = model with { PostedEdit = command };
        }

        AddErrors(result);
        return View(nameof(Details), model);
    }

    [HttpPost]
    public Task<IActionResult> Send(SendAnnualReport.Command command, [FromServices] SendAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_SentFlash"], cancellationToken,
            refused: model => command.AnswerDeadline is { } posted ? model with { SendDeadline = posted } : model);

    [HttpPost]
    public Task<IActionResult> Remind(RemindAnnualReportEmployer.Command command, [FromServices] RemindAnnualReportEmployer.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_RemindedFlash"], cancellationToken);

    [HttpPost]
    public Task<IActionResult> Submit(AnnualReportStep.Command command, [FromServices] SubmitAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_SubmittedFlash"], cancellationToken);
}
