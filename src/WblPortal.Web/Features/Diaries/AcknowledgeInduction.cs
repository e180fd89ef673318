using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The learner acknowledges the safety induction recorded for their placement.</summary>
public static class AcknowledgeInduction
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<DiaryResource> d)
    {
        public async Task<FeatureResult> HandleAsync(DiaryStep.Command command, CancellationToken cancellationToken)
        {
            var workspace = await DiaryWorkspace.LoadAsync(db, command.PlacementLearnerId, withEntries: false, cancellationToken);
            var induction = workspace?.Induction is { } found && found.Id == command.Id ? found : null;
            return await steps.RunAsync(induction, command.Version, (i, by, at) =>
            {
                i.Acknowledge(by, at);
                return null;
            }, DiaryStep.Refusals(d), cancellationToken, doneId: _ => command.PlacementLearnerId);
        }
    }
}
