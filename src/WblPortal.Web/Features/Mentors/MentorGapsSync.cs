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
        foreach (var placement in running)
        {
            // The programme is the college's: read through the placement in scope, as the appointment does.
            var requirements = await db.Programmes.ReadThroughCollege(placement.CollegeId).Where(p => p.Id == placement.ProgrammeId)
                .Select(p => p.MentorRequirements).SingleOrDefaultAsync(cancellationToken);
            placement.RecheckMentorRequirements(mentor, requirements ?? new());
        }
    }
}
