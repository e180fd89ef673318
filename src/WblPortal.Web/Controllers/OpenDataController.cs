using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Features.Api;
using WblPortal.Web.Features.Ministry;

namespace WblPortal.Web.Controllers;

/// <summary>The public open-data page and its downloads: the national aggregates as CSV and JSON (CC BY 4.0), anonymous
/// and cacheable for an hour (the figures are refreshed every quarter of an hour at most).</summary>
[AllowAnonymous]
public sealed class OpenDataController(TimeProvider clock) : Controller
{
    private const string Cacheable = "public, max-age=3600";

    [HttpGet("/open-data")]
    public IActionResult Index(int? year) => View(new DashboardFilter { Year = year }.WithYearDefault(clock).EffectiveYear);

    [HttpGet("/open-data/national.json")]
    public async Task<IActionResult> Json(int? year, [FromServices] OpenData.Handler handler, CancellationToken cancellationToken)
    {
        var document = await handler.LoadAsync(year, cancellationToken);
        Cache();
        return Json(document);
    }

    [HttpGet("/open-data/national.csv")]
    public async Task<IActionResult> Csv(int? year, [FromServices] OpenData.Handler handler, CancellationToken cancellationToken)
    {
        var document = await handler.LoadAsync(year, cancellationToken);
        Cache();
        return File(handler.Csv(document), "text/csv; charset=utf-8", $"wbl-national-{document.Figures.Year}.csv");
    }

    /// <summary>Labels follow the language (query or cookie), so a shared cache keys on the cookie too.</summary>
    private void Cache()
    {
        Response.Headers.CacheControl = Cacheable;
        Response.Headers.Vary = "Cookie";
    }
}
