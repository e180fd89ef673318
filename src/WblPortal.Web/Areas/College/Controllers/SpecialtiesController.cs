using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Specialties;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class SpecialtiesController(IStringLocalizer<CollegeResource> c) : PortalController
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

    public async Task<IActionResult> Create([FromServices] EditSpecialty.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditSpecialty.Command { NqfLevelId = 5 };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditSpecialty.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditSpecialty.Command command, [FromServices] EditSpecialty.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await SavedOrFormAsync(result, command, command.Id, id => handler.LoadAsync(id, cancellationToken),
            shown => handler.LoadChoicesAsync(shown, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, [FromServices] DeleteSpecialty.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, cancellationToken), id);
    }
}
