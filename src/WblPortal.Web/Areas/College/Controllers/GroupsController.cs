using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.StudyGroups;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's study groups (/College/Groups).</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class GroupsController(IStringLocalizer<CollegeResource> c, TimeProvider clock) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListStudyGroups.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListStudyGroups.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(c["Groups_Title"],
            [c["Group_Name"], c["Specialty_Code"], c["Specialty_NameKy"], c["Specialty_NameRu"], c["Group_IntakeYear"], c["Group_YearOfStudy"], c["Group_Curator"], c["Group_Learners"]],
            rows, r => [r.Name, r.SpecialtyCode, r.SpecialtyNameKy, r.SpecialtyNameRu, r.IntakeYear, r.YearOfStudy, r.Curator, r.Learners], cancellationToken);
        return XlsxFile.Result(file, "groups");
    }

    public async Task<IActionResult> Create([FromServices] EditStudyGroup.Handler handler, CancellationToken cancellationToken)
    {
        var command = new EditStudyGroup.Command { IntakeYear = clock.GetUtcNow().Year, YearOfStudy = 1 };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditStudyGroup.Handler handler, CancellationToken cancellationToken)
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
    public async Task<IActionResult> Save(EditStudyGroup.Command command, [FromServices] EditStudyGroup.Handler handler, CancellationToken cancellationToken)
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

        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Edit", command);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, uint? version, [FromServices] DeleteStudyGroup.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, version, cancellationToken), id, nameof(Edit));
    }
}
