using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Placements;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's placements: list, create and change, propose to the employer, cancel, start, complete.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class PlacementsController(IStringLocalizer<PlacementResource> p) : PlacementsControllerBase(p, forEmployer: false)
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ListPlacements.Filter filter, [FromServices] ListPlacements.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, filter, forEmployer: false, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] ListPlacements.Filter filter, [FromServices] ListPlacements.Handler handler,
        CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, filter, forEmployer: false).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(P["Placements_Title"],
            [P["Placement_Status"], P["Placement_Form"], P["Placement_Programme"], P["Placement_Employer"], P["Placement_Site"], P["Placement_Start"],
             P["Placement_End"], P["Placement_RequestedCount"], P["Placement_ConfirmedCount"], P["Placement_Learners"]],
            rows, r => [P["Status_" + r.Status].Value, r.Form, r.Specialty, r.Employer, r.Site, r.StartDate, r.EndDate, r.RequestedCount, r.ConfirmedCount, r.LearnerCount],
            cancellationToken);
        return XlsxFile.Result(file, "placements");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] PlacementDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, forEmployer: false, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    public async Task<IActionResult> Create([FromServices] EditPlacement.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditPlacement.Command();
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditPlacement.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditPlacement.Command command, [FromServices] EditPlacement.Handler handler, CancellationToken cancellationToken)
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

        ShowErrorsOf(result);
        if (command.Id is { } id)
        {
            // The status (and, after a conflict, the other writer's values) come from the database.
            var current = await handler.LoadAsync(id, cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            if (result.Outcome == FeatureOutcome.Conflict)
            {
                command = current;
            }
            else
            {
                command.Status = current.Status;
                command.ProgrammeId = current.ProgrammeId;
                command.FormId = current.FormId;
                command.EmployerId = current.EmployerId;
            }
        }

        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    [HttpPost]
    public Task<IActionResult> Propose(PlacementStep.Command command, [FromServices] ProposePlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_Proposed", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Cancel(PlacementStep.Command command, [FromServices] CancelPlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_Cancelled", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Start(PlacementStep.Command command, [FromServices] StartPlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_Started", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Complete(PlacementStep.Command command, [FromServices] CompletePlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_Completed", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Assess(PlacementStep.Command command, [FromServices] AssessPlacement.Handler handler, [FromServices] PlacementDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, "Flash_Assessed", cancellationToken);
}
