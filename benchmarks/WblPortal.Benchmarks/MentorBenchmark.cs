using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;
using WblPortal.Infrastructure.Data.Seeding;

namespace WblPortal.Benchmarks;

/// <summary>
/// <c>mentor</c> subcommand: one database per scale (1×, 10×, 20× a college's diary workload, see
/// <see cref="MentorDataset"/>), the portal hosted in-process on each, a mentor signed in through the login form, and
/// per page: SQL commands and PostgreSQL transactions per request, the database CPU per request (the CPU time of the
/// server processes serving the benchmark's database, read from /proc) and the wall time. Then the ministry
/// dashboard's requests per second once cached.
/// </summary>
internal static partial class MentorBenchmark
{
    private static readonly string[] Pages = ["/Mentor/Diaries", "/Mentor"];

    public static async Task<int> RunAsync(string[] args)
    {
        int[] scales = [1, 10, 20];
        var learners = 40;
        var runs = 100;
        var regenerate = false;
        var server = Environment.GetEnvironmentVariable("WBL_TEST_DB") ?? "Host=localhost;Port=5432;Username=wbl;Password=wbl";
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scales": scales = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--learners": learners = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--regenerate": regenerate = true; break;
            }
        }

        var lines = new List<string>();
        foreach (var scale in scales)
        {
            var database = $"wbl_bench_mentor_{scale}";
            // A small pool, so that the server processes serving the portal are few and all of them are measured.
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 600, MaxPoolSize = 4 }.ConnectionString;
            var counts = await PrepareAsync(server, connectionString, database, scale, learners, regenerate);
            Console.WriteLine($"{scale}×: {counts}");
            await using var portal = new Portal(connectionString);
            var mentor = await portal.SignInAsync(Roles.Mentor, MentorDataset.EmployerId, MentorDataset.MentorId);
            foreach (var page in Pages)
            {
                var m = await MeasureAsync(portal, mentor, page, runs, database, server);
                lines.Add(FormattableString.Invariant(
                    $"{scale,3}× {page,-16} {m.Commands,8:0.0} {m.Transactions,6:0.0} {m.DbCpuMs,10:0.00} ms {m.WallP50,8:0.0} ms {m.WallP95,6:0.0} ms {m.AppCpuMs,8:0.0} ms"));
            }

            if (scale == scales[0])
            {
                // The same page with Npgsql's reset on close (DISCARD ALL before the next command), for comparison.
                var withReset = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = false }.ConnectionString;
                await using var reset = new Portal(withReset);
                var client = await reset.SignInAsync(Roles.Mentor, MentorDataset.EmployerId, MentorDataset.MentorId);
                var m = await MeasureAsync(reset, client, Pages[0], runs, database, server);
                lines.Add(FormattableString.Invariant(
                    $"{scale,3}× {Pages[0],-16} {m.Commands,8:0.0} {m.Transactions,6:0.0} {m.DbCpuMs,10:0.00} ms {m.WallP50,8:0.0} ms {m.WallP95,6:0.0} ms {m.AppCpuMs,8:0.0} ms  (No Reset On Close=false)"));

                lines.Add(await MinistryAsync(portal, runs * 5, database, server));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{runs} requests per page after 10 warm-up requests, one at a time; {learners} learners per college copy");
        Console.WriteLine("scale page             commands   txns   DB CPU/req   wall p50     p95  portal CPU/req");
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    private static async Task<string> PrepareAsync(string server, string connectionString, string database, int scale, int learners, bool regenerate)
    {
        if (regenerate)
        {
            var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false, CommandTimeout = 0 }.ConnectionString;
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await DatabaseInitializer.EnsureDatabaseAsync(connectionString);
        var options = new DbContextOptionsBuilder<WblDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(WblDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var db = new WblDbContext(options, new FixedActorAccessor(Actor.System));
        await DatabaseInitializer.MigrateAsync(db);
        if (await db.Learners.AnyAsync())
        {
            return $"reusing database {database} (--regenerate to build it anew)";
        }

        var sw = Stopwatch.StartNew();
        var counts = await MentorDataset.GenerateAsync(connectionString, scale, learners);
        return $"generated {counts} in {sw.Elapsed.TotalSeconds:0.0} s";
    }

    private sealed record Measurement(double Commands, double Transactions, double DbCpuMs, double WallP50, double WallP95, double AppCpuMs);

    private static async Task<Measurement> MeasureAsync(Portal portal, HttpClient client, string page, int runs, string database, string server)
    {
        for (var i = 0; i < 10; i++)
        {
            await GetAsync(client, page);
        }

        await using var monitor = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString);
        await monitor.OpenAsync();
        await Task.Delay(1100); // PostgreSQL publishes a backend's statistics at most once a second
        var before = await ServerCpuAsync(monitor, database);
        var commits = await TransactionsAsync(monitor, database);
        portal.Commands.Reset();
        using var process = Process.GetCurrentProcess();
        var appCpu = process.TotalProcessorTime;
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await GetAsync(client, page);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        var commands = portal.Commands.Count;
        process.Refresh();
        var appCpuMs = (process.TotalProcessorTime - appCpu).TotalMilliseconds / runs;
        var after = await ServerCpuAsync(monitor, database);
        await Task.Delay(1100);
        var transactions = await TransactionsAsync(monitor, database) - commits - 2; // the two statistics reads of the monitor itself
        var cpu = after.Sum(p => p.Value - before.GetValueOrDefault(p.Key));
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        return new Measurement(commands / (double)runs, transactions / (double)runs, cpu / runs, At(0.5), At(0.95), appCpuMs);
    }

    private static async Task GetAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {page} answered {response.StatusCode}");
        }

        await response.Content.ReadAsStringAsync();
    }

    /// <summary>The cached ministry dashboard: the first request computes it, then requests per second one at a time
    /// and from four clients at once.</summary>
    private static async Task<string> MinistryAsync(Portal portal, int requests, string database, string server)
    {
        var ministry = await portal.SignInAsync(Roles.MinistryAnalyst, null, null);
        var first = Stopwatch.StartNew();
        await GetAsync(ministry, "/Ministry");
        var firstMs = first.Elapsed.TotalMilliseconds;
        var m = await MeasureAsync(portal, ministry, "/Ministry", requests, database, server);
        var clients = new List<HttpClient> { ministry };
        for (var i = 1; i < 4; i++)
        {
            clients.Add(await portal.SignInAsync(Roles.MinistryAnalyst, null, null));
        }

        var sw = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async c =>
        {
            for (var i = 0; i < requests / 4; i++)
            {
                await GetAsync(c, "/Ministry");
            }
        }));
        var parallel = requests / sw.Elapsed.TotalSeconds;
        return FormattableString.Invariant(
            $"  1× /Ministry        {m.Commands,8:0.0} {m.Transactions,6:0.0} {m.DbCpuMs,10:0.00} ms {m.WallP50,8:0.0} ms {m.WallP95,6:0.0} ms {m.AppCpuMs,8:0.0} ms  cached: {1000 / m.WallP50:0} req/s one at a time (wall), {parallel:0} req/s from 4 clients, {1000 / m.AppCpuMs:0} req/s per portal CPU-second; first (computing) request {firstMs:0} ms");
    }

    /// <summary>CPU time (ms) of each server process connected to the database, from /proc/PID/stat (utime + stime).</summary>
    private static async Task<Dictionary<int, double>> ServerCpuAsync(NpgsqlConnection monitor, string database)
    {
        var pids = new List<int>();
        await using (var cmd = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = @d AND pid <> pg_backend_pid()", monitor))
        {
            cmd.Parameters.AddWithValue("d", database);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                pids.Add(reader.GetInt32(0));
            }
        }

        var ticksPerMs = 100.0 / 1000; // USER_HZ
        var cpu = new Dictionary<int, double>();
        foreach (var pid in pids)
        {
            try
            {
                var stat = await File.ReadAllTextAsync($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                cpu[pid] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ticksPerMs;
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }

        return cpu;
    }

    private static async Task<long> TransactionsAsync(NpgsqlConnection monitor, string database)
    {
        await using var cmd = new NpgsqlCommand("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = @d", monitor);
        cmd.Parameters.AddWithValue("d", database);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>The portal in-process on the benchmark's database, in Production mode but without the demo seed, the
    /// e-mail and reminder timers; counts the SQL commands it sends.</summary>
    private sealed partial class Portal(string connectionString) : WebApplicationFactory<WblPortal.Web.SharedResource>
    {
        public CommandCounter Commands { get; } = new();

        private int _users;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(WebProjectDirectory());
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Portal", connectionString);
            builder.UseSetting("Database:Migrate", "false");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseSetting("Notifications:EmailIntervalSeconds", "0");
            builder.UseSetting("Reminders:IntervalMinutes", "0");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Email:PickupDirectory", Path.Combine(Path.GetTempPath(), "wbl-bench-mail"));
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
        }

        /// <summary>src/WblPortal.Web above the running binary: the views are compiled in, the static files are read from there.</summary>
        private static string WebProjectDirectory()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var web = Path.Combine(dir.FullName, "src", "WblPortal.Web");
                if (Directory.Exists(web))
                {
                    return web;
                }
            }

            throw new DirectoryNotFoundException("src/WblPortal.Web not found above " + AppContext.BaseDirectory);
        }

        public async Task<HttpClient> SignInAsync(string role, Guid? organizationId, Guid? mentorId)
        {
            const string password = "Bench-Password-2026";
            using (var scope = Services.CreateScope())
            {
                await DemoDataSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
                var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
                var email = $"bench-{role.ToLowerInvariant()}-{Guid.NewGuid():N}@bench.kg";
                var user = new ApplicationUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    FullName = $"Bench {++_users}",
                    OrganizationKind = Roles.OrganizationKindOf(role),
                    OrganizationId = organizationId ?? (role == Roles.MinistryAnalyst ? MentorDataset.MinistryId : null),
                    MentorId = mentorId,
                };
                var created = await users.CreateAsync(user, password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }

                await users.AddToRoleAsync(user, role);
                var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
                var login = await (await client.GetAsync("/account/login")).Content.ReadAsStringAsync();
                var token = TokenPattern().Match(login).Groups[1].Value;
                var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
                }));
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"Sign-in answered {response.StatusCode}");
                }

                return client;
            }
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();
    }

    internal sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}
