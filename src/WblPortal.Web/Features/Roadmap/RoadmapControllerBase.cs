using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Roadmap;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Roadmap;

/// <summary>The roadmap list and its xlsx export, the same in every Area (read-only except in the Ministry's).</summary>
public abstract class RoadmapControllerBase : PortalController
{
    public const string IndexView = "~/Views/Shared/Reports/Roadmap.cshtml";

    protected virtual bool CanEdit => false;

    public async Task<IActionResult> Index([FromQuery] ListQuery query, RoadmapStatus? status, [FromServices] ListRoadmap.Handler handler,
        CancellationToken cancellationToken) =>
        View(IndexView, await handler.PageAsync(query, status, CanEdit, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, RoadmapStatus? status, [FromServices] ListRoadmap.Handler handler,
        [FromServices] IStringLocalizer<ReportResource> r, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, status).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(r["Roadmap_Title"],
            [r["Roadmap_Number"], r["Roadmap_Measure"], r["Roadmap_Executors"], r["Roadmap_Deadline"], r["Roadmap_CompletionForm"], r["Roadmap_Status"],
                r["Roadmap_Note"]],
            rows, m => [m.Number, m.Text, m.Executors, m.Deadline, m.CompletionForm, r["RoadmapStatus_" + m.Status].Value, m.Note],
            cancellationToken);
        return XlsxFile.Result(file, "roadmap");
    }
}
