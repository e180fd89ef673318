using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Events;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's calendar of information events (guest lectures, job fairs, excursions, master classes…).</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class EventsController(IStringLocalizer<PartnershipResource> p) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ListEvents.Filter filter, [FromServices] ListEvents.Handler handler,
        CancellationToken cancellationToken) =>
        filter.IsValid ? View(await handler.PageAsync(query, filter, cancellationToken)) : BadMonth();

    /// <summary>A month outside 1–12: the localized 400 page saying so.</summary>
    private IActionResult BadMonth() => WblPortal.Web.Infrastructure.BadInput.ErrorPage.Result(ControllerContext, StatusCodes.Status400BadRequest, [p["Event_MonthInvalid"].Value]);

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] ListEvents.Filter filter, [FromServices] ListEvents.Handler handler,
        CancellationToken cancellationToken)
    {
        if (!filter.IsValid)
        {
            return BadMonth();
        }

        var rows = await handler.Query(query, filter).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(p["Events_Title"],
            [p["Event_StartsAt"], p["Event_Title"], p["Event_Form"], p["Event_Stage"], p["Event_Location"], p["Event_Status"], p["Event_Participants"], p["Event_Attended"]],
            rows, r => [PortalTime.Format(r.StartsAt), r.Title, r.Form, p["Stage_" + r.Stage].Value, r.Location, p["EventStatus_" + r.Status].Value, r.Participants, r.Attended],
            cancellationToken);
        return XlsxFile.Result(file, "events");
    }

    public async Task<IActionResult> Details(Guid id, [FromQuery] List<Guid> groupIds, [FromServices] EventDetails.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, groupIds, cancellationToken) is { } model ? View(model) : NotFound();

    public async Task<IActionResult> Create([FromServices] EditEvent.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditEvent.Command();
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditEvent.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditEvent.Command command, [FromServices] EditEvent.Handler handler, CancellationToken cancellationToken)
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
    public Task<IActionResult> MarkHeld(EventStep.Command command, [FromServices] MarkEventHeld.Handler handler, [FromServices] EventDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Cancel(EventStep.Command command, [FromServices] CancelEvent.Handler handler, [FromServices] EventDetails.Handler details,
        CancellationToken cancellationToken) => StepAsync(handler.HandleAsync(command, cancellationToken), command, details, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Attendance(RecordAttendance.Command command, [FromServices] RecordAttendance.Handler handler,
        [FromServices] EventDetails.Handler details, CancellationToken cancellationToken) =>
        await AfterAsync(await handler.HandleAsync(command, cancellationToken), command.Id, command.GroupIds, details, cancellationToken);

    private async Task<IActionResult> StepAsync(Task<FeatureResult> step, EventStep.Command command, EventDetails.Handler details,
        CancellationToken cancellationToken) =>
        await AfterAsync(await step, command.Id, [], details, cancellationToken);

    private async Task<IActionResult> AfterAsync(FeatureResult result, Guid id, List<Guid> groupIds, EventDetails.Handler details, CancellationToken cancellationToken)
    {
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Details), new { id });
        }

        AddErrors(result);
        var model = await details.LoadAsync(id, groupIds, cancellationToken);
        return model is null ? NotFound() : View(nameof(Details), model);
    }
}
