using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Placements;

/// <summary>The employer asks the college for other dates or another number of learners.</summary>
public static class RequestPlacementChanges
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(PlacementStep.Command command, CancellationToken cancellationToken) =>
            await steps.RunAsync(await PlacementStep.LoadAsync(db, command.Id, cancellationToken), command.Version, (p, by, at) =>
                {
                    p.RequestChanges(command.StartDate, command.EndDate, command.Count,
                        string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment, by, at);
                    return null;
                },
                PlacementStep.Refusals(w, hasCount: true), cancellationToken, staleFirst: true);
    }
}
