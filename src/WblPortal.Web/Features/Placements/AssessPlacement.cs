using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Features.Assessments;

namespace WblPortal.Web.Features.Placements;

/// <summary>The college marks a completed placement assessed from the placement's page; refused, as on the assessments
/// page (MarkPlacementAssessed), until every learner has a final joint assessment.</summary>
public static class AssessPlacement
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(PlacementStep.Command command, CancellationToken cancellationToken)
        {
            var finals = await MarkPlacementAssessed.LearnersWithFinalResultAsync(db, command.Id, cancellationToken);
            return await steps.RunAsync(await PlacementStep.LoadAsync(db, command.Id, cancellationToken), command.Version, (p, by, at) =>
                {
                    p.MarkAssessed(finals, by, at);
                    return null;
                },
                PlacementStep.Refusals(w), cancellationToken, staleFirst: true);
        }
    }
}
