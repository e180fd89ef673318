using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The ministry's table: every college with the state of its report for one academic year, including the
/// colleges that have not started or submitted it. The ministry's actor reads every row, so no filter is bypassed.</summary>
public static class MinistryReportStatus
{
    /// <summary>"NotStarted" is the filter value for colleges without a report for the year.</summary>
    public sealed class Filter
    {
        public int? Year { get; set; }
        public int? RegionId { get; set; }
        public string? Status { get; set; }
    }

    public sealed record Row(Guid CollegeId, string CollegeNameKy, string CollegeNameRu, string? CollegeNameEn, string RegionKy, string RegionRu,
        string RegionEn, Guid? ReportId, AnnualReportStatus? Status, DateTimeOffset? SubmittedAt, DateTimeOffset? ReviewedAt, int Partners, int Agreed,
        int Commented)
    {
        private static string Culture => System.Globalization.CultureInfo.CurrentUICulture.Name;

        public string CollegeName => LocalizedName.Pick(CollegeNameKy, CollegeNameRu, CollegeNameEn, Culture);

        public string Region => LocalizedName.Pick(RegionKy, RegionRu, RegionEn, Culture);

        public string StatusKey => Status is { } s ? "AnnualReportStatus_" + s : "AnnualReportStatus_NotStarted";
    }

    /// <summary>The ministry's page: the rows, the filter with its year settled, and the regions to filter by.</summary>
    public sealed record Page(PagedList<Row> List, Filter Filter, IReadOnlyList<Domain.Reference.Region> Regions);

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public int YearOf(Filter filter) => filter.Year ?? AcademicCalendar.YearOf(clock.BishkekToday());

        public IQueryable<Row> Query(ListQuery query, Filter filter)
        {
            var year = YearOf(filter);
            var colleges = db.Colleges.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                colleges = colleges.Where(c => EF.Functions.ILike(c.NameKy, pattern) || EF.Functions.ILike(c.NameRu, pattern));
            }

            if (filter.RegionId is { } regionId)
            {
                colleges = colleges.Where(c => c.RegionId == regionId);
            }

            if (filter.Status == "NotStarted")
            {
                colleges = colleges.Where(c => !db.AnnualReports.Any(r => r.CollegeId == c.Id && r.AcademicYear == year));
            }
            else if (Enum.TryParse<AnnualReportStatus>(filter.Status, out var status))
            {
                colleges = colleges.Where(c => db.AnnualReports.Any(r => r.CollegeId == c.Id && r.AcademicYear == year && r.Status == status));
            }

            var columns = new SortColumns<College>()
                .Add("college", c => c.NameKy)
                .Add("region", c => c.Region!.SortOrder)
                // The status is stored as text: order by the workflow's rank, not by casting the text to a number.
                .Add("status", c => db.AnnualReports.Where(r => r.CollegeId == c.Id && r.AcademicYear == year)
                    .Select(r => (int?)(r.Status == AnnualReportStatus.Draft ? 1
                        : r.Status == AnnualReportStatus.SentToEmployers ? 2
                        : r.Status == AnnualReportStatus.Submitted ? 3
                        : r.Status == AnnualReportStatus.Returned ? 4 : 5)).FirstOrDefault())
                .Add("submitted", c => db.AnnualReports.Where(r => r.CollegeId == c.Id && r.AcademicYear == year).Select(r => r.SubmittedAt).FirstOrDefault())
                .ThenBy(c => c.Id);

            return colleges.SortBy(query, columns)
                .Select(c => new
                {
                    College = c,
                    Report = db.AnnualReports.FirstOrDefault(r => r.CollegeId == c.Id && r.AcademicYear == year),
                })
                .Select(x => new Row(x.College.Id, x.College.NameKy, x.College.NameRu, x.College.NameEn, x.College.Region!.NameKy,
                    x.College.Region.NameRu, x.College.Region.NameEn,
                    x.Report == null ? null : x.Report.Id,
                    x.Report == null ? null : x.Report.Status,
                    x.Report == null ? null : x.Report.SubmittedAt,
                    x.Report == null ? null : x.Report.ReviewedAt,
                    x.Report == null ? 0 : x.Report.Responses.Count,
                    x.Report == null ? 0 : x.Report.Responses.Count(r => r.Decision == EmployerReportDecision.Agreed),
                    x.Report == null ? 0 : x.Report.Responses.Count(r => r.Decision == EmployerReportDecision.Commented)));
        }

        public async Task<Page> PageAsync(ListQuery query, Filter filter, CancellationToken cancellationToken)
        {
            filter.Year = YearOf(filter);
            var regions = await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);
            return new Page(await Query(query, filter).ToPagedListAsync(query, cancellationToken), filter, regions);
        }
    }
}
