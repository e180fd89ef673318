using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Placements;

/// <summary>The college marks a confirmed placement with its mentor started — not long before its start date unless the
/// early start is confirmed (then the form asks again with a checkbox).</summary>
public static class StartPlacement
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(PlacementStep.Command command, CancellationToken cancellationToken) =>
            await steps.RunAsync(await PlacementStep.LoadAsync(db, command.Id, cancellationToken), command.Version, (p, by, at) =>
                {
                    p.RequireStartDue(clock.BishkekToday(), command.EarlyStart);
                    p.Start(by, at);
                    return null;
                },
                PlacementStep.Refusals(w), cancellationToken, staleFirst: true);
    }
}
