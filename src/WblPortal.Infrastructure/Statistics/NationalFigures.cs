using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Infrastructure.Statistics;

/// <summary>
/// The pre-computed national figures: the materialized view <c>ministry_wbl_cells</c>, one row per distinct
/// (academic year, college, region, NQF level, specialty, form, stage, employer sector, gender, special needs,
/// employer, mentor, mentor trained) of the placement learners of counted placements, carrying the number of
/// learners and placements that are "first" in that cell for each way of counting. Summing such a flag over any
/// set of cells gives an exact distinct count (see <see cref="CreateSql"/>), so every dashboard figure is a plain
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

    public const string CreateSql = """
        CREATE MATERIALIZED VIEW ministry_wbl_cells AS
        SELECT academic_year, college_id, region_id, nqf_level_id, specialty_code, form_id, stage, sector, gender, has_special_needs,
               employer_id, mentor_id, mentor_trained,
               count(*) FILTER (WHERE l_any)::int AS l_any, count(*) FILTER (WHERE l_form)::int AS l_form,
               count(*) FILTER (WHERE l_stage)::int AS l_stage, count(*) FILTER (WHERE l_sector)::int AS l_sector,
               count(*) FILTER (WHERE l_form_sector)::int AS l_form_sector, count(*) FILTER (WHERE l_stage_sector)::int AS l_stage_sector,
               count(*) FILTER (WHERE p_any)::int AS p_any, count(*) FILTER (WHERE p_gender)::int AS p_gender,
               count(*) FILTER (WHERE p_sen)::int AS p_sen, count(*) FILTER (WHERE p_gender_sen)::int AS p_gender_sen
        FROM (
            SELECT x.*,
                row_number() OVER (PARTITION BY academic_year, learner_id ORDER BY id) = 1 AS l_any,
                row_number() OVER (PARTITION BY academic_year, learner_id, form_id ORDER BY id) = 1 AS l_form,
                row_number() OVER (PARTITION BY academic_year, learner_id, stage ORDER BY id) = 1 AS l_stage,
                row_number() OVER (PARTITION BY academic_year, learner_id, sector ORDER BY id) = 1 AS l_sector,
                row_number() OVER (PARTITION BY academic_year, learner_id, form_id, sector ORDER BY id) = 1 AS l_form_sector,
                row_number() OVER (PARTITION BY academic_year, learner_id, stage, sector ORDER BY id) = 1 AS l_stage_sector,
                row_number() OVER (PARTITION BY placement_id ORDER BY id) = 1 AS p_any,
                row_number() OVER (PARTITION BY placement_id, gender ORDER BY id) = 1 AS p_gender,
                row_number() OVER (PARTITION BY placement_id, has_special_needs ORDER BY id) = 1 AS p_sen,
                row_number() OVER (PARTITION BY placement_id, gender, has_special_needs ORDER BY id) = 1 AS p_gender_sen
            FROM (
                SELECT pl.id, pl.placement_id, pl.learner_id, pl.college_id, c.region_id, pr.academic_year, s.nqf_level_id,
                       pr.specialty_code, p.form_id, f.stage, e.sector, l.gender, l.has_special_needs, p.employer_id, p.mentor_id,
                       (m.pedagogical_training_date IS NOT NULL) AS mentor_trained
                FROM placement_learners pl
                JOIN placements p ON p.id = pl.placement_id
                JOIN wbl_programmes pr ON pr.id = p.programme_id
                JOIN specialties s ON s.id = pr.specialty_id
                JOIN colleges c ON c.id = p.college_id
                JOIN wbl_forms f ON f.id = p.form_id
                JOIN learners l ON l.id = pl.learner_id
                LEFT JOIN employers e ON e.id = p.employer_id
                LEFT JOIN mentors m ON m.id = p.mentor_id
                WHERE p.status IN ('InProgress', 'Completed', 'Assessed')) x) y
        GROUP BY academic_year, college_id, region_id, nqf_level_id, specialty_code, form_id, stage, sector, gender, has_special_needs,
                 employer_id, mentor_id, mentor_trained
        WITH NO DATA;
        CREATE UNIQUE INDEX ux_ministry_wbl_cells ON ministry_wbl_cells (academic_year, college_id, specialty_code, form_id, gender,
            has_special_needs, employer_id, mentor_id, region_id, nqf_level_id, stage, sector, mentor_trained) NULLS NOT DISTINCT;
        CREATE INDEX ix_ministry_wbl_cells_year_region ON ministry_wbl_cells (academic_year, region_id);
        CREATE INDEX ix_ministry_wbl_cells_year_nqf ON ministry_wbl_cells (academic_year, nqf_level_id);
        CREATE INDEX ix_ministry_wbl_cells_year_specialty ON ministry_wbl_cells (academic_year, specialty_code);
        CREATE INDEX ix_ministry_wbl_cells_year_form ON ministry_wbl_cells (academic_year, form_id);
        CREATE INDEX ix_ministry_wbl_cells_college ON ministry_wbl_cells (college_id);
        CREATE MATERIALIZED VIEW ministry_wbl_refreshed AS SELECT now() AS refreshed_at WITH NO DATA;
        """;

    public const string DropSql = """
        DROP MATERIALIZED VIEW IF EXISTS ministry_wbl_refreshed;
        DROP MATERIALIZED VIEW IF EXISTS ministry_wbl_cells;
        """;

    /// <summary>The cells summed over the placement's dimensions: one row per (academic year, college, region, NQF
    /// level, specialty, gender, special needs), a few thousand a year. Exact for every figure that neither filters
    /// nor groups by form, stage, sector, employer or mentor (the trend, the colleges page).</summary>
    public const string LearnerView = "ministry_wbl_learner_cells";

    /// <summary>Table 1 of the concept: per (academic year, college, Table 1 column) the distinct learners of counted
    /// placements and of attendance at held information events (an event's academic year is that of its date in
    /// Kyrgyzstan, UTC+6, as <see cref="StatisticsFilter.YearStart"/>).</summary>
    public const string FormsTableView = "ministry_wbl_forms_table";

    /// <summary>The summaries (migration <c>NationalSummaries</c>); <see cref="FormsTable"/> gives the Table 1 columns.</summary>
    public const string SummariesCreateSql = """
        CREATE MATERIALIZED VIEW ministry_wbl_learner_cells AS
        SELECT academic_year, college_id, region_id, nqf_level_id, specialty_code, gender, has_special_needs,
               sum(l_any)::int AS l_any, sum(p_any)::int AS p_any, sum(p_gender)::int AS p_gender,
               sum(p_sen)::int AS p_sen, sum(p_gender_sen)::int AS p_gender_sen
        FROM ministry_wbl_cells
        GROUP BY academic_year, college_id, region_id, nqf_level_id, specialty_code, gender, has_special_needs
        WITH NO DATA;
        CREATE UNIQUE INDEX ux_ministry_wbl_learner_cells ON ministry_wbl_learner_cells (academic_year, college_id, specialty_code, gender,
            has_special_needs, region_id, nqf_level_id);
        CREATE MATERIALIZED VIEW ministry_wbl_forms_table AS
        SELECT academic_year, college_id, region_id, table_column, count(DISTINCT learner_id)::int AS learners
        FROM (
            SELECT pr.academic_year, pl.college_id, c.region_id,
                   CASE WHEN p.form_id IN (10, 11, 12) THEN 9 WHEN p.form_id = 16 THEN 15 WHEN p.form_id IN (2, 3, 19) THEN 1 ELSE p.form_id END AS table_column,
                   pl.learner_id
            FROM placement_learners pl
            JOIN placements p ON p.id = pl.placement_id
            JOIN wbl_programmes pr ON pr.id = p.programme_id
            JOIN colleges c ON c.id = pl.college_id
            WHERE p.status IN ('InProgress', 'Completed', 'Assessed')
            UNION ALL
            SELECT extract(year FROM (e.starts_at AT TIME ZONE 'UTC') + interval '6 hours' - interval '8 months')::int, a.college_id, c.region_id,
                   CASE WHEN e.form_id IN (10, 11, 12) THEN 9 WHEN e.form_id = 16 THEN 15 WHEN e.form_id IN (2, 3, 19) THEN 1 ELSE e.form_id END,
                   a.learner_id
            FROM event_attendance a
            JOIN information_events e ON e.id = a.event_id
            JOIN colleges c ON c.id = a.college_id
            WHERE a.attended AND e.status = 'Held') x
        GROUP BY academic_year, college_id, region_id, table_column
        WITH NO DATA;
        CREATE UNIQUE INDEX ux_ministry_wbl_forms_table ON ministry_wbl_forms_table (academic_year, college_id, table_column);
        CREATE INDEX ix_ministry_wbl_forms_table_region ON ministry_wbl_forms_table (academic_year, region_id);
        """;

    public const string SummariesDropSql = """
        DROP MATERIALIZED VIEW IF EXISTS ministry_wbl_forms_table;
        DROP MATERIALIZED VIEW IF EXISTS ministry_wbl_learner_cells;
        """;

    /// <summary>Recomputes the views: the cells, then the summaries (the learner cells read the cells). The first
    /// refresh fills them (plain); later ones run CONCURRENTLY, so readers keep the previous figures meanwhile.</summary>
    public static async Task RefreshAsync(WblDbContext db, CancellationToken ct)
    {
        var sql = new System.Text.StringBuilder();
        foreach (var view in new[] { View, LearnerView, FormsTableView })
        {
            var populated = await ScalarAsync<bool>(db, $"SELECT ispopulated FROM pg_matviews WHERE matviewname = '{view}'", ct);
            sql.Append($"REFRESH MATERIALIZED VIEW {(populated ? "CONCURRENTLY " : "")}{view}; ");
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
