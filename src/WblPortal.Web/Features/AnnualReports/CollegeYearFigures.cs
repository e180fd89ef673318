using WblPortal.Domain.AnnualReports;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Reports;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The figures of a college's annual report for an academic year: the use cases' entry to
/// <see cref="CollegeYearFiguresQuery"/> (in Infrastructure so that the demo seed freezes the same figures), which
/// defines what the report counts.</summary>
public static class CollegeYearFigures
{
    public static string Serialize(AnnualReportFigures figures) => CollegeYearFiguresQuery.Serialize(figures);

    public static AnnualReportFigures? Deserialize(string? json) => CollegeYearFiguresQuery.Deserialize(json);

    public sealed class Handler(WblDbContext db)
    {
        public Task<AnnualReportFigures> ComputeAsync(Guid collegeId, int academicYear, CancellationToken cancellationToken) =>
            CollegeYearFiguresQuery.ComputeAsync(db, collegeId, academicYear, cancellationToken);
    }
}
