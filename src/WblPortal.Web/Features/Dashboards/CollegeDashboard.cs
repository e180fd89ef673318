using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Dashboards;

/// <summary>The college's start page: its name and the counts of its specialties, groups, learners and curators.</summary>
public static class CollegeDashboard
{
    public sealed record Counts(string CollegeName, int Specialties, int Groups, int Learners, int Curators, int LearnersWithSpecialNeeds);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Counts> LoadAsync(CancellationToken cancellationToken)
        {
            var college = await db.Colleges.AsNoTracking().SingleAsync(cancellationToken);
            return new Counts(
                CultureInfo.CurrentUICulture.Name.StartsWith("ky", StringComparison.Ordinal) ? college.NameKy : college.NameRu,
                await db.Specialties.CountAsync(cancellationToken),
                await db.StudyGroups.CountAsync(cancellationToken),
                await db.Learners.CountAsync(cancellationToken),
                await db.Curators.CountAsync(cancellationToken),
                await db.Learners.CountAsync(l => l.HasSpecialNeeds, cancellationToken));
        }
    }
}
