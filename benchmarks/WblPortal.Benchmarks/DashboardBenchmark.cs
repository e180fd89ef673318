using System.Globalization;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.Benchmarks;

/// <summary>
/// <c>dashboard</c> subcommand: generates a national dataset (≥ 250 colleges, 130 000 learners, three academic years
/// of placements) into its own database with binary COPY, then times the ministry dashboard's queries (the same
/// <see cref="NationalStatistics"/> calls the page makes) per filter and prints p50/p95.
/// </summary>
internal static class DashboardBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var colleges = 250;
        var learners = 130_000;
        var runs = 20;
        var regenerate = false;
        var server = Environment.GetEnvironmentVariable("WBL_TEST_DB") ?? "Host=localhost;Port=5432;Username=wbl;Password=wbl";
        var database = "wbl_bench_dashboard";
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--colleges": colleges = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--learners": learners = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--database": database = args[++i]; break;
                case "--regenerate": regenerate = true; break;
            }
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 600 }.ConnectionString;
        var options = new DbContextOptionsBuilder<WblDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(WblDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention()
            .Options;

        if (regenerate)
        {
            var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false, CommandTimeout = 0 }.ConnectionString;
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await using (var db = new WblDbContext(options, new FixedActorAccessor(Actor.System)))
        {

            await db.Database.MigrateAsync();
            if (!await db.Learners.AnyAsync())
            {
                var sw = Stopwatch.StartNew();
                var counts = await DashboardDataset.GenerateAsync(connectionString, colleges, learners);
                Console.WriteLine($"generated {counts} in {sw.Elapsed.TotalSeconds:0.0} s");
            }
            else
            {
                Console.WriteLine($"reusing database {database} (--regenerate to build it anew)");
            }
        }

        var ministry = new Actor("bench", Roles.MinistryAnalyst, OrganizationKind.Ministry, Guid.NewGuid());
        await using var read = new WblDbContext(options, new FixedActorAccessor(ministry));
        var stats = new NationalStatistics(read);
        var outcomes = new NationalOutcomes(read);
        var refresh = Stopwatch.StartNew();
        await NationalFigures.RefreshAsync(read, default);
        Console.WriteLine($"refreshed the national figures (materialized views {NationalFigures.View}, {NationalFigures.LearnerView}, {NationalFigures.FormsTableView}) in {refresh.Elapsed.TotalSeconds:0.0} s");
        var year = await read.Programmes.MaxAsync(p => p.AcademicYear);
        var someCollege = await read.Colleges.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var someSpecialty = await read.Specialties.OrderBy(s => s.Code).Select(s => s.Code).FirstAsync();
        var filters = new (string Name, StatisticsFilter Filter)[]
        {
            ("year only", new StatisticsFilter(year)),
            ("previous year", new StatisticsFilter(year - 1)),
            ("region", new StatisticsFilter(year, RegionId: 9)),
            ("NQF level", new StatisticsFilter(year, NqfLevelId: 4)),
            ("college", new StatisticsFilter(year, CollegeId: someCollege)),
            ("specialty", new StatisticsFilter(year, SpecialtyCode: someSpecialty)),
            ("region+NQF+specialty", new StatisticsFilter(year, RegionId: 9, NqfLevelId: 5, SpecialtyCode: someSpecialty)),
            ("drill: form", new StatisticsFilter(year, FormId: 15)),
        };

        Console.WriteLine($"academic year {year}, {runs} runs per filter after one warm-up; dashboard = the 17 statistics queries of the page");
        Console.WriteLine($"{"filter",-22} {"dashboard p50",14} {"p95",8} {"Table 1 p50",12} {"p95",8} {"drill p50",10} {"p95",8}  learners");
        foreach (var (name, f) in filters)
        {
            var learnersInWbl = 0;
            async Task Dashboard()
            {
                await stats.PrefetchAsync(f, default);
                var partners = await stats.PartnersAsync(f, default);
                var byCollege = await stats.ByCollegeAsync(f, default, partners);
                learnersInWbl = byCollege.Sum(c => c.Learners);
                await stats.ByFormAsync(f, default);
                await stats.ByStageAsync(f, default);
                await stats.ByNqfLevelAsync(f, default);
                await stats.BySpecialtyAsync(f, default);
                await stats.BySectorAsync(f, default);
                await stats.EventsByFormAsync(f, default);
                await stats.ProgrammeSharesAsync(f, default);
                await stats.TrendAsync(f, default);
                await outcomes.AssessmentsByFormAsync(f, default);
                await outcomes.OutcomeLevelsByFormAsync(f, default);
                await outcomes.GraduatesBySpecialtyAsync(f, default);
                await outcomes.EmploymentAsync(f, default);
            }

            var dashboard = await TimeAsync(Dashboard, runs);
            var table1 = await TimeAsync(() => stats.FormsByCollegeAsync(f with { NqfLevelId = null, CollegeId = null, SpecialtyCode = null, FormId = null }, default), runs);
            var drill = await TimeAsync(() => new NationalStatistics(read).ByCollegeAsync(f, default), runs); // a page of its own: no prefetch
            Console.WriteLine($"{name,-22} {dashboard.P50,11:0} ms {dashboard.P95,5:0} ms {table1.P50,9:0} ms {table1.P95,5:0} ms {drill.P50,7:0} ms {drill.P95,5:0} ms  {learnersInWbl}");
        }

        return 0;
    }

    private static async Task<(double P50, double P95)> TimeAsync(Func<Task> action, int runs)
    {
        await action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        return (At(0.5), At(0.95));
    }
}
