using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Mentors;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;

namespace WblPortal.Web.Areas.Mentor.Controllers;

/// <summary>The mentor's own profile and employer. Learners assigned to the mentor come with placements.</summary>
[Area("Mentor")]
[Authorize(Policy = Policies.Mentor)]
public sealed class DashboardController(WblDbContext db) : Controller
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

    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // The tenant filter already limits a mentor to their own row; the id makes the intent explicit.
        var mentorId = db.Actor.MentorId;
        var profile = mentorId is null
            ? null
            : await db.Mentors
                .Where(m => m.Id == mentorId)
                .Select(m => new Profile(
                    m.FullName, m.Position, m.EducationLevel, m.YearsOfExperience, m.SkillGrade, m.PedagogicalTrainingDate,
                    m.Phone, m.Email, m.Employer!.Name, m.Employer.Sector, m.Employer.Address, m.Employer.ContactPerson))
                .SingleOrDefaultAsync(cancellationToken);
        return View(profile);
    }
}
