using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.Web.Features.Documents;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>Document (h): a college's annual WBL report, loaded through the filtered context (the college, the partner
/// employers it was sent to, the ministry). Submitted and accepted reports carry a verification code; drafts are marked
/// as such and show the figures as they are now.</summary>
public static class LoadAnnualReportDocument
{
    public sealed class Handler(WblDbContext db, CollegeYearFigures.Handler figures, DocumentCodes.Handler codes,
        WblPortal.Domain.Privacy.SmallCellRule smallCells)
    {
        public async Task<OfficialDocument?> LoadAsync(Guid id, DocumentLanguage language, CancellationToken cancellationToken)
        {
            var r = await db.AnnualReports.AsNoTracking().Include(x => x.College).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (r is null || !AnnualReportReaders.MayOpen(db.Actor, r.Status))
            {
                return null;
            }

            var responses = await db.AnnualReportResponses.AsNoTracking().Where(x => x.ReportId == id).OrderBy(x => x.EmployerName)
                .ToListAsync(cancellationToken);
            var submitted = r.Status is AnnualReportStatus.Submitted or AnnualReportStatus.Accepted;
            // The code is issued by the college when it submits; a report submitted without one (older data) gets its code on
            // the college's next download, and prints without one for the ministry or an employer until then.
            var issued = submitted && (db.Actor.IsCollegeStaff || await db.IssuedDocuments.IgnoreQueryFilters([WblDbContext.TenantFilter])
                .AnyAsync(d => d.Kind == IssuedDocumentKind.AnnualReport && d.EntityId == r.Id, cancellationToken));
            var verification = issued
                ? await codes.GetOrCreateAsync(IssuedDocumentKind.AnnualReport, r.Id, r.Title, r.SubmittedAt is { } at ? BishkekTime.DayOf(at) : null,
                    r.CollegeId, null, cancellationToken)
                : null;
            var college = r.College!;
            var all = CollegeYearFigures.Deserialize(r.FiguresJson) ?? await figures.ComputeAsync(r.CollegeId, r.AcademicYear, cancellationToken);
            var shown = AnnualReportReaders.FiguresFor(db.Actor, r.CollegeId, all, smallCells);
            return new AnnualReportDocument(new AnnualReportModel
            {
                CollegeName = language.Pick(college.NameKy, college.NameRu),
                CollegeAddress = college.Address,
                City = college.City,
                DirectorName = college.DirectorName,
                AcademicYear = r.AcademicYear,
                Figures = shown,
                ReadersCut = !ReferenceEquals(shown, all),
                // The national cut (it alone carries the placements' total apart from the rows), as the report page
                // decides when to show its legend.
                SmallCellsSuppressed = shown.PlacementLearnersTotal is not null,
                Achievements = r.Achievements,
                Problems = r.Problems,
                WblRecommendations = r.WblRecommendations,
                ProgrammeRecommendations = r.ProgrammeRecommendations,
                SubmittedOn = submitted && r.SubmittedAt is { } s ? BishkekTime.DayOf(s) : null,
                IsDraft = r.Status is AnnualReportStatus.Draft or AnnualReportStatus.Returned,
                Agreements = responses.Select(x => new AnnualReportAgreementRow(x.EmployerName, x.Decision, x.Comment, x.AnsweredByName,
                    x.AnsweredAt is { } a ? BishkekTime.DayOf(a) : null)).ToList(),
                AnswerDeadline = r.AnswerDeadline,
                Verification = verification,
            }, language);
        }
    }
}
