using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Mentors;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Dashboards;

/// <summary>The mentor's start page: the own profile and employer.</summary>
public static class MentorDashboard
{
    public sealed record Profile(
        string FullName,
        string Position,
        EducationLevel EducationLevel,
        int YearsOfExperience,
        int? SkillGrade,
        DateOnly? PedagogicalTrainingDate,
        string? Phone,
        string? Email,
        string EmployerName,
        EconomicSector EmployerSector,
        string EmployerAddress,
        string EmployerContactPerson);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>The actor's own mentor profile, or null when the actor is no mentor.</summary>
        public async Task<Profile?> LoadAsync(CancellationToken cancellationToken)
        {
            // The tenant filter already limits a mentor to their own row; the id makes the intent explicit.
            var mentorId = db.Actor.MentorId;
            return mentorId is null
                ? null
                : await db.Mentors
                    .Where(m => m.Id == mentorId)
                    .Select(m => new Profile(
                        m.FullName, m.Position, m.EducationLevel, m.YearsOfExperience, m.SkillGrade, m.PedagogicalTrainingDate,
                        m.Phone, m.Email, m.Employer!.Name, m.Employer.Sector, m.Employer.Address, m.Employer.ContactPerson))
                    .SingleOrDefaultAsync(cancellationToken);
        }
    }
}
