using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Placements;

/// <summary>The college proposes a drafted placement to the employer.</summary>
public static class ProposePlacement
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(PlacementStep.Command command, CancellationToken cancellationToken) =>
            await steps.RunAsync(await PlacementStep.LoadAsync(db, command.Id, cancellationToken), command.Version, (p, by, at) =>
                {
                    p.Propose(by, at);
                    return null;
                },
                PlacementStep.Refusals(w), cancellationToken, staleFirst: true);
    }
}
