using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.EmployerSites;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer's sites and departments with the number of learners each takes at a time.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class SitesController(IStringLocalizer<GraduateResource> g) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListSites.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListSites.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(g["Sites_Title"], [g["Site_Name"], g["Site_Capacity"], g["Site_Address"]],
            rows, r => [r.Name, r.Capacity, r.Address], cancellationToken);
        return XlsxFile.Result(file, "sites");
    }

    public IActionResult Create() => View("Edit", new EditSite.Command());

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditSite.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        return command is null ? NotFound() : View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditSite.Command command, [FromServices] EditSite.Handler handler, CancellationToken cancellationToken) =>
        await SavedOrFormAsync(await handler.HandleAsync(command, cancellationToken), command, command.Id, id => handler.LoadAsync(id, cancellationToken), null);

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, uint version, [FromServices] DeleteSite.Handler handler, CancellationToken cancellationToken) =>
        Deleted(await handler.HandleAsync(id, version, cancellationToken), id);
}
