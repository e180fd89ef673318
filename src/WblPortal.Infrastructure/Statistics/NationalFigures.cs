using System.Globalization;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Infrastructure.Statistics;

/// <summary>
/// The pre-computed national figures: the materialized view <c>ministry_wbl_cells</c>, one row per distinct
/// (academic year, college, region, NQF level, specialty, form, stage, employer sector, gender, special needs,
/// employer, mentor, mentor trained) of the placement learners of counted placements, carrying the number of
/// learners and placements that are "first" in that cell for each way of counting. Summing such a flag over any
/// set of cells gives an exact distinct count (the view is created by the InitialCreate migration), so every dashboard figure is a plain
/// SUM over a few thousand cells instead of a COUNT(DISTINCT) over hundreds of thousands of joined rows.
/// </summary>
/// <remarks>
/// A learner flag <c>l_X</c> is 1 on the first placement-learner row of each (academic year, learner, X), where X
/// is the placement's dimensions a query filters or groups by (form, stage, sector; form implies stage). The
/// learner's own dimensions (college, region, NQF level, specialty, gender, special needs) are the same on all their
/// rows of a year, so they never split a learner. A placement flag <c>p_Y</c> is 1 on the first row of each
/// (placement, Y) where Y are the learner dimensions filtered on (gender, special needs); every other dimension is
/// the placement's own. The view is refreshed by <see cref="NationalFiguresRefresher"/> (on start and every
/// <c>Ministry:FiguresRefreshMinutes</c> minutes); <c>ministry_wbl_refreshed</c> records when.
/// </remarks>
public static class NationalFigures
{
    public const string View = "ministry_wbl_cells";

    /// <summary>The cells summed over the placement's dimensions: one row per (academic year, college, region, NQF
    /// level, specialty, gender, special needs), a few thousand a year. Exact for every figure that neither filters
    /// nor groups by form, stage, sector, employer or mentor (the trend, the colleges page).</summary>
    public const string LearnerView = "ministry_wbl_learner_cells";

    /// <summary>Table 1 of the concept: per (academic year, college, Table 1 column) the distinct learners of counted
    /// placements and of attendance at held information events (an event's academic year is that of its date in
    /// Kyrgyzstan, UTC+6, as <see cref="StatisticsFilter.YearStart"/>).</summary>
    public const string FormsTableView = "ministry_wbl_forms_table";

    /// <summary>Recomputes the views: the cells, then the summaries (the learner cells read the cells). The first
    /// refresh fills them (plain); later ones run CONCURRENTLY, so readers keep the previous figures meanwhile.</summary>
    public static async Task RefreshAsync(WblDbContext db, CancellationToken ct)
    {
        var sql = new System.Text.StringBuilder();
        foreach (var view in new[] { View, LearnerView, FormsTableView })
        {
            var populated = await ScalarAsync<bool>(db, $"SELECT ispopulated FROM pg_matviews WHERE matviewname = '{view}'", ct);
            sql.Append(CultureInfo.InvariantCulture, $"REFRESH MATERIALIZED VIEW {(populated ? "CONCURRENTLY " : "")}{view}; ");
        }

        sql.Append($"REFRESH MATERIALIZED VIEW ministry_wbl_refreshed; ANALYZE {View}; ANALYZE {LearnerView}; ANALYZE {FormsTableView};");
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), ct);
    }

    /// <summary>When the figures were last computed, or null when never.</summary>
    public static async Task<DateTimeOffset?> RefreshedAtAsync(WblDbContext db, CancellationToken ct)
    {
        var populated = await ScalarAsync<bool>(db, "SELECT ispopulated FROM pg_matviews WHERE matviewname = 'ministry_wbl_refreshed'", ct);
        if (!populated)
        {
            return null;
        }

        var at = await ScalarAsync<DateTime>(db, "SELECT refreshed_at FROM ministry_wbl_refreshed", ct);
        return new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc));
    }

    private static async Task<T?> ScalarAsync<T>(WblDbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var close = connection.State != System.Data.ConnectionState.Open;
        if (close)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var value = await command.ExecuteScalarAsync(ct);
            return value is null or DBNull ? default : (T)value;
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }
}

public sealed class NationalFiguresOptions
{
    public const string Section = "Ministry";

    /// <summary>Minutes between refreshes of the national figures; 0 = only on start.</summary>
    public int FiguresRefreshMinutes { get; set; } = 15;

    /// <summary>Refresh before every read (tests, tiny installations): the figures are then always current.</summary>
    public bool FiguresRefreshOnRead { get; set; }
}
