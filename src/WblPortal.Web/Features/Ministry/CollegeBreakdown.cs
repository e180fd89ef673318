using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.Web.Features.Ministry;

/// <summary>The colleges behind a dashboard figure: the dashboard's filters plus the figure's dimension, one row per
/// college with a counted placement. Counts only, small cells suppressed across the table (the dashboard shows the column
/// sums).</summary>
public static class CollegeBreakdown
{
    public sealed record Row(Guid CollegeId, string College, string Region, int Learners, int Female, int Male, int SpecialNeeds,
        int Placements, int Employers, int Mentors);

    public sealed class Handler(WblDbContext db, Microsoft.Extensions.Options.IOptions<NationalFiguresOptions> figuresOptions, SmallCellRule smallCells)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(DashboardFilter filter, CancellationToken ct)
        {
            var counts = await new NationalStatistics(db, figuresOptions.Value.FiguresRefreshOnRead).ByCollegeAsync(filter.ToStatistics(), ct);
            var ids = counts.Select(c => c.CollegeId).ToList();
            var names = await db.Colleges.Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.NameKy, c.NameRu, c.NameEn, RegionKy = c.Region!.NameKy, RegionRu = c.Region.NameRu, RegionEn = c.Region.NameEn })
                .ToDictionaryAsync(c => c.Id, ct);
            var culture = CultureInfo.CurrentUICulture.Name;
            var rows = counts
                .Select(c =>
                {
                    var n = names[c.CollegeId];
                    return new Row(c.CollegeId, LocalizedName.Pick(n.NameKy, n.NameRu, n.NameEn, culture), LocalizedName.Pick(n.RegionKy, n.RegionRu, n.RegionEn, culture),
                        c.Learners, c.Female, c.Male, c.SpecialNeeds, c.Placements, c.Employers, c.Mentors);
                })
                .OrderByDescending(r => r.Learners).ThenBy(r => r.College, StringComparer.Create(CultureInfo.CurrentCulture, false))
                .ToList();
            // Every column but employers counts people; learners = female + male within a row.
            var shown = smallCells.Table(rows.Select(r => (IReadOnlyList<int>)[r.Learners, r.Female, r.Male, r.SpecialNeeds, r.Placements, r.Employers, r.Mentors]).ToList(),
                [0, 1, 2, 3, 4, 6]);
            return rows.Select((r, i) => r with
            {
                Learners = shown[i][0], Female = shown[i][1], Male = shown[i][2], SpecialNeeds = shown[i][3], Placements = shown[i][4], Mentors = shown[i][6],
            }).ToList();
        }
    }
}
