using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.Web.Features.Documents;

namespace WblPortal.Web.Features.Diaries;

/// <summary>A learner's diary for one placement as a printable document (ky/ru) with a verification code: the daily
/// table with approvals, the hours, the mentor's notes as their reference; the grade is "—" until assessments exist.</summary>
public static class LoadDiaryDocument
{
    public sealed class Handler(WblDbContext db, DiaryDetails.Handler details, DocumentCodes.Handler codes, PersonalDataAccessLog accessLog)
    {

        public async Task<LearnerDiaryDocument?> LoadAsync(Guid placementLearnerId, DocumentLanguage language, CancellationToken cancellationToken)
        {
            var diary = await details.LoadAsync(placementLearnerId, DiaryMode.College, cancellationToken);
            if (diary is null)
            {
                return null;
            }

            var h = diary.Header;
            await accessLog.LearnerAsync(h.CollegeId, h.LearnerId, Domain.Privacy.PersonalDataView.DiaryPdf, cancellationToken);
            var placement = await db.Placements.AsNoTracking().Where(p => p.Id == h.PlacementId)
                .Select(p => new { p.CollegeId, p.EmployerId, p.CuratorId, p.Form!.NameKy, p.Form.NameRu }).SingleAsync(cancellationToken);
            // The diary was found in the actor's scope; its college and curator are the document's own details, read for
            // it by name of the filter (an employer's users do not otherwise read the college's curators).
            var college = await db.Colleges.ReadThroughCollege(placement.CollegeId)
                .Select(c => new { c.NameKy, c.NameRu, c.Address }).SingleOrDefaultAsync(cancellationToken);
            var curator = await db.Curators.ReadThroughCollege(placement.CollegeId).Where(c => c.Id == placement.CuratorId)
                .Select(c => c.FullName).SingleOrDefaultAsync(cancellationToken);
            var verification = await codes.GetOrCreateAsync(IssuedDocumentKind.LearnerDiary, placementLearnerId, null, null,
                placement.CollegeId, placement.EmployerId, cancellationToken);
            static DateOnly? Day(DateTimeOffset? at) => at is { } a ? BishkekTime.DayOf(a) : null;
            static LearnerDiaryLine Line(DiaryDetails.Entry e, string? outcomes) => new(e.Date, e.Hours, e.Tasks, outcomes, e.Status switch
            {
                DiaryEntryStatus.Countersigned => DiaryLineState.Countersigned,
                DiaryEntryStatus.Approved => DiaryLineState.Approved,
                DiaryEntryStatus.Returned => DiaryLineState.Returned,
                _ => DiaryLineState.NotYetApproved,
            }, e.CorrectsEntryId is not null)
            {
                ApprovedBy = e.ApprovedByName,
                ApprovedOn = Day(e.ApprovedAt),
                CountersignedBy = e.CountersignedByName,
                CountersignedOn = Day(e.CountersignedAt),
                ReturnComment = e.ReturnComment,
            };
            var notes = diary.Notes.OrderBy(n => n.Date).Select(n => $"{n.Date:dd.MM.yyyy}: {n.Text}");
            return new LearnerDiaryDocument(new LearnerDiaryModel
            {
                CollegeName = college is null ? "" : language.Pick(college.NameKy, college.NameRu),
                CollegeAddress = college?.Address,
                LearnerName = h.LearnerName,
                EmployerName = h.Employer ?? "",
                FormName = language.Pick(placement.NameKy, placement.NameRu),
                StartDate = h.StartDate,
                EndDate = h.EndDate,
                MentorName = h.MentorName,
                CuratorName = curator,
                InductionDate = diary.SafetyInduction?.Date,
                Lines = diary.Entries.Where(e => e.Status != DiaryEntryStatus.Draft)
                    .Select(e => Line(e, diary.OutcomeCodes(e))).ToList(),
                PlannedHours = diary.Planned,
                DoneHours = diary.Done,
                MentorReference = string.Join("\n", notes),
                Grade = null,
                Verification = verification,
            }, language);
        }
    }
}
