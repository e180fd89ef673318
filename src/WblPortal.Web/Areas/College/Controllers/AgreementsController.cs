using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Files;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Agreements;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's tripartite agreements: created from confirmed placements, confirmed by the college admin,
/// a minor's consent recorded by staff, or recorded as signed on paper with the scan.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class AgreementsController(IStringLocalizer<AgreementResource> a, IStringLocalizer<WorkflowResource> w, AgreementDetails.Handler details)
    : AgreementsControllerBase(a, details)
{
    /// <summary>Confirmed placements: where agreements are created (and sending orders issued).</summary>
    public async Task<IActionResult> Placements([FromQuery] ListQuery query, [FromQuery] bool missing, [FromServices] ListConfirmedPlacements.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, missing, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(Guid placementId, [FromServices] CreateAgreements.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(placementId, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(A["Agreements_Created"]);
            return RedirectToAction(nameof(Index), new { placement = placementId });
        }

        Flash((result.Errors is { Count: > 0 } errors ? errors[0].ErrorMessage : null) ?? L["Common_ConcurrencyConflict"]);
        return RedirectToAction(nameof(Placements));
    }

    [HttpPost]
    [Authorize(Policy = Policies.CollegeAdmin)]
    public async Task<IActionResult> Confirm(Guid id, uint version, [FromServices] ConfirmAgreement.Handler handler, CancellationToken cancellationToken) =>
        await AfterStepAsync(id, await handler.ConfirmAsync(id, version, ConfirmAgreement.Party.College, cancellationToken),
            cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Consent(ConfirmAgreement.ConsentCommand command, [FromServices] ConfirmAgreement.Handler handler,
        CancellationToken cancellationToken) =>
        await AfterStepAsync(command.Id, await handler.RecordConsentAsync(command, cancellationToken), cancellationToken);

    [HttpPost]
    [RequestSizeLimit(StoredFile.MaxSize + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = StoredFile.MaxSize + 1024 * 1024)]
    public async Task<IActionResult> Paper(Guid id, uint version, IFormFile? scan, [FromServices] ConfirmAgreement.Handler handler,
        CancellationToken cancellationToken)
    {
        if (scan is { Length: > StoredFile.MaxSize })
        {
            return await AfterStepAsync(id, FeatureResult.Invalid("Scan", w["File_TooLarge"]), cancellationToken);
        }

        ConfirmAgreement.Scan? upload = null;
        if (scan is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await scan.CopyToAsync(buffer, cancellationToken);
            upload = new ConfirmAgreement.Scan(scan.FileName, scan.ContentType, buffer.ToArray());
        }

        return await AfterStepAsync(id, await handler.MarkSignedOnPaperAsync(id, version, upload, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> Scan(Guid id, [FromServices] ConfirmAgreement.Handler handler, CancellationToken cancellationToken) =>
        await handler.ScanAsync(id, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
}
