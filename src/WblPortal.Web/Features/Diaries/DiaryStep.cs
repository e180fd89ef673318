using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The steps on a diary page: submit or return one entry, approve or countersign a week, acknowledge the
/// induction. Every entry changed keeps the version the user saw, so a concurrent change is reported, not overwritten.</summary>
public static class DiaryStep
{
    public enum Kind
    {
        Submit,
        Return,
        ApproveWeek,
        CountersignWeek,
        Acknowledge,
    }

    public sealed class Command
    {
        public Guid PlacementLearnerId { get; set; }

        /// <summary>The entry (submit, return) or the induction (acknowledge).</summary>
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public DateOnly? WeekStart { get; set; }

        /// <summary>For a week: the entries the user saw, as "id:version" pairs; a week changed since is refused.</summary>
        public List<string> Seen { get; set; } = [];
        public string? Comment { get; set; }
    }

    public sealed class Handler(WblDbContext db, IStringLocalizer<DiaryResource> d, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Kind kind, Command command, WorkflowUser by, CancellationToken cancellationToken)
        {
            var workspace = await DiaryWorkspace.LoadAsync(db, command.PlacementLearnerId, kind != Kind.Acknowledge, cancellationToken);
            if (workspace is null)
            {
                return FeatureResult.NotFound;
            }

            var now = clock.GetUtcNow();
            try
            {
                switch (kind)
                {
                    case Kind.Acknowledge:
                        if (workspace.Induction is null || workspace.Induction.Id != command.Id)
                        {
                            return FeatureResult.NotFound;
                        }

                        db.Entry(workspace.Induction).Property(i => i.Version).OriginalValue = command.Version;
                        workspace.Induction.Acknowledge(by, now);
                        break;
                    case Kind.Submit or Kind.Return:
                        var entry = workspace.Entries.FirstOrDefault(e => e.Id == command.Id);
                        if (entry is null)
                        {
                            return FeatureResult.NotFound;
                        }

                        db.Entry(entry).Property(e => e.Version).OriginalValue = command.Version;
                        if (kind == Kind.Submit)
                        {
                            entry.Submit(by, now);
                        }
                        else
                        {
                            entry.Return(command.Comment ?? "", by, now);
                        }

                        break;
                    default:
                        var week = workspace.Entries.Where(e => e.WeekStart == command.WeekStart).ToList();
                        if (!SameAsSeen(week, command.Seen, kind == Kind.ApproveWeek ? DiaryEntryStatus.Submitted : DiaryEntryStatus.Approved))
                        {
                            return FeatureResult.Conflict;
                        }

                        foreach (var e in week)
                        {
                            db.Entry(e).Property(x => x.Version).OriginalValue = e.Version;
                        }

                        if (kind == Kind.ApproveWeek)
                        {
                            DiaryEntry.ApproveWeek(week, by, now);
                        }
                        else
                        {
                            DiaryEntry.CountersignWeek(week, by, now);
                        }

                        break;
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(d, ex.Key == "Diary_CommentRequired" ? nameof(Command.Comment) : "");
            }
            catch (DbUpdateConcurrencyException)
            {
                return FeatureResult.Conflict;
            }

            return FeatureResult.Done(command.PlacementLearnerId);
        }

        /// <summary>The week's entries in the given status are exactly those the user saw, unchanged.</summary>
        private static bool SameAsSeen(List<DiaryEntry> week, List<string> seen, DiaryEntryStatus status)
        {
            var now = week.Where(e => e.Status == status).Select(e => $"{e.Id}:{e.Version}").Order().ToList();
            return seen.Count == 0 || now.SequenceEqual(seen.Order());
        }
    }
}
