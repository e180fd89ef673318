using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Roadmap;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Ministry.Controllers;

/// <summary>The ministry keeps the roadmap's status and notes.</summary>
[Area("Ministry")]
[Authorize(Policy = Policies.Ministry)]
public sealed class RoadmapController : RoadmapControllerBase
{
    protected override bool CanEdit => true;

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditRoadmapMeasure.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } command ? View(command) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(EditRoadmapMeasure.Command command, [FromServices] EditRoadmapMeasure.Handler handler,
        CancellationToken cancellationToken) =>
        await SavedOrFormAsync(await handler.HandleAsync(command, cancellationToken), command, command.Id,
            id => handler.LoadAsync(id, cancellationToken), null);
}
