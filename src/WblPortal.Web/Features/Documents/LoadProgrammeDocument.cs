using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Programmes;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.Web.Features.Documents;

/// <summary>A WBL programme with its eight sections as a printable document. Approved (and superseded) programmes
/// carry a verification code with the approving order's number and date; drafts carry none.</summary>
public static class LoadProgrammeDocument
{
    public sealed class Handler(WblDbContext db, DocumentCodes.Handler codes)
    {
        public async Task<OfficialDocument?> LoadAsync(Guid id, DocumentLanguage language, CancellationToken cancellationToken)
        {
            var p = await db.Programmes.AsNoTracking().AsSplitQuery()
                .Include(x => x.College)
                .Include(x => x.Specialty)
                .Include(x => x.Loads).ThenInclude(l => l.Form)
                .Include(x => x.Outcomes).ThenInclude(o => o.Competencies)
                .Include(x => x.FormContents).ThenInclude(c => c.Form)
                .SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (p is null)
            {
                return null;
            }

            var verification = p.Status is ProgrammeStatus.Approved or ProgrammeStatus.Superseded
                ? await codes.GetOrCreateAsync(IssuedDocumentKind.WblProgramme, p.Id, p.ApprovalOrderNumber, p.ApprovalDate, p.CollegeId, null, cancellationToken)
                : null;
            var college = p.College!;
            var r = p.MentorRequirements;
            // The employers invited to discuss the programme agree it; the participants were read through the reader's
            // filter, and only the names of the employers they name are read past it.
            var agreedBy = await db.ProgrammeParticipants.AsNoTracking().Where(x => x.ProgrammeId == p.Id)
                .Join(db.Employers.IgnoreQueryFilters([WblDbContext.TenantFilter]), x => x.EmployerId, e => e.Id, (x, e) => e.Name)
                .OrderBy(n => n).ToListAsync(cancellationToken);
            string Form(Domain.Reference.WblForm? f) => f is null ? "" : language.Pick(f.NameKy, f.NameRu);
            return new ProgrammeDocument(new ProgrammeModel
            {
                CollegeName = language.Pick(college.NameKy, college.NameRu),
                CollegeAddress = college.Address,
                City = college.City,
                DirectorName = college.DirectorName,
                SpecialtyCode = p.SpecialtyCode,
                SpecialtyName = p.Specialty is { } s ? language.Pick(s.NameKy, s.NameRu) : p.SpecialtyName,
                AcademicYear = p.AcademicYear,
                Revision = p.Revision,
                ApprovalNumber = p.Status is ProgrammeStatus.Approved or ProgrammeStatus.Superseded ? p.ApprovalOrderNumber : null,
                ApprovalDate = p.ApprovalDate,
                NormativeBasis = p.NormativeBasis,
                Goal = p.Goal,
                Procedure = p.Procedure,
                SafetyRules = p.SafetyRules,
                TotalStudyHours = p.TotalStudyHours,
                Loads = p.Loads.OrderBy(l => l.Semester).ThenBy(l => l.Form?.SortOrder).Select(l => new ProgrammeLoadRow(Form(l.Form), l.Semester, l.Hours)).ToList(),
                Outcomes = p.Outcomes.OrderBy(o => o.SortOrder).Select(o => new ProgrammeOutcomeRow(o.Code, o.Text,
                    string.Join(", ", o.Competencies.OrderBy(c => c.Code).Select(c => c.Code)))).ToList(),
                Forms = p.FormContents.OrderBy(c => c.Form?.SortOrder).Select(c => new ProgrammeFormRow(Form(c.Form), c.Themes, c.SpecificOutcomes,
                    c.WorkEnvironment, c.AssessmentRules, c.RecognitionRules)).ToList(),
                MentorRequirements = new MentorRequirementsModel(r.MinEducationLevel, r.MinYearsOfExperience, r.MinSkillGrade, r.PedagogicalTrainingRequired, r.Notes),
                AgreedByEmployers = agreedBy,
                Verification = verification,
            }, language);
        }
    }
}
