using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Competencies;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The competency matrix: general and professional competencies per specialty.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class CompetenciesController(IStringLocalizer<ProgrammeResource> p) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] Guid? specialty, [FromServices] ListCompetencies.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, specialty, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] Guid? specialty, [FromServices] ListCompetencies.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, specialty).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(p["Competencies_Title"],
            [p["Competency_Specialty"], p["Competency_Kind"], p["Competency_Code"], p["Competency_NameKy"], p["Competency_NameRu"]],
            rows, r => [r.SpecialtyCode, p["CompetencyKind_" + r.Kind].Value, r.Code, r.NameKy, r.NameRu], cancellationToken);
        return XlsxFile.Result(file, "competencies");
    }

    public async Task<IActionResult> Create([FromQuery] Guid? specialty, [FromServices] EditCompetency.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditCompetency.Command { SpecialtyId = specialty };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditCompetency.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditCompetency.Command command, [FromServices] EditCompetency.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Index), new { specialty = command.SpecialtyId });
        }

        ShowErrorsOf(result);
        if (result.Outcome == FeatureOutcome.Conflict && command.Id is { } id)
        {
            command = await handler.LoadAsync(id, cancellationToken) ?? command;
        }

        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, [FromServices] DeleteCompetency.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, cancellationToken), id);
    }
}
