using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Diaries;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Diaries;

/// <summary>Weeks waiting for the mentor's approval, grouped by learner and week with their hours and entries: the
/// mentor's to-do list (paged, all their learners), and for a reminder job the weeks submitted and not approved for N days.</summary>
public static class PendingWeeks
{
    public sealed record Row(Guid PlacementLearnerId, string LearnerName, DateOnly WeekStart, int Entries, decimal Hours,
        DateTimeOffset FirstSubmittedAt, string Tasks, IReadOnlyList<string> Seen)
    {
        public DateOnly WeekEnd => WeekStart.AddDays(6);
    }

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>Weeks per page of the mentor's to-do list.</summary>
        public const int PageSize = 20;

        /// <summary>One page of the weeks with submitted entries the actor sees (a mentor: their learners), by learner
        /// then week: the weeks are grouped and counted in SQL (one command with the total), then the page's entries
        /// read for the tasks and the versions the approval checks (a second command).</summary>
        public async Task<PagedList<Row>> PageAsync(int page, CancellationToken cancellationToken)
        {
            var weeks = from w in Submitted()
                            .GroupBy(e => new { e.PlacementLearnerId, e.LearnerId, e.WeekStart })
                            .Select(g => new { g.Key.PlacementLearnerId, g.Key.LearnerId, g.Key.WeekStart, Entries = g.Count(), Hours = g.Sum(e => e.Hours), First = g.Min(e => e.SubmittedAt) })
                        join l in db.Learners.AsNoTracking() on w.LearnerId equals l.Id
                        orderby l.LastName, l.FirstName, w.PlacementLearnerId, w.WeekStart
                        select new Week(w.PlacementLearnerId, l.LastName + " " + l.FirstName, w.WeekStart, w.Entries, w.Hours, w.First);
            var list = await weeks.ToPagedListAsync(new ListQuery { Page = page, PageSize = PageSize }, cancellationToken);
            if (list.Items.Count == 0)
            {
                return new PagedList<Row>([], list.Page, list.PageSize, list.TotalCount, list.Query);
            }

            var learners = list.Items.Select(w => w.PlacementLearnerId).Distinct().ToList();
            var (from, to) = (list.Items.Min(w => w.WeekStart), list.Items.Max(w => w.WeekStart));
            var entries = await db.DiaryEntries.AsNoTracking()
                .Where(e => learners.Contains(e.PlacementLearnerId) && e.Status == DiaryEntryStatus.Submitted && e.WeekStart >= from && e.WeekStart <= to)
                .Select(e => new { e.Id, e.Version, e.PlacementLearnerId, e.WeekStart, e.Date, e.Tasks })
                .ToListAsync(cancellationToken);
            var byWeek = entries.ToLookup(e => (e.PlacementLearnerId, e.WeekStart));
            var rows = list.Items.Select(w =>
            {
                var of = byWeek[(w.PlacementLearnerId, w.WeekStart)].OrderBy(e => e.Date).ToList();
                return new Row(w.PlacementLearnerId, w.LearnerName, w.WeekStart, w.Entries, w.Hours, w.First ?? DateTimeOffset.MinValue,
                    string.Join(" · ", of.Select(e => e.Tasks.Length > 60 ? e.Tasks[..60] + "…" : e.Tasks)),
                    of.Select(e => $"{e.Id}:{e.Version}").ToList());
            }).ToList();
            return new PagedList<Row>(rows, list.Page, list.PageSize, list.TotalCount, list.Query);
        }

        /// <summary>How many weeks await approval (the dashboard's button): one COUNT over the grouped weeks.</summary>
        public Task<int> CountAsync(CancellationToken cancellationToken) =>
            Submitted().Select(e => new { e.PlacementLearnerId, e.WeekStart }).Distinct().CountAsync(cancellationToken);

        /// <summary>Submitted entries joined to the placement learner rows the actor sees: PostgreSQL then starts from
        /// the mentor's rows (index (employer_id, mentor_id)) and reads their entries by (placement_learner_id, status),
        /// instead of every submitted entry of the database checked against the filter (EXPLAIN at 20× data: 134 → 0.8 ms).</summary>
        private IQueryable<DiaryEntry> Submitted() =>
            from e in db.DiaryEntries.AsNoTracking()
            join pl in db.PlacementLearners.AsNoTracking() on e.PlacementLearnerId equals pl.Id
            where e.Status == DiaryEntryStatus.Submitted
            select e;

        private sealed record Week(Guid PlacementLearnerId, string LearnerName, DateOnly WeekStart, int Entries, decimal Hours, DateTimeOffset? First);

        /// <summary>For a reminder job (run as the system): weeks with an entry submitted before <paramref name="submittedBefore"/>
        /// and still not approved, with the mentor to remind.</summary>
        public async Task<IReadOnlyList<(Guid PlacementLearnerId, Guid? MentorId, DateOnly WeekStart)>> StaleAsync(
            DateTimeOffset submittedBefore, CancellationToken cancellationToken)
        {
            var rows = await (from e in db.DiaryEntries.AsNoTracking()
                              where e.Status == DiaryEntryStatus.Submitted && e.SubmittedAt < submittedBefore
                              join pl in db.PlacementLearners.AsNoTracking() on e.PlacementLearnerId equals pl.Id
                              select new { e.PlacementLearnerId, pl.MentorId, e.WeekStart })
                .Distinct().ToListAsync(cancellationToken);
            return rows.Select(r => (r.PlacementLearnerId, r.MentorId, r.WeekStart)).ToList();
        }
    }
}
