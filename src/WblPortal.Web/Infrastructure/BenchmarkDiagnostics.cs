#if WBL_BENCHMARK
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Npgsql;

namespace WblPortal.Web.Infrastructure;

/// <summary>
/// Only in the benchmark build (<c>-c Benchmark</c>, which defines <c>WBL_BENCHMARK</c>; see docs/benchmarks.md and
/// scripts/load-benchmark.sh), never in a Debug or Release build:
/// <list type="bullet">
/// <item>every response carries <c>X-Sql-Commands</c>: the SQL commands Npgsql ran for the request (EF's and the raw
/// reads alike), counted from Npgsql's own tracing (its <see cref="ActivitySource"/>, one activity per command) in an
/// async-local box set per request;</item>
/// <item><c>GET /bench/raw/diary?pl=…&amp;learner=…</c>: the learner's diary page's six queries (header, induction,
/// every entry's hours and status, the entries of the page of weeks shown, outcomes, planned hours) written with raw Npgsql and the result printed as plain text, no sign-in, no
/// MVC, no EF, no view: the ceiling the page's throughput is compared against.</item>
/// </list>
/// </summary>
public static class BenchmarkDiagnostics
{
    public const string SqlCommandsHeader = "X-Sql-Commands";

    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    private static readonly ActivityListener Listener = new()
    {
        ShouldListenTo = source => source.Name == "Npgsql",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        ActivityStarted = activity =>
        {
            // Commands only: Npgsql also traces physical connection opens (rare with the pool).
            if (!activity.OperationName.StartsWith("CONNECT", StringComparison.OrdinalIgnoreCase) && Current.Value is { } box)
            {
                Interlocked.Increment(ref box.Value);
            }
        },
    };

    public static WebApplication UseBenchmarkDiagnostics(this WebApplication app)
    {
        ActivitySource.AddActivityListener(Listener);
        app.Use(async (context, next) =>
        {
            var box = new StrongBox<int>();
            Current.Value = box;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[SqlCommandsHeader] = Volatile.Read(ref box.Value).ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context);
        });

        var connectionString = new NpgsqlConnectionStringBuilder(app.Configuration.GetConnectionString(WblPortal.Infrastructure.DependencyInjection.ConnectionStringName))
        {
            NoResetOnClose = true,
        }.ConnectionString;
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var clock = app.Services.GetRequiredService<TimeProvider>();
        app.MapGet("/bench/raw/diary", async (Guid pl, Guid learner, HttpContext context, CancellationToken ct) =>
        {
            var text = await RawDiaryAsync(dataSource, clock, pl, learner, ct);
            return text is null ? Results.NotFound() : Results.Text(text, "text/plain; charset=utf-8");
        });
        return app;
    }

    private static async Task<string?> RawDiaryAsync(NpgsqlDataSource dataSource, TimeProvider clock, Guid pl, Guid learner, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var text = new StringBuilder();
        Guid programme;
        int form;
        DateOnly start, end;
        await using (var header = new NpgsqlCommand(
            """
            SELECT pl.id, pl.placement_id, l.last_name, l.first_name, l.patronymic, e.name, f.name_ky, f.name_ru, f.name_en,
                   p.start_date, p.end_date, p.weekly_diary, p.status, m.full_name, p.programme_id, p.form_id
            FROM placement_learners pl
            JOIN placements p ON p.id = pl.placement_id
            JOIN learners l ON l.id = pl.learner_id
            LEFT JOIN employers e ON e.id = p.employer_id
            JOIN wbl_forms f ON f.id = p.form_id
            LEFT JOIN mentors m ON m.id = p.mentor_id
            WHERE pl.id = @pl AND pl.learner_id = @learner AND p.employer_id IS NOT NULL AND p.shared_with_employer_at IS NOT NULL
            """, connection))
        {
            header.Parameters.AddWithValue("pl", pl);
            header.Parameters.AddWithValue("learner", learner);
            await using var reader = await header.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            text.Append(reader.GetString(2)).Append(' ').Append(reader.GetString(3)).Append(" — ").Append(reader.IsDBNull(5) ? "" : reader.GetString(5))
                .Append(" — ").Append(reader.GetString(6)).Append(' ').Append(reader.GetFieldValue<DateOnly>(9).ToString("d", CultureInfo.InvariantCulture))
                .Append(' ').Append(reader.GetString(12)).AppendLine();
            programme = reader.GetGuid(14);
            form = reader.GetInt32(15);
            (start, end) = (reader.GetFieldValue<DateOnly>(9), reader.GetFieldValue<DateOnly>(10));
        }

        await using (var induction = new NpgsqlCommand(
            "SELECT id, xmin, charter, internal_rules, sanitary, fire_safety, labour_protection, date, conducted_by_name, conducted_by_position, " +
            "recorded_by_name, recorded_at, acknowledged_at FROM safety_inductions WHERE placement_learner_id = @pl AND learner_id = @learner", connection))
        {
            induction.Parameters.AddWithValue("pl", pl);
            induction.Parameters.AddWithValue("learner", learner);
            await using var reader = await induction.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                text.Append(reader.GetFieldValue<DateOnly>(7).ToString("d", CultureInfo.InvariantCulture)).Append(' ').Append(reader.GetString(8)).AppendLine();
            }
        }

        await using (var marks = new NpgsqlCommand(
            "SELECT id, week_start, hours, status, corrects_entry_id FROM diary_entries WHERE placement_learner_id = @pl AND learner_id = @learner",
            connection))
        {
            marks.Parameters.AddWithValue("pl", pl);
            marks.Parameters.AddWithValue("learner", learner);
            await using var reader = await marks.ExecuteReaderAsync(ct);
            var (count, hours) = (0, 0m);
            while (await reader.ReadAsync(ct))
            {
                (count, hours) = (count + 1, hours + reader.GetDecimal(2));
            }

            text.Append(count).Append(' ').Append(hours.ToString(CultureInfo.InvariantCulture)).AppendLine();
        }

        // The page of weeks the diary page shows by default (the one holding today), as Features/Diaries/DiaryDetails does.
        var (from, to) = Features.Diaries.DiaryDetails.Handler.Window(Domain.Diaries.DiaryRules.WeekStart(start), Domain.Diaries.DiaryRules.WeekStart(end),
            Domain.Diaries.DiaryRules.WeekStart(clock.BishkekToday()));
        await using (var entries = new NpgsqlCommand(
            """
            SELECT e.id, e.xmin, e.date, e.week_start, e.hours, e.tasks, e.outcome_ids, e.evidence_id, f.file_name, e.status, e.written_by_mentor,
                   e.author_name, e.corrects_entry_id, e.return_comment, e.submitted_at, e.approved_by_name, e.approved_at, e.countersigned_by_name,
                   e.countersigned_at
            FROM diary_entries e LEFT JOIN diary_evidence f ON f.id = e.evidence_id
            WHERE e.placement_learner_id = @pl AND e.learner_id = @learner AND e.week_start BETWEEN @from AND @to
            ORDER BY e.date, e.id
            """, connection))
        {
            entries.Parameters.AddWithValue("pl", pl);
            entries.Parameters.AddWithValue("learner", learner);
            entries.Parameters.AddWithValue("from", from);
            entries.Parameters.AddWithValue("to", to);
            await using var reader = await entries.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                text.Append(reader.GetFieldValue<DateOnly>(2).ToString("d", CultureInfo.InvariantCulture)).Append('\t')
                    .Append(reader.GetDecimal(4).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(reader.GetString(5)).Append('\t')
                    .Append(reader.GetFieldValue<Guid[]>(6).Length).Append('\t').Append(reader.GetString(9)).Append('\t').Append(reader.GetString(11))
                    .Append('\t').Append(reader.IsDBNull(15) ? "" : reader.GetString(15)).AppendLine();
            }
        }

        await using (var outcomes = new NpgsqlCommand("SELECT id, code, text FROM programme_outcomes WHERE programme_id = @p ORDER BY sort_order, code", connection))
        {
            outcomes.Parameters.AddWithValue("p", programme);
            await using var reader = await outcomes.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                text.Append(reader.GetString(1)).Append(' ').Append(reader.GetString(2)).AppendLine();
            }
        }

        await using (var planned = new NpgsqlCommand("SELECT sum(hours) FROM programme_loads WHERE programme_id = @p AND form_id = @f", connection))
        {
            planned.Parameters.AddWithValue("p", programme);
            planned.Parameters.AddWithValue("f", form);
            text.Append(await planned.ExecuteScalarAsync(ct)).AppendLine();
        }

        return text.ToString();
    }
}
#endif
