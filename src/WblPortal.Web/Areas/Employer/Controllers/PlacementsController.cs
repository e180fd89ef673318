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

    /// <summary>Confirming more learners than the placement's site takes over these dates is refused (the site's
    /// capacity is on the Sites page).</summary>
    [HttpPost]
    public async Task<IActionResult> Confirm(PlacementStep.Command command, [FromServices] PlacementStep.Handler handler, [FromServices] PlacementDetails.Handler details,
        [FromServices] SiteCapacity.Handler sites, CancellationToken cancellationToken)
    {
        await using var transaction = await sites.LockSiteAsync(command.Id, cancellationToken);
        if (await sites.CheckAsync(command.Id, command.Count ?? 0, cancellationToken) is { } refused)
        {
            var model = await details.LoadAsync(command.Id, forEmployer: true, cancellationToken);
            if (model is null)
            {
                return NotFound();
            }

            ModelState.Clear();
            AddErrors(refused);
            ViewBag.Step = command;
            ViewBag.SiteLoad = await sites.LoadAsync(command.Id, cancellationToken);
            return View("Details", model);
        }

        var result = await StepAsync(PlacementStep.Kind.Confirm, command, handler, details, "Flash_Confirmed", cancellationToken);
        await transaction.CommitAsync(cancellationToken); // the confirmation, when it was saved; nothing otherwise
        return result;
    }

    [HttpPost]
    public Task<IActionResult> Decline(PlacementStep.Command command, [FromServices] PlacementStep.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(PlacementStep.Kind.Decline, command, handler, details, "Flash_Declined", cancellationToken);

    [HttpPost]
    public Task<IActionResult> RequestChanges(PlacementStep.Command command, [FromServices] PlacementStep.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(PlacementStep.Kind.RequestChanges, command, handler, details, "Flash_ChangesRequested", cancellationToken);
}
