using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Mentors;

/// <summary>A mentor's page in the registry: their record, trainings and the placements they were appointed to.</summary>
public static class MentorDetails
{
    public sealed record Model(Guid Id, string FullName, string Position, EducationLevel EducationLevel, int YearsOfExperience, int? SkillGrade,
        DateOnly? PedagogicalTrainingDate, string? Phone, string? Email, IReadOnlyList<TrainingRow> Trainings, IReadOnlyList<AppointmentRow> Appointments);

    public sealed record TrainingRow(Guid Id, uint Version, MentorTrainingKind Kind, DateOnly Date, int Hours, string Provider, string? CertificateNumber);

    public sealed record AppointmentRow(Guid PlacementId, PlacementStatus Status, string College, string Form, DateOnly StartDate, DateOnly EndDate,
        int LearnerCount, MentorRequirementGaps Gaps);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Model?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var m = await db.Mentors.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (m is null)
            {
                return null;
            }

            var trainings = await db.MentorTrainings.AsNoTracking().Where(t => t.MentorId == id).OrderByDescending(t => t.Date).ThenBy(t => t.Id)
                .Select(t => new TrainingRow(t.Id, t.Version, t.Kind, t.Date, t.Hours, t.Provider, t.CertificateNumber))
                .ToListAsync(cancellationToken);
            var culture = CultureInfo.CurrentUICulture.Name;
            var placements = await db.Placements.AsNoTracking().Where(p => p.MentorId == id).OrderByDescending(p => p.StartDate)
                .Select(p => new
                {
                    p.Id, p.Status, p.College!.NameKy, p.College.NameRu, p.College.NameEn, FormKy = p.Form!.NameKy, FormRu = p.Form.NameRu,
                    FormEn = p.Form.NameEn, p.StartDate, p.EndDate, Count = p.Learners.Count, p.MentorRequirementGaps,
                })
                .ToListAsync(cancellationToken);
            return new Model(m.Id, m.FullName, m.Position, m.EducationLevel, m.YearsOfExperience, m.SkillGrade, m.PedagogicalTrainingDate, m.Phone,
                m.Email, trainings,
                placements.Select(p => new AppointmentRow(p.Id, p.Status, LocalizedName.Pick(p.NameKy, p.NameRu, p.NameEn, culture),
                    LocalizedName.Pick(p.FormKy, p.FormRu, p.FormEn, culture), p.StartDate, p.EndDate, p.Count, p.MentorRequirementGaps)).ToList());
        }
    }
}
