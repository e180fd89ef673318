using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>One annual report as its reader sees it: the figures (frozen once sent; computed live for a draft), the
/// narrative, the employers' answers and the history (the college and the ministry; the tenant filter hides the
/// history from employers).</summary>
public static class AnnualReportDetails
{
    public sealed record ResponseRow(Guid Id, uint Version, Guid EmployerId, string EmployerName, EmployerReportDecision Decision, string? Comment,
        string? AnsweredByName, DateTimeOffset? AnsweredAt, DateTimeOffset? RemindedAt)
    {
        /// <summary>The college may remind this employer now: no answer yet and not reminded today (Bishkek).</summary>
        public bool RemindableOn(DateOnly today) => Decision == EmployerReportDecision.Pending
            && (RemindedAt is not { } last || BishkekTime.DayOf(last) < today);
    }

    public sealed record HistoryRow(DateTimeOffset At, string UserName, string Action, string? FromStatus, string ToStatus, string? Comment);

    public sealed record Model(Guid Id, uint Version, Guid CollegeId, string CollegeNameKy, string CollegeNameRu, string? CollegeNameEn, int AcademicYear,
        AnnualReportStatus Status, string? Achievements, string? Problems, string? WblRecommendations, string? ProgrammeRecommendations,
        int Round, DateTimeOffset? SentAt, DateTimeOffset? SubmittedAt, string? SubmittedByName, DateTimeOffset? ReviewedAt, string? ReviewedByName,
        string? ReviewComment, bool FiguresFrozen, AnnualReportFigures Figures, IReadOnlyList<ResponseRow> Responses, IReadOnlyList<HistoryRow> History)
    {
        /// <summary>A refused narrative as posted, shown again beside its reason.</summary>
        public EditAnnualReport.Command? PostedEdit { get; init; }

        /// <summary>The last day the employers have to answer (set when sent).</summary>
        public DateOnly? AnswerDeadline { get; init; }

        /// <summary>Today in Bishkek, as the page was built.</summary>
        public DateOnly Today { get; init; }

        /// <summary>The deadline the send form offers, or the one posted and refused.</summary>
        public DateOnly SendDeadline { get; init; }

        public bool DeadlinePassed => AnswerDeadline is { } d && Today > d;

        /// <summary>Submission is open: every employer answered, or the deadline passed.</summary>
        public bool MaySubmit => AllAnswered || (Responses.Count > 0 && DeadlinePassed);

        public IEnumerable<ResponseRow> Silent => Responses.Where(r => r.Decision == EmployerReportDecision.Pending);

        public string CollegeName => LocalizedName.Pick(CollegeNameKy, CollegeNameRu, CollegeNameEn, System.Globalization.CultureInfo.CurrentUICulture.Name);

        public string Year => AcademicCalendar.Label(AcademicYear);

        public bool IsEditable => Status is AnnualReportStatus.Draft or AnnualReportStatus.Returned;

        public bool AllAnswered => Responses.Count > 0 && Responses.All(r => r.Decision != EmployerReportDecision.Pending);
    }

    public sealed class Handler(WblDbContext db, CollegeYearFigures.Handler figures, WblPortal.Domain.Privacy.SmallCellRule smallCells, TimeProvider clock)
    {
        public async Task<Model?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var r = await db.AnnualReports.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new
                {
                    x.Id, x.Version, x.CollegeId, x.College!.NameKy, x.College.NameRu, x.College.NameEn, x.AcademicYear, x.Status, x.Achievements,
                    x.Problems, x.WblRecommendations, x.ProgrammeRecommendations, x.Round, x.SentAt, x.SubmittedAt, x.SubmittedByName, x.ReviewedAt,
                    x.ReviewedByName, x.ReviewComment, x.FiguresJson, x.AnswerDeadline,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (r is null || !AnnualReportReaders.MayOpen(db.Actor, r.Status))
            {
                return null;
            }

            var responses = await db.AnnualReportResponses.AsNoTracking().Where(x => x.ReportId == id).OrderBy(x => x.EmployerName)
                .Select(x => new ResponseRow(x.Id, x.Version, x.EmployerId, x.EmployerName, x.Decision, x.Comment, x.AnsweredByName, x.AnsweredAt, x.RemindedAt))
                .ToListAsync(cancellationToken);
            var history = await db.AnnualReportHistory.AsNoTracking().Where(h => h.ReportId == id).OrderBy(h => h.At).ThenBy(h => h.Id)
                .Select(h => new HistoryRow(h.At, h.UserName, h.Action, h.FromStatus, h.ToStatus, h.Comment))
                .ToListAsync(cancellationToken);
            var frozen = CollegeYearFigures.Deserialize(r.FiguresJson);
            var shown = AnnualReportReaders.FiguresFor(db.Actor, r.CollegeId, frozen ?? await figures.ComputeAsync(r.CollegeId, r.AcademicYear, cancellationToken),
                smallCells);
            return new Model(r.Id, r.Version, r.CollegeId, r.NameKy, r.NameRu, r.NameEn, r.AcademicYear, r.Status, r.Achievements, r.Problems,
                r.WblRecommendations, r.ProgrammeRecommendations, r.Round, r.SentAt, r.SubmittedAt, r.SubmittedByName, r.ReviewedAt, r.ReviewedByName,
                r.ReviewComment, frozen is not null, shown, responses, history)
            {
                AnswerDeadline = r.AnswerDeadline,
                Today = clock.BishkekToday(),
                SendDeadline = clock.BishkekToday().AddDays(AnnualReport.DefaultAnswerDays),
            };
        }
    }
}
