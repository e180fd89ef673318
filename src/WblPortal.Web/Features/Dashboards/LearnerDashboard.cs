using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Dashboards;

/// <summary>The learner's start page: the own record (group, specialty, college and curator).</summary>
public static class LearnerDashboard
{
    public sealed record Record(
        string FullName,
        DateOnly DateOfBirth,
        string College,
        string SpecialtyCode,
        string Specialty,
        string Group,
        int YearOfStudy,
        string? CuratorName,
        string? CuratorPosition,
        string? CuratorPhone,
        string? CuratorEmail);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>The actor's own learner record, or null when the actor is no learner.</summary>
        public async Task<Record?> LoadAsync(CancellationToken cancellationToken)
        {
            // The tenant filter already limits a learner to their own row; the id makes the intent explicit.
            var learnerId = db.Actor.LearnerId;
            var row = learnerId is null
                ? null
                : await db.Learners
                    .Where(l => l.Id == learnerId)
                    .Select(l => new
                    {
                        l.LastName,
                        l.FirstName,
                        l.Patronymic,
                        l.DateOfBirth,
                        CollegeKy = l.College!.NameKy,
                        CollegeRu = l.College.NameRu,
                        CollegeEn = l.College.NameEn,
                        l.Group!.Specialty!.Code,
                        SpecialtyKy = l.Group.Specialty.NameKy,
                        SpecialtyRu = l.Group.Specialty.NameRu,
                        Group = l.Group.Name,
                        l.Group.YearOfStudy,
                        CuratorName = l.Group.Curator != null ? l.Group.Curator.FullName : null,
                        CuratorPosition = l.Group.Curator != null ? l.Group.Curator.Position : null,
                        CuratorPhone = l.Group.Curator != null ? l.Group.Curator.Phone : null,
                        CuratorEmail = l.Group.Curator != null ? l.Group.Curator.Email : null,
                    })
                    .SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return null;
            }

            var culture = CultureInfo.CurrentUICulture.Name;
            var fullName = string.IsNullOrWhiteSpace(row.Patronymic) ? $"{row.LastName} {row.FirstName}" : $"{row.LastName} {row.FirstName} {row.Patronymic}";
            return new Record(
                fullName,
                row.DateOfBirth,
                LocalizedName.Pick(row.CollegeKy, row.CollegeRu, row.CollegeEn, culture),
                row.Code,
                LocalizedName.Pick(row.SpecialtyKy, row.SpecialtyRu, null, culture),
                row.Group,
                row.YearOfStudy,
                row.CuratorName,
                row.CuratorPosition,
                row.CuratorPhone,
                row.CuratorEmail);
        }
    }
}
