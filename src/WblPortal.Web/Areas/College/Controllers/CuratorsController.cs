using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Curators;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class CuratorsController(IStringLocalizer<CollegeResource> c) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListCurators.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListCurators.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(c["Curators_Title"],
            [c["Curator_FullName"], c["Curator_Position"], c["Field_Email"], c["Field_Phone"], c["Curator_Groups"]],
            rows, r => [r.FullName, r.Position, r.Email, r.Phone, r.Groups], cancellationToken);
        return XlsxFile.Result(file, "curators");
    }

    public IActionResult Create() => View("Edit", new EditCurator.Command());

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditCurator.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        return command is null ? NotFound() : View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditCurator.Command command, [FromServices] EditCurator.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Index));
        }

        // Validation is the use case's, so model-binding messages (not localized) are dropped for its own.
        ShowErrorsOf(result);
        if (result.Outcome == FeatureOutcome.Conflict && command.Id is { } id)
        {
            var current = await handler.LoadAsync(id, cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            command = current;
        }

        return View("Edit", command);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, uint? version, [FromServices] DeleteCurator.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, version, cancellationToken), id, nameof(Edit));
    }
}
