using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Events;

/// <summary>After a held event: tick who of the chosen groups attended; the others of those groups are recorded absent.</summary>
public static class RecordAttendance
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public List<Guid> GroupIds { get; set; } = [];
        public List<Guid> Attended { get; set; } = [];
    }

    public sealed class Handler(WblDbContext db, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var ev = await db.InformationEvents.Include(e => e.Attendance)
                .SingleOrDefaultAsync(e => e.Id == command.Id && e.CollegeId == db.Actor.CollegeId, cancellationToken);
            if (ev is null)
            {
                return FeatureResult.NotFound;
            }

            // Only the college's own learners are found; a foreign id is ignored.
            var groupIds = command.GroupIds.Distinct().ToList();
            var attended = command.Attended.ToHashSet();
            var learners = await db.Learners.Where(l => groupIds.Contains(l.GroupId) || attended.Contains(l.Id)).ToListAsync(cancellationToken);
            return await db.SaveAsync(() =>
            {
                foreach (var learner in learners)
                {
                    var existing = ev.Attendance.Count;
                    ev.RecordAttendance(learner, attended.Contains(learner.Id));
                    if (ev.Attendance.Count > existing)
                    {
                        db.EventAttendance.Add(ev.Attendance[^1]);
                    }
                }

                return null;
            }, () => ev.Id, cancellationToken, new Refusals(w));
        }
    }
}
