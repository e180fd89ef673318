using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Diaries;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Diaries;

/// <summary>Weeks waiting for the mentor's approval, grouped by learner and week with their hours and entries: the
/// mentor's to-do list (all their learners), and for a reminder job the weeks submitted and not approved for N days.</summary>
public static class PendingWeeks
{
    public sealed record Row(Guid PlacementLearnerId, string LearnerName, DateOnly WeekStart, int Entries, decimal Hours,
        DateTimeOffset FirstSubmittedAt, string Tasks, IReadOnlyList<string> Seen)
    {
        public DateOnly WeekEnd => WeekStart.AddDays(6);
    }

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>Every week with submitted entries the actor sees (a mentor: their learners), oldest first.</summary>
        public async Task<IReadOnlyList<Row>> LoadAsync(CancellationToken cancellationToken)
        {
            var entries = await db.DiaryEntries.AsNoTracking().Where(e => e.Status == DiaryEntryStatus.Submitted)
                .Select(e => new
                {
                    e.Id, e.Version, e.PlacementLearnerId, e.WeekStart, e.Hours, e.SubmittedAt, e.Date, e.Tasks,
                    Learner = db.Learners.Where(l => l.Id == e.LearnerId).Select(l => l.LastName + " " + l.FirstName).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return entries.GroupBy(e => (e.PlacementLearnerId, e.WeekStart))
                .Select(g => new Row(g.Key.PlacementLearnerId, g.First().Learner ?? "", g.Key.WeekStart, g.Count(), g.Sum(e => e.Hours),
                    g.Min(e => e.SubmittedAt) ?? DateTimeOffset.MinValue,
                    string.Join(" · ", g.OrderBy(e => e.Date).Select(e => e.Tasks.Length > 60 ? e.Tasks[..60] + "…" : e.Tasks)),
                    g.Select(e => $"{e.Id}:{e.Version}").ToList()))
                .OrderBy(r => r.LearnerName).ThenBy(r => r.WeekStart)
                .ToList();
        }

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
