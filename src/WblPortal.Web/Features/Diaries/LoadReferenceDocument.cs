using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.Web.Features.Documents;

namespace WblPortal.Web.Features.Diaries;

/// <summary>A submitted mentor's reference as a printable document (ky/ru) with its verification code, for every party
/// that reads it: the mentor, the employer, the college and the learner.</summary>
public static class LoadReferenceDocument
{
    public sealed class Handler(WblDbContext db, DocumentCodes.Handler codes, PersonalDataAccessLog accessLog)
    {
        public async Task<MentorReferenceDocument?> LoadAsync(Guid placementLearnerId, DocumentLanguage language, CancellationToken cancellationToken)
        {
            // Who may read the reference is decided here, by the actor's filter; only a submitted one is a document.
            var r = await db.MentorReferences.AsNoTracking()
                .SingleOrDefaultAsync(x => x.PlacementLearnerId == placementLearnerId && x.Status == MentorReferenceStatus.Submitted, cancellationToken);
            if (r is null)
            {
                return null;
            }

            await accessLog.LearnerAsync(r.CollegeId, r.LearnerId, Domain.Privacy.PersonalDataView.DiaryPdf, cancellationToken);
            // The document names the college, the employer, the learner and the programme, which each reader's filter
            // partly hides; having read the reference, the reader reads the particulars it names, by its ids only.
            var p = await db.Placements.ReadThroughCollegeOf(r).Where(x => x.Id == r.PlacementId)
                .Select(x => new
                {
                    x.StartDate, x.EndDate, FormKy = x.Form!.NameKy, FormRu = x.Form.NameRu, CollegeKy = x.College!.NameKy, CollegeRu = x.College.NameRu,
                    x.Programme!.SpecialtyCode, x.Programme.SpecialtyName,
                })
                .SingleAsync(cancellationToken);
            var employer = await db.Employers.ReadThroughEmployer(r.EmployerId!.Value).Select(e => new { e.Name, e.Address }).SingleAsync(cancellationToken);
            var mentor = await db.Mentors.ReadThroughEmployer(r.EmployerId.Value).Where(m => m.Id == r.MentorId)
                .Select(m => new { m.FullName, m.Position }).SingleOrDefaultAsync(cancellationToken);
            var learner = await db.Learners.ReadThroughCollegeOf(r).Where(l => l.Id == r.LearnerId)
                .Select(l => new { l.LastName, l.FirstName, l.Patronymic, Group = l.Group!.Name }).SingleAsync(cancellationToken);
            var date = BishkekTime.DayOf(r.SubmittedAt!.Value);
            var verification = await codes.GetOrCreateAsync(IssuedDocumentKind.MentorReference, r.Id, null, date, r.CollegeId, r.EmployerId, cancellationToken);
            return new MentorReferenceDocument(new MentorReferenceModel
            {
                EmployerName = employer.Name,
                EmployerAddress = employer.Address,
                CollegeName = language.Pick(p.CollegeKy, p.CollegeRu),
                LearnerName = DiaryDetails.FullName(learner.LastName, learner.FirstName, learner.Patronymic),
                Group = learner.Group,
                Specialty = $"{p.SpecialtyCode} {p.SpecialtyName}",
                FormName = language.Pick(p.FormKy, p.FormRu),
                Start = p.StartDate,
                End = p.EndDate,
                Attitude = r.Attitude,
                Skills = r.Skills,
                Discipline = r.Discipline,
                Recommendations = r.Recommendations,
                Level = r.RecommendedLevel,
                Grade = r.RecommendedGrade,
                MentorName = mentor?.FullName ?? r.AuthorName,
                MentorPosition = mentor?.Position,
                Date = date,
                Verification = verification,
            }, language);
        }
    }
}
