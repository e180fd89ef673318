using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Employers;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class EmployersController(WblDbContext db, IStringLocalizer<AdminResource> m) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListEmployers.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListEmployers.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(m["Employers_Title"],
            [m["Employer_Name"], m["Employer_Inn"], m["Employer_Sector"], m["Employer_Region"], m["Employer_ContactPerson"], m["Employer_Phone"], m["Employer_Email"]],
            rows, r => [r.Name, r.Inn, L["Sector_" + r.Sector].Value, r.Region, r.ContactPerson, r.Phone, r.Email], cancellationToken);
        return XlsxFile.Result(file, "employers");
    }

    public async Task<IActionResult> Create()
    {
        await LoadChoicesAsync();
        return View("Edit", new EditEmployer.Command { RegionId = 1 });
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditEmployer.Command command, [FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await SavedOrFormAsync(result, command, command.Id, id => handler.LoadAsync(id, cancellationToken), LoadChoicesAsync);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, [FromServices] DeleteEmployer.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, cancellationToken), id);
    }

    private async Task LoadChoicesAsync()
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync();
        ViewBag.Regions = regions.Select(r => new SelectListItem(LocalizedName.Pick(r.NameKy, r.NameRu, r.NameEn, culture), r.Id.ToString())).ToList();
        ViewBag.Sectors = Enum.GetValues<EconomicSector>().Select(k => new SelectListItem(L["Sector_" + k], k.ToString())).ToList();
    }
}
