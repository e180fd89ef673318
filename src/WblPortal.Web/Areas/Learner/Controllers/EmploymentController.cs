using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Graduates;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Graduates;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>"My employment": the graduate keeps their own employment up to date at both checkpoints.</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class EmploymentController(IActorAccessor actor, IStringLocalizer<GraduateResource> g) : EmploymentControllerBase(g)
{
    private Guid Me => actor.Actor.LearnerId ?? Guid.Empty;

    public async Task<IActionResult> Index([FromServices] RecordEmployment.Handler handler, CancellationToken cancellationToken)
    {
        var six = await handler.LoadAsync(Me, EmploymentCheckpoint.SixMonths, cancellationToken);
        var twelve = await handler.LoadAsync(Me, EmploymentCheckpoint.TwelveMonths, cancellationToken);
        return six is null || twelve is null ? NotFound() : View((Six: six, Twelve: twelve));
    }

    public Task<IActionResult> Edit(EmploymentCheckpoint checkpoint, [FromServices] RecordEmployment.Handler handler, CancellationToken cancellationToken) =>
        EmploymentFormAsync(Me, checkpoint, handler, cancellationToken);

    /// <summary>A graduate records only their own employment: another learner's id is not found (the tenant filter).</summary>
    [HttpPost]
    public Task<IActionResult> Save(RecordEmployment.Command command, [FromServices] RecordEmployment.Handler handler, CancellationToken cancellationToken)
    {
        if (command.LearnerId == Guid.Empty)
        {
            command.LearnerId = Me;
        }

        return SavedEmploymentAsync(command, handler, () => RedirectToAction("Index"), cancellationToken);
    }
}
