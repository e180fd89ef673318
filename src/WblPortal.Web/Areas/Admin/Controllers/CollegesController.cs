using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Colleges;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class CollegesController(IStringLocalizer<AdminResource> m) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListColleges.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListColleges.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(m["Colleges_Title"],
            [m["College_NameKy"], m["College_NameRu"], m["College_NameEn"], m["College_Kind"], m["College_Region"], m["College_City"], m["College_Director"]],
            rows, r => [r.NameKy, r.NameRu, r.NameEn, L["CollegeKind_" + r.Kind].Value, r.Region, r.City, r.DirectorName], cancellationToken);
        return XlsxFile.Result(file, "colleges");
    }

    public async Task<IActionResult> Create([FromServices] EditCollege.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditCollege.Command { RegionId = 1, NqfLevelIds = [5] };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditCollege.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditCollege.Command command, [FromServices] EditCollege.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await SavedOrFormAsync(result, command, command.Id, id => handler.LoadAsync(id, cancellationToken),
            shown => handler.LoadChoicesAsync(shown, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, [FromServices] DeleteCollege.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, cancellationToken), id);
    }
}
