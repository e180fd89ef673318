using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Partnerships;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer's partnerships with every college: it signs its side and terminates where the domain allows,
/// and downloads scans. Another employer's answer 404.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
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
            [p["Partnership_Kind"], p["Partnership_Number"], p["Partnership_College"], p["Partnership_ConcludedOn"], p["Partnership_ValidFrom"],
                p["Partnership_ValidUntil"], p["Partnership_Status"]],
            rows, r => [p["PartnershipKind_" + r.Kind].Value, r.Number, r.CollegeName, r.ConcludedOn, r.ValidFrom, r.ValidUntil,
                p["PartnershipStatus_" + r.Status].Value],
            cancellationToken);
        return XlsxFile.Result(file, "partnerships");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] PartnershipDetails.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost]
    public Task<IActionResult> Sign(PartnershipStep.Command command, [FromServices] SignPartnership.Handler handler, [FromServices] PartnershipDetails.Handler details,
        CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, p["Partnership_SignedFlash"], cancellationToken);

    [HttpPost]
    public Task<IActionResult> Terminate(PartnershipStep.Command command, [FromServices] TerminatePartnership.Handler handler, [FromServices] PartnershipDetails.Handler details,
        CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, p["Partnership_TerminatedFlash"], cancellationToken);

    public async Task<IActionResult> Scan(Guid id, [FromServices] DownloadPartnershipScan.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } scan ? File(scan.Content, scan.ContentType, scan.FileName) : NotFound();

    private async Task<IActionResult> StepAsync(Task<FeatureResult> step, PartnershipStep.Command command,
        PartnershipDetails.Handler details, string flash, CancellationToken cancellationToken)
    {
        var result = await step;
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(flash);
            return RedirectToAction(nameof(Details), new { id = command.Id });
        }

        AddErrors(result);
        var model = await details.LoadAsync(command.Id, cancellationToken);
        return model is null ? NotFound() : View(nameof(Details), model);
    }
}
