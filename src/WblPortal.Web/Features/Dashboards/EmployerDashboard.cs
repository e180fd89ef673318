using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Dashboards;

/// <summary>The employer's start page: its name and how many of its mentors have had pedagogical training.</summary>
public static class EmployerDashboard
{
    public sealed record Counts(string EmployerName, int Mentors, int MentorsWithTraining);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Counts> LoadAsync(CancellationToken cancellationToken)
        {
            var employerId = db.Actor.EmployerId;
            var name = await db.Employers.AsNoTracking().Where(e => e.Id == employerId).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken);
            return new Counts(
                name ?? "",
                await db.Mentors.CountAsync(cancellationToken),
                await db.Mentors.CountAsync(m => m.PedagogicalTrainingDate != null, cancellationToken));
        }
    }
}
