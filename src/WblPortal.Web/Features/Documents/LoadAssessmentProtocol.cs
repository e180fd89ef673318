using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.Web.Features.Documents;

/// <summary>Document 5g: a final joint assessment as a printable protocol, for the college, the employer and the learner.</summary>
public static class LoadAssessmentProtocol
{


    public sealed class Handler(WblDbContext db, DocumentCodes.Handler codes)
    {
        public async Task<OfficialDocument?> LoadAsync(Guid id, DocumentLanguage language, CancellationToken cancellationToken)
        {
            // Who may read the assessment is decided here, by the actor's filter; only a final result is a document.
            var a = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.Status == AssessmentStatus.Final, cancellationToken);
            if (a is null)
            {
                return null;
            }

            // The protocol names the college, the employer, the learner and the programme, which each reader's filter
            // partly hides; having read the assessment, the reader reads the particulars it names, by its ids only.
            var p = await db.Placements.ReadThroughCollegeOf(a)
                .Where(x => x.Id == a.PlacementId)
                .Select(x => new
                {
                    x.StartDate, x.EndDate, FormKy = x.Form!.NameKy, FormRu = x.Form.NameRu,
                    College = new { x.College!.NameKy, x.College.NameRu, x.College.Address, x.College.City },
                    Employer = x.Employer == null ? null : x.Employer.Name,
                    x.Programme!.SpecialtyCode, x.Programme.SpecialtyName,
                })
                .SingleAsync(cancellationToken);
            var learner = await db.Learners.ReadThroughCollegeOf(a)
                .Where(l => l.Id == a.LearnerId)
                .Select(l => new { l.LastName, l.FirstName, l.Patronymic, Group = l.Group!.Name })
                .SingleAsync(cancellationToken);
            var date = BishkekTime.DayOf(a.FinalAt!.Value);
            // The number comes from the college's register of protocols for the year, taken when the code is created.
            var verification = await codes.GetOrCreateAsync(IssuedDocumentKind.AssessmentProtocol, a.Id, null, date, a.CollegeId, a.EmployerId,
                cancellationToken);
            var number = verification.Number ?? "";
            return new AssessmentProtocolDocument(new AssessmentProtocolModel
            {
                Number = number,
                Date = date,
                City = p.College.City,
                CollegeName = language.Pick(p.College.NameKy, p.College.NameRu),
                CollegeAddress = p.College.Address,
                LearnerName = string.IsNullOrWhiteSpace(learner.Patronymic) ? $"{learner.LastName} {learner.FirstName}" : $"{learner.LastName} {learner.FirstName} {learner.Patronymic}",
                Group = learner.Group,
                Specialty = $"{p.SpecialtyCode} {p.SpecialtyName}",
                FormName = language.Pick(p.FormKy, p.FormRu),
                EmployerName = p.Employer,
                Start = p.StartDate,
                End = p.EndDate,
                Scale = a.Scale,
                Outcomes = a.Scores.OrderBy(s => s.SortOrder).Select(s => new ProtocolOutcome(s.Code, s.Text, s.CuratorLevel, s.MentorLevel, s.FinalLevel)).ToList(),
                Grade = a.FinalGrade,
                CuratorName = a.CuratorConfirmedBy ?? a.CuratorName,
                CuratorComment = a.CuratorComment,
                MentorName = a.MentorConfirmedBy ?? a.MentorName,
                MentorComment = a.MentorComment,
                FinalComment = a.FinalComment,
                CuratorConfirmedOn = a.CuratorConfirmedAt is { } c ? BishkekTime.DayOf(c) : null,
                MentorConfirmedOn = a.MentorConfirmedAt is { } m ? BishkekTime.DayOf(m) : null,
                AcknowledgedOn = a.AcknowledgedAt is { } k ? BishkekTime.DayOf(k) : null,
                Disagreement = a.Disagreement,
                Verification = verification,
            }, language);
        }
    }
}
