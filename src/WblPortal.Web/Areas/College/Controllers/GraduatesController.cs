using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Graduates;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Graduates;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>Graduates of the college and their employment 6 and 12 months after graduation.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class GraduatesController(IStringLocalizer<GraduateResource> g) : EmploymentControllerBase(g)
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ListGraduates.Filter filter, [FromServices] ListGraduates.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, filter, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] ListGraduates.Filter filter, [FromServices] ListGraduates.Handler handler,
        CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, filter).ToListAsync(cancellationToken);
        string Status(ListGraduates.Checkpoint c) => c.Status is { } s ? G["Status_" + s] : "";
        var file = await XlsxFile.WriteAsync(G["Graduates_Title"],
            [G["Graduate_FullName"], G["Graduate_Group"], G["Graduate_GraduatedOn"],
             G["Checkpoint_SixMonths"], G["Employment_Employer"], G["Employment_Position"], G["Employment_RecordedOn"],
             G["Checkpoint_TwelveMonths"], G["Employment_Employer"], G["Employment_Position"], G["Employment_RecordedOn"]],
            rows, r => [r.FullName, r.Group, r.GraduatedOn, Status(r.Six), r.Six.Employer, r.Six.Position, r.Six.RecordedOn,
                Status(r.Twelve), r.Twelve.Employer, r.Twelve.Position, r.Twelve.RecordedOn],
            cancellationToken);
        return XlsxFile.Result(file, "graduates");
    }

    public async Task<IActionResult> Graduation(Guid? group, [FromServices] GraduateGroup.Handler handler, CancellationToken cancellationToken)
    {
        var command = new GraduateGroup.Command { GroupId = group };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Graduation(GraduateGroup.Command command, [FromServices] GraduateGroup.Handler handler, CancellationToken cancellationToken)
    {
        var (result, count) = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(G[command.Clear ? "Graduation_Cleared" : "Graduation_Saved", count]);
            return RedirectToAction("Index", new { group = command.GroupId });
        }

        AddErrors(result);
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View(command);
    }

    public Task<IActionResult> Edit(Guid learnerId, EmploymentCheckpoint checkpoint, [FromServices] RecordEmployment.Handler handler,
        CancellationToken cancellationToken) => EmploymentFormAsync(learnerId, checkpoint, handler, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Save(RecordEmployment.Command command, [FromServices] RecordEmployment.Handler handler, CancellationToken cancellationToken) =>
        SavedEmploymentAsync(command, handler, () => RedirectToAction("Index"), cancellationToken);
}
