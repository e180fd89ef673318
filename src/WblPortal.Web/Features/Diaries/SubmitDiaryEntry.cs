using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The learner submits a drafted entry to the mentor.</summary>
public static class SubmitDiaryEntry
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<DiaryResource> d)
    {
        public async Task<FeatureResult> HandleAsync(DiaryStep.Command command, CancellationToken cancellationToken)
        {
            var workspace = await DiaryWorkspace.LoadAsync(db, command.PlacementLearnerId, withEntries: true, cancellationToken);
            var entry = workspace?.Entries.FirstOrDefault(e => e.Id == command.Id);
            return await steps.RunAsync(entry, command.Version, (e, by, at) =>
            {
                e.Submit(by, at);
                return null;
            }, DiaryStep.Refusals(d), cancellationToken, doneId: _ => command.PlacementLearnerId);
        }
    }
}
