using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The reports the actor reads: a college its own (every year), an employer those sent to it, with its own
/// answer ("awaiting" = sent and not answered yet by this employer).</summary>
public static class ListAnnualReports
{
    public sealed record Row(Guid Id, int AcademicYear, string CollegeNameKy, string CollegeNameRu, string? CollegeNameEn, AnnualReportStatus Status,
        DateTimeOffset? SentAt, DateTimeOffset? SubmittedAt, int Responses, int Answered, EmployerReportDecision? MyDecision)
    {
        public string CollegeName => LocalizedName.Pick(CollegeNameKy, CollegeNameRu, CollegeNameEn, System.Globalization.CultureInfo.CurrentUICulture.Name);

        public string Year => AcademicCalendar.Label(AcademicYear);
    }

    private static readonly SortColumns<AnnualReport> Columns = new SortColumns<AnnualReport>()
        .Add("year", r => r.AcademicYear)
        .Add("college", r => r.College!.NameKy)
        .Add("status", r => r.Status)
        .Add("sent", r => r.SentAt)
        .ThenBy(r => r.Id);

    /// <summary>A list page of annual reports; the college's page also carries its compile form.</summary>
    public sealed record Page(PagedList<Row> List, bool AwaitingOnly)
    {
        public CreateAnnualReport.Command? Create { get; init; }
    }

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query, bool awaitingOnly)
        {
            var employerId = db.Actor.EmployerId;
            var reports = db.AnnualReports.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                reports = reports.Where(r => EF.Functions.ILike(r.College!.NameKy, pattern) || EF.Functions.ILike(r.College!.NameRu, pattern));
            }

            if (awaitingOnly && employerId is not null)
            {
                reports = reports.Where(r => r.Status == AnnualReportStatus.SentToEmployers
                    && r.Responses.Any(x => x.EmployerId == employerId && x.Decision == EmployerReportDecision.Pending));
            }

            return reports.SortBy(query, Columns)
                .Select(r => new Row(r.Id, r.AcademicYear, r.College!.NameKy, r.College.NameRu, r.College.NameEn, r.Status, r.SentAt, r.SubmittedAt,
                    r.Responses.Count, r.Responses.Count(x => x.Decision != EmployerReportDecision.Pending),
                    r.Responses.Where(x => x.EmployerId == employerId).Select(x => (EmployerReportDecision?)x.Decision).FirstOrDefault()));
        }

        public async Task<Page> PageAsync(ListQuery query, bool awaitingOnly, CancellationToken cancellationToken) =>
            new(await Query(query, awaitingOnly).ToPagedListAsync(query, cancellationToken), awaitingOnly);
    }
}
