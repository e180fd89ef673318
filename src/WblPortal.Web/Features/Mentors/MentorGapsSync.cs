using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;

namespace WblPortal.Web.Features.Mentors;

/// <summary>After a change to a mentor's qualifications, the running placements the mentor is appointed to take their
/// requirement gaps again (saved with the mentor), so no placement shows a mentor as meeting requirements they do not
/// meet, or the reverse.</summary>
internal static class MentorGapsSync
{
    public static async Task ApplyAsync(WblDbContext db, Mentor mentor, CancellationToken cancellationToken)
    {
        var running = await db.Placements
            .Where(p => p.MentorId == mentor.Id && (p.Status == PlacementStatus.MentorAssigned || p.Status == PlacementStatus.InProgress))
            .ToListAsync(cancellationToken);
        // The programmes are the colleges': read through each college of a placement in scope, one query per college.
        foreach (var ofCollege in running.GroupBy(p => p.CollegeId))
        {
            var programmeIds = ofCollege.Select(p => p.ProgrammeId).Distinct().ToList();
            var requirements = await db.Programmes.ReadThroughCollege(ofCollege.Key).Where(p => programmeIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.MentorRequirements, cancellationToken);
            foreach (var placement in ofCollege)
            {
                placement.RecheckMentorRequirements(mentor, requirements.GetValueOrDefault(placement.ProgrammeId) ?? new());
            }
        }
    }
}
