using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Specialties;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class SpecialtiesController(WblDbContext db, IStringLocalizer<CollegeResource> c) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListSpecialties.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListSpecialties.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(c["Specialties_Title"], [c["Specialty_Code"], c["Specialty_NameKy"], c["Specialty_NameRu"], c["Specialty_NqfLevel"]],
            rows, r => [r.Code, r.NameKy, r.NameRu, r.NqfLevel], cancellationToken);
        return XlsxFile.Result(file, "specialties");
    }

    public async Task<IActionResult> Create()
    {
        await LoadChoicesAsync();
        return View("Edit", new EditSpecialty.Command { NqfLevelId = 5 });
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditSpecialty.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditSpecialty.Command command, [FromServices] EditSpecialty.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await SavedOrFormAsync(result, command, command.Id, id => handler.LoadAsync(id, cancellationToken), LoadChoicesAsync);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, [FromServices] DeleteSpecialty.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, cancellationToken), id);
    }

    private async Task LoadChoicesAsync()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var levels = await db.NqfLevels.AsNoTracking().OrderBy(n => n.Level).ToListAsync();
        ViewBag.NqfLevels = levels.Select(n => new SelectListItem(
            WblPortal.Domain.Common.LocalizedName.Pick(n.NameKy, n.NameRu, n.NameEn, culture), n.Id.ToString())).ToList();
    }
}
