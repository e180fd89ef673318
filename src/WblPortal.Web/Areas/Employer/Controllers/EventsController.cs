using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Events;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The information events the employer takes part in, at every college.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
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
            [p["Event_StartsAt"], p["Event_Title"], p["Event_Form"], p["Event_Stage"], p["Event_College"], p["Event_Location"], p["Event_Status"]],
            rows, r => [PortalTime.Format(r.StartsAt), r.Title, r.Form, p["Stage_" + r.Stage].Value, r.CollegeName, r.Location, p["EventStatus_" + r.Status].Value],
            cancellationToken);
        return XlsxFile.Result(file, "events");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] EventDetails.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, [], cancellationToken) is { } model ? View(model) : NotFound();
}
