using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.Web.Features.Ministry;

/// <summary>Table 1 of the concept, "WBL forms by college", computed from the placements and held information
/// events recorded in the academic year (never typed in): one row per college of the region filter, one column per
/// Table 1 form group (<see cref="FormsTable.Columns"/>), the cell = learners who took part. Read from the
/// pre-computed figures (as fresh as the dashboard's).</summary>
public static class FormsByCollege
{
    public sealed record Row(Guid CollegeId, string College, string Region, IReadOnlyList<int> Cells);

    /// <summary><paramref name="FiguresAt"/>: when the pre-computed figures were last refreshed.</summary>
    public sealed record Model(DashboardFilter Filter, IReadOnlyList<Row> Rows, IReadOnlyList<int> Totals, DateTimeOffset? FiguresAt = null,
        int RefreshMinutes = 0)
    {
        /// <summary>The page's filter choices (the page only; exports and the PDF don't need them).</summary>
        public NationalDashboard.Options? Options { get; init; }
    }

    public sealed class Handler(WblDbContext db, Microsoft.Extensions.Options.IOptions<NationalFiguresOptions> figuresOptions, SmallCellRule smallCells)
    {
        public async Task<Model> LoadAsync(DashboardFilter filter, CancellationToken ct)
        {
            // Table 1 is filtered by year and region only.
            var only = new DashboardFilter { Year = filter.EffectiveYear, Region = filter.Region };
            var cells = (await new NationalStatistics(db, figuresOptions.Value.FiguresRefreshOnRead).FormsByCollegeAsync(only.ToStatistics(), ct)).ToDictionary(r => r.CollegeId);
            var colleges = db.Colleges.AsQueryable();
            if (only.Region is { } region)
            {
                colleges = colleges.Where(c => c.RegionId == region);
            }

            var list = await colleges
                .OrderBy(c => c.Region!.SortOrder).ThenBy(c => c.NameKy)
                .Select(c => new { c.Id, c.NameKy, c.NameRu, c.NameEn, RegionKy = c.Region!.NameKy, RegionRu = c.Region.NameRu, RegionEn = c.Region.NameEn })
                .ToListAsync(ct);
            var culture = CultureInfo.CurrentUICulture.Name;
            var empty = new int[FormsTable.Columns.Count];
            var rows = list.Select(c => new Row(c.Id, LocalizedName.Pick(c.NameKy, c.NameRu, c.NameEn, culture), LocalizedName.Pick(c.RegionKy, c.RegionRu, c.RegionEn, culture),
                cells.TryGetValue(c.Id, out var r) ? r.Cells : empty)).ToList();
            // Totals count colleges (not people), before the learners' cells are suppressed.
            var totals = Enumerable.Range(0, FormsTable.Columns.Count).Select(i => rows.Count(r => r.Cells[i] > 0)).ToList();
            var shown = smallCells.Table(rows.Select(r => r.Cells).ToList());
            rows = rows.Select((r, i) => r with { Cells = shown[i] }).ToList();
            return new Model(only, rows, totals, await NationalFigures.RefreshedAtAsync(db, ct), figuresOptions.Value.FiguresRefreshMinutes);
        }
    }
}
