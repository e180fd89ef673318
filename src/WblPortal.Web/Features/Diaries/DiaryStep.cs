using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>What the steps on a diary page share (SubmitDiaryEntry, ReturnDiaryEntry, ApproveDiaryWeek,
/// CountersignDiaryWeek, AcknowledgeInduction, one file each): the form a step posts and the field a refusal belongs
/// to. Every entry changed keeps the version the user saw, so a concurrent change is reported, not overwritten.</summary>
public static class DiaryStep
{
    public sealed class Command
    {
        public Guid PlacementLearnerId { get; set; }

        /// <summary>The entry (submit, return) or the induction (acknowledge).</summary>
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public DateOnly? WeekStart { get; set; }

        /// <summary>For a week: the entries the user saw, as "id:version" pairs — required; a week changed since is refused.</summary>
        public List<string> Seen { get; set; } = [];
        public string? Comment { get; set; }
    }

    internal static Refusals Refusals(IStringLocalizer<DiaryResource> d) =>
        new(d, key => key == "Diary_CommentRequired" ? nameof(Command.Comment) : "");

    /// <summary>A step on a whole week (approve, countersign): the week's entries in <paramref name="status"/> must be
    /// exactly those the user saw, unchanged — and the user must say which they saw (an approval without the list is
    /// refused, so nothing is approved unseen).</summary>
    internal static async Task<FeatureResult> WeekAsync(WblDbContext db, StepRunner steps, IStringLocalizer<DiaryResource> d, Command command,
        DiaryEntryStatus status, Action<List<DiaryEntry>, WorkflowUser, DateTimeOffset> step, CancellationToken cancellationToken)
    {
        var workspace = await DiaryWorkspace.LoadAsync(db, command.PlacementLearnerId, withEntries: true, cancellationToken);
        if (workspace is null)
        {
            return FeatureResult.NotFound;
        }

        if (command.Seen.Count == 0)
        {
            return FeatureResult.Invalid("", d["Week_SeenRequired"]);
        }

        var week = workspace.Entries.Where(e => e.WeekStart == command.WeekStart).ToList();
        var now = week.Where(e => e.Status == status).Select(e => $"{e.Id}:{e.Version}").Order().ToList();
        if (!now.SequenceEqual(command.Seen.Order()))
        {
            return FeatureResult.Conflict;
        }

        return await steps.RunAsync((by, at) =>
        {
            foreach (var e in week)
            {
                db.ExpectVersion(e, e.Version);
            }

            step(week, by, at);
            return null;
        }, () => command.PlacementLearnerId, Refusals(d), cancellationToken);
    }
}
