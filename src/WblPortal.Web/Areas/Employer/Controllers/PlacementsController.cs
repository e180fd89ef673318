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
public sealed class PlacementsController(IStringLocalizer<PlacementResource> p, SiteCapacity.Handler sites)
    : PlacementsControllerBase(p, forEmployer: true)
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

    public async Task<IActionResult> Details(Guid id, [FromServices] PlacementDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, forEmployer: true, cancellationToken);
        return model is null ? NotFound() : View(await CompleteAsync(model, cancellationToken));
    }

    /// <summary>Confirming more learners than the placement's site takes is refused (ConfirmPlacement); every page of a
    /// placement, refused steps included, shows the site's load.</summary>
    [HttpPost]
    public Task<IActionResult> Confirm(PlacementStep.Command command, [FromServices] ConfirmPlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_Confirmed", cancellationToken);

    protected override async Task<PlacementDetails.Model> CompleteAsync(PlacementDetails.Model model, CancellationToken cancellationToken) =>
        model with { SiteLoad = await sites.LoadAsync(model.Id, cancellationToken) };

    [HttpPost]
    public Task<IActionResult> Decline(PlacementStep.Command command, [FromServices] DeclinePlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_Declined", cancellationToken);

    [HttpPost]
    public Task<IActionResult> RequestChanges(PlacementStep.Command command, [FromServices] RequestPlacementChanges.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_ChangesRequested", cancellationToken);
}
