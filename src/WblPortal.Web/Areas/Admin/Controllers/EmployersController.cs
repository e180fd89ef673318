using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Employers;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class EmployersController(IStringLocalizer<AdminResource> m) : PortalController
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

    public async Task<IActionResult> Create([FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditEmployer.Command { RegionId = 1 };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditEmployer.Command command, [FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await SavedOrFormAsync(result, command, command.Id, id => handler.LoadAsync(id, cancellationToken),
            shown => handler.LoadChoicesAsync(shown, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, [FromServices] DeleteEmployer.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, cancellationToken), id);
    }
}
