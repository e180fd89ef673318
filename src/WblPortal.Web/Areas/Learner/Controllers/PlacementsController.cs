using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.LearnerPlacements;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>"My placements": the learner's placements across academic years, and each one's page (outcomes, dates,
/// contacts), where the induction, diary and assessment pages of the placement are linked.</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class PlacementsController(IStringLocalizer<GraduateResource> g, IStringLocalizer<PlacementResource> p) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListMyPlacements.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListMyPlacements.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(g["MyPlacements_Title"],
            [g["MyPlacements_Year"], p["Placement_Form"], g["MyPlacements_Stage"], p["Placement_Employer"], p["Placement_Site"], p["Placement_Start"],
             p["Placement_End"], p["Placement_Curator"], p["Placement_Mentor"], p["Placement_Status"]],
            rows, r => [r.Year, r.Form, g["Stage_" + r.Stage].Value, r.Employer, r.Site, r.StartDate, r.EndDate, r.Curator, r.Mentor, p["Status_" + r.Status].Value],
            cancellationToken);
        return XlsxFile.Result(file, "my-placements");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] MyPlacementDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
