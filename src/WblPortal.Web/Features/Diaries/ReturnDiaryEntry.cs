using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The mentor returns a submitted entry to the learner, with a comment.</summary>
public static class ReturnDiaryEntry
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<DiaryResource> d)
    {
        public async Task<FeatureResult> HandleAsync(DiaryStep.Command command, CancellationToken cancellationToken)
        {
            var workspace = await DiaryWorkspace.LoadAsync(db, command.PlacementLearnerId, withEntries: true, cancellationToken);
            var entry = workspace?.Entries.FirstOrDefault(e => e.Id == command.Id);
            return await steps.RunAsync(entry, command.Version, (e, by, at) =>
            {
                e.Return(command.Comment ?? "", by, at);
                return null;
            }, DiaryStep.Refusals(d), cancellationToken, doneId: _ => command.PlacementLearnerId);
        }
    }
}
