using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Placements;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer's inbox of placements proposed by its partner colleges: confirm a number, decline with a
/// reason, or ask for other dates or another number.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class PlacementsController(IStringLocalizer<PlacementResource> p) : PortalController
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
        var file = await XlsxFile.WriteAsync(p["Inbox_Title"],
            [p["Placement_Status"], p["Placement_College"], p["Placement_Form"], p["Placement_Site"], p["Placement_Start"], p["Placement_End"],
             p["Placement_RequestedCount"], p["Placement_ConfirmedCount"], p["Placement_Learners"]],
            rows, r => [p["Status_" + r.Status].Value, r.College, r.Form, r.Site, r.StartDate, r.EndDate, r.RequestedCount, r.ConfirmedCount, r.LearnerCount],
            cancellationToken);
        return XlsxFile.Result(file, "placements");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] PlacementDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, forEmployer: true, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public Task<IActionResult> Confirm(PlacementStep.Command command, [FromServices] PlacementStep.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(PlacementStep.Kind.Confirm, command, handler, details, "Flash_Confirmed", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Decline(PlacementStep.Command command, [FromServices] PlacementStep.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(PlacementStep.Kind.Decline, command, handler, details, "Flash_Declined", cancellationToken);

    [HttpPost]
    public Task<IActionResult> RequestChanges(PlacementStep.Command command, [FromServices] PlacementStep.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(PlacementStep.Kind.RequestChanges, command, handler, details, "Flash_ChangesRequested", cancellationToken);

    private async Task<IActionResult> StepAsync(PlacementStep.Kind kind, PlacementStep.Command command, PlacementStep.Handler handler,
        PlacementDetails.Handler details, string flash, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(kind, command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(p[flash]);
            return RedirectToAction(nameof(Details), new { id = command.Id });
        }

        ModelState.Clear();
        AddErrors(result);
        var model = await details.LoadAsync(command.Id, forEmployer: true, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ViewBag.Step = command;
        return View(nameof(Details), model);
    }
}
