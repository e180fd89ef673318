using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.LearnerPlacements;

/// <summary>One of the learner's placements: what it is for (the learning outcomes of its WBL programme, readable by the learners placed on it), when and where, and
/// whom to ask (curator, mentor, employer). Another learner's placement is not found.</summary>
public static class MyPlacementDetails
{
    public sealed record Contact(string Name, string? Position, string? Phone, string? Email);

    public sealed record Outcome(string Code, string Text);

    public sealed record Model(Guid Id, PlacementStatus Status, string Form, WblStage Stage, int AcademicYear, string College,
        string? Employer, string? EmployerAddress, string? Site, DateOnly StartDate, DateOnly EndDate, Contact Curator, Contact? Mentor,
        Contact? EmployerContact, IReadOnlyList<Outcome> Outcomes);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Model?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var learnerId = db.Actor.LearnerId;
            var p = await db.Placements.AsNoTracking()
                .Where(x => x.Id == id && x.Status != PlacementStatus.Draft && x.Learners.Any(l => l.LearnerId == learnerId))
                .Select(x => new
                {
                    x.Id, x.Status, x.Form!.NameKy, x.Form.NameRu, x.Form.NameEn, x.Form.Stage, x.ProgrammeId,
                    CollegeKy = x.College!.NameKy, CollegeRu = x.College.NameRu, CollegeEn = x.College.NameEn,
                    Employer = x.Employer != null ? x.Employer.Name : null,
                    EmployerAddress = x.Employer != null ? x.Employer.Address : null,
                    EmployerContact = x.Employer != null ? new Contact(x.Employer.ContactPerson, null, x.Employer.Phone, x.Employer.Email) : null,
                    x.Site, x.StartDate, x.EndDate,
                    Curator = new Contact(x.Curator!.FullName, x.Curator.Position, x.Curator.Phone, x.Curator.Email),
                    Mentor = x.Mentor != null ? new Contact(x.Mentor.FullName, x.Mentor.Position, x.Mentor.Phone, x.Mentor.Email) : null,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (p is null)
            {
                return null;
            }

            var outcomes = await db.ProgrammeOutcomes.AsNoTracking().Where(o => o.ProgrammeId == p.ProgrammeId)
                .OrderBy(o => o.SortOrder).ThenBy(o => o.Code)
                .Select(o => new Outcome(o.Code, o.Text)).ToListAsync(cancellationToken);
            var culture = CultureInfo.CurrentUICulture.Name;
            var year = AcademicCalendar.YearOf(p.StartDate);
            return new Model(p.Id, p.Status, LocalizedName.Pick(p.NameKy, p.NameRu, p.NameEn, culture), p.Stage, year,
                LocalizedName.Pick(p.CollegeKy, p.CollegeRu, p.CollegeEn, culture), p.Employer, p.EmployerAddress, p.Site, p.StartDate, p.EndDate,
                p.Curator, p.Mentor, p.EmployerContact, outcomes);
        }
    }
}
