using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Colleges;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class CollegesController(WblDbContext db, IStringLocalizer<AdminResource> m) : PortalController
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

    public async Task<IActionResult> Create()
    {
        await LoadChoicesAsync();
        return View("Edit", new EditCollege.Command { RegionId = 1, NqfLevelIds = [5] });
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditCollege.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        if (command is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditCollege.Command command, [FromServices] EditCollege.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await SavedOrFormAsync(result, command, command.Id, id => handler.LoadAsync(id, cancellationToken), LoadChoicesAsync);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, [FromServices] DeleteCollege.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, cancellationToken), id);
    }

    private async Task LoadChoicesAsync()
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync();
        ViewBag.Regions = regions.Select(r => new SelectListItem(LocalizedName.Pick(r.NameKy, r.NameRu, r.NameEn, culture), r.Id.ToString())).ToList();
        var levels = await db.NqfLevels.AsNoTracking().OrderBy(n => n.Level).ToListAsync();
        ViewBag.NqfLevels = levels.Select(n => new SelectListItem($"{n.Level} — {LocalizedName.Pick(n.NameKy, n.NameRu, n.NameEn, culture)}", n.Id.ToString())).ToList();
        var ministries = await db.Ministries.AsNoTracking().OrderBy(x => x.NameKy).ToListAsync();
        ViewBag.Ministries = ministries.Select(x => new SelectListItem(LocalizedName.Pick(x.NameKy, x.NameRu, x.NameEn, culture), x.Id.ToString())).ToList();
        ViewBag.Kinds = Enum.GetValues<CollegeKind>().Select(k => new SelectListItem(L["CollegeKind_" + k], k.ToString())).ToList();
    }
}
