using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Events;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's calendar of information events (guest lectures, job fairs, excursions, master classes…).</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class EventsController(WblDbContext db, IStringLocalizer<PartnershipResource> p) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ListEvents.Filter filter, [FromServices] ListEvents.Handler handler,
        CancellationToken cancellationToken)
    {
        ViewBag.Filter = filter;
        return View(await handler.PageAsync(query, filter, cancellationToken));
    }

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] ListEvents.Filter filter, [FromServices] ListEvents.Handler handler,
        CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, filter).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(p["Events_Title"],
            [p["Event_StartsAt"], p["Event_Title"], p["Event_Form"], p["Event_Stage"], p["Event_Location"], p["Event_Status"], p["Event_Participants"], p["Event_Attended"]],
            rows, r => [PortalTime.Format(r.StartsAt), r.Title, r.Form, p["Stage_" + r.Stage].Value, r.Location, p["EventStatus_" + r.Status].Value, r.Participants, r.Attended],
            cancellationToken);
        return XlsxFile.Result(file, "events");
    }

    public async Task<IActionResult> Details(Guid id, [FromQuery] List<Guid> groupIds, [FromServices] EventDetails.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, groupIds, cancellationToken) is { } model ? View(model) : NotFound();

    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        return View("Edit", new EditEvent.Command());
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditEvent.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        if (command is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync(cancellationToken);
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

        await LoadChoicesAsync(cancellationToken);
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

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var forms = await db.WblForms.AsNoTracking()
            .Where(f => f.IsActive && (f.Stage == WblStage.Preparation || f.Stage == WblStage.GettingToKnow))
            .OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
        ViewBag.Forms = forms.Select(f => new SelectListItem($"{LocalizedName.Pick(f.NameKy, f.NameRu, f.NameEn, culture)} ({p["Stage_" + f.Stage]})", f.Id.ToString())).ToList();
        var partnerIds = EditEvent.PartnerEmployerIds(db);
        ViewBag.Employers = await db.Employers.AsNoTracking().Where(e => partnerIds.Contains(e.Id)).OrderBy(e => e.Name)
            .Select(e => new SelectListItem(e.Name, e.Id.ToString())).ToListAsync(cancellationToken);
    }
}
