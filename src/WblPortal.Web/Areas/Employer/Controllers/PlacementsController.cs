using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.EmployerSites;
using WblPortal.Web.Features.Placements;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer's inbox of placements proposed by its partner colleges: confirm a number, decline with a
/// reason, or ask for other dates or another number.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class PlacementsController(IStringLocalizer<PlacementResource> p) : PlacementsControllerBase(p, forEmployer: true)
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ListPlacements.Filter filter, [FromServices] ListPlacements.Handler handler,
        CancellationToken cancellationToken)
    {
        filter.Employer = null;
        return View(await handler.PageAsync(query, filter, forEmployer: true, cancellationToken));
    }

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] ListPlacements.Filter filter, [FromServices] ListPlacements.Handler handler,
        CancellationToken cancellationToken)
    {
        filter.Employer = null;
        var rows = await handler.Query(query, filter, forEmployer: true).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(P["Inbox_Title"],
            [P["Placement_Status"], P["Placement_College"], P["Placement_Form"], P["Placement_Site"], P["Placement_Start"], P["Placement_End"],
             P["Placement_RequestedCount"], P["Placement_ConfirmedCount"], P["Placement_Learners"]],
            rows, r => [P["Status_" + r.Status].Value, r.College, r.Form, r.Site, r.StartDate, r.EndDate, r.RequestedCount, r.ConfirmedCount, r.LearnerCount],
            cancellationToken);
        return XlsxFile.Result(file, "placements");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] PlacementDetails.Handler handler, [FromServices] SiteCapacity.Handler sites,
        CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, forEmployer: true, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ViewBag.SiteLoad = await sites.LoadAsync(id, cancellationToken);
        return View(model);
    }

    /// <summary>Confirming more learners than the placement's site takes is refused (ConfirmPlacement); the refused page
    /// shows the site's load again.</summary>
    [HttpPost]
    public async Task<IActionResult> Confirm(PlacementStep.Command command, [FromServices] ConfirmPlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        [FromServices] SiteCapacity.Handler sites, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome is FeatureOutcome.Invalid)
        {
            ViewBag.SiteLoad = await sites.LoadAsync(command.Id, cancellationToken);
        }

        return await StepAsync(Task.FromResult(result), command, details, "Flash_Confirmed", cancellationToken);
    }

    [HttpPost]
    public Task<IActionResult> Decline(PlacementStep.Command command, [FromServices] DeclinePlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_Declined", cancellationToken);

    [HttpPost]
    public Task<IActionResult> RequestChanges(PlacementStep.Command command, [FromServices] RequestPlacementChanges.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_ChangesRequested", cancellationToken);
}
