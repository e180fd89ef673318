using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Partnerships;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's memoranda, cooperation agreements and WBL contracts; another college's answer 404.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class PartnershipsController(IStringLocalizer<PartnershipResource> p) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ListPartnerships.Filter filter,
        [FromServices] ListPartnerships.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, filter, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] ListPartnerships.Filter filter,
        [FromServices] ListPartnerships.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, filter).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(p["Partnerships_Title"],
            [p["Partnership_Kind"], p["Partnership_Number"], p["Partnership_Employer"], p["Partnership_ConcludedOn"], p["Partnership_ValidFrom"],
                p["Partnership_ValidUntil"], p["Partnership_Status"]],
            rows, r => [p["PartnershipKind_" + r.Kind].Value, r.Number, r.EmployerName, r.ConcludedOn, r.ValidFrom, r.ValidUntil,
                p["PartnershipStatus_" + r.Status].Value],
            cancellationToken);
        return XlsxFile.Result(file, "partnerships");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] PartnershipDetails.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    public async Task<IActionResult> Create([FromServices] EditPartnership.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditPartnership.Command();
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditPartnership.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditPartnership.Command command, [FromServices] EditPartnership.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }

        AddErrors(result);
        if (result.Outcome == FeatureOutcome.Conflict && command.Id is { } id && await handler.LoadAsync(id, cancellationToken) is { } fresh)
        {
            command = fresh;
        }

        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    [HttpPost]
    public Task<IActionResult> Sign(PartnershipStep.Command command, [FromServices] SignPartnership.Handler handler, [FromServices] PartnershipDetails.Handler details,
        CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, p["Partnership_SignedFlash"], cancellationToken);

    [HttpPost]
    public Task<IActionResult> Terminate(PartnershipStep.Command command, [FromServices] TerminatePartnership.Handler handler, [FromServices] PartnershipDetails.Handler details,
        CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, p["Partnership_TerminatedFlash"], cancellationToken);

    [HttpPost]
    [RequestSizeLimit(12 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
    public async Task<IActionResult> UploadScan(UploadPartnershipScan.Command command, [FromServices] UploadPartnershipScan.Handler handler,
        [FromServices] PartnershipDetails.Handler details, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await AfterStepAsync(result, command.Id, details, p["Partnership_ScanSavedFlash"], cancellationToken);
    }

    public async Task<IActionResult> Scan(Guid id, [FromServices] DownloadPartnershipScan.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } scan ? File(scan.Content, scan.ContentType, scan.FileName) : NotFound();

    private async Task<IActionResult> StepAsync(Task<FeatureResult> step, PartnershipStep.Command command,
        PartnershipDetails.Handler details, string flash, CancellationToken cancellationToken) =>
        await AfterStepAsync(await step, command.Id, details, flash, cancellationToken);

    private async Task<IActionResult> AfterStepAsync(FeatureResult result, Guid id, PartnershipDetails.Handler details, string flash, CancellationToken cancellationToken)
    {
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(flash);
            return RedirectToAction(nameof(Details), new { id });
        }

        AddErrors(result);
        var model = await details.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(nameof(Details), model);
    }
}
