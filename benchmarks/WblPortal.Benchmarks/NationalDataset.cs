using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.Infrastructure.Identity;
using WblPortal.Infrastructure.Statistics;
using static WblPortal.Benchmarks.DashboardDataset;

namespace WblPortal.Benchmarks;

/// <summary>
/// <c>national</c> subcommand: the whole portal at national scale in its own database (issue 14), written with binary
/// COPY after the migrations. On top of <see cref="DashboardDataset"/> (250 colleges in 9 regions, 130 000 learners,
/// 3 000 employers, 6 000 mentors — college 0 a large one with 5 000 learners, the others ≈ 500 —, programmes, placements over the academic years 2024–2026 with 2026 under way,
/// events) it writes ≈ 3 000 000 diary entries with approvals, safety inductions, assessments, issued orders with
/// their lines, tripartite agreements, notifications, and Identity users (the demo password's hash computed once) for
/// every college admin and staff, employer admin, mentor, 10 000+ learners and one ministry analyst.
/// Deterministic: fixed seeds, ids from <see cref="DeterministicIds"/>, a fixed clock (<see cref="Now"/>).
/// </summary>
/// <remarks>
/// Accounts (password <see cref="DemoDataSeeder.DemoPassword"/>): <c>college{c}.admin@national.wbl.kg</c>,
/// <c>college{c}.staff{1,2}@…</c> (c = 0…249), <c>employer{e}@…</c> (e = 0…2999; employer 12c is college c's first),
/// <c>mentor{m}@…</c> (m = 0…5999; mentor 2e is employer e's first), <c>learner{i}@…</c> (i = the learner's number),
/// <c>ministry@national.wbl.kg</c>. The load benchmark's tenants are colleges 0…<see cref="LoadTenants"/>−1: each has a
/// dual-training placement of 30 learners with employer 12c's first mentor (mentor 24c), under way since 1 September
/// 2025 with a diary entry every working day (≈ 330 per learner; the last three weeks submitted and waiting for the
/// mentor). Its learners are <c>learner{i}@…</c> listed by the command.
/// </remarks>
internal static class NationalDataset
{
    public const string Domain = "national.wbl.kg";
    public const int LoadTenants = 10;
    public const int DiaryTarget = 3_000_000;
    public static readonly DateTime Now = new(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc);
    public static readonly Guid MinistryId = new("0193b000-0000-7000-8000-000000000003");

    private static readonly string[] LastNames =
    [
        "Асанов", "Үсөнова", "Токтогулов", "Жээнбекова", "Сыдыков", "Өмүрбекова", "Кадыров", "Бейшенова", "Мамытов", "Турдубаева",
        "Абдыраев", "Исакова", "Осмонов", "Сулайманова", "Курманов", "Төлөгөнова", "Шаршеев", "Айтматова", "Эсенов", "Бакирова",
    ];

    private static readonly string[] FirstNames =
    [
        "Айбек", "Айгерим", "Нурлан", "Гүлнара", "Бакыт", "Жылдыз", "Эрлан", "Чолпон", "Азамат", "Бүбүсара", "Тилек", "Нургүл",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var database = "wbl_national";
        var server = Environment.GetEnvironmentVariable("WBL_TEST_DB") ?? "Host=localhost;Port=5432;Username=wbl;Password=wbl";
        var colleges = 250;
        var learners = 130_000;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--database": database = args[++i]; break;
                case "--colleges": colleges = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--learners": learners = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            }
        }

        var total = Stopwatch.StartNew();
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false, CommandTimeout = 0 }.ConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ConnectionString;
        await DatabaseInitializer.EnsureDatabaseAsync(connectionString);
        var options = new DbContextOptionsBuilder<WblDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(WblDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using (var db = new WblDbContext(options, new FixedActorAccessor(Actor.System)))
        {
            await DatabaseInitializer.MigrateAsync(db);
        }

        Step(total, "migrated");
        var summary = await GenerateAsync(connectionString, colleges, learners, total);
        Step(total, "written");

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        Step(total, "vacuumed and analyzed");
        await using (var db = new WblDbContext(options, new FixedActorAccessor(Actor.System)))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await NationalFigures.RefreshAsync(db, default);
        }

        Step(total, "ministry views refreshed");
        Console.WriteLine(summary);
        Console.WriteLine(FormattableString.Invariant($"national dataset in database {database}: {total.Elapsed.TotalSeconds:0} s in all; load average now {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }

    private static void Step(Stopwatch total, string what) =>
        Console.WriteLine(FormattableString.Invariant($"[{total.Elapsed.TotalSeconds,6:0.0} s] {what}"));

    private static async Task<string> GenerateAsync(string connectionString, int colleges, int learnerCount, Stopwatch total)
    {
        await using var connection = await OpenForLoadAsync(connectionString);
        var ids = new DeterministicIds(20261204);
        var random = new Random(20261204);
        var now = Now;
        var today = DateOnly.FromDateTime(now);
        var data = await BuildAsync(connection, colleges, learnerCount, new Shape([2024, 2025, 2026], ids.Next, now, 2026,
            i => (LastNames[i % LastNames.Length], FirstNames[i / LastNames.Length % FirstNames.Length]), FirstCollegeLearners: 5_000));
        Step(total, "colleges, learners, employers, mentors, programmes, placements, events");
        await CopyAsync(connection, "ministries", [Row(("id", MinistryId), ("name_ky", "Билим берүү жана илим министрлиги"), ("name_ru", "Министерство образования и науки"), ("name_en", "Ministry of Education and Science"))]);

        // The load benchmark's placements: per tenant college a dual training of 30 learners of its first group with
        // one mentor, under way since 1 September 2025 (academic year 2025's programme).
        var heavy = new List<Placed>();
        var heavyLearners = new List<PlacedLearner>();
        var learnerIndex = data.Learners.Select((l, i) => (l.Id, i)).ToDictionary(x => x.Id, x => x.i);
        for (var c = 0; c < Math.Min(LoadTenants, colleges); c++)
        {
            var group = data.Groups.First(g => g.College == c);
            var employer = data.Employers[c * 12].Id;
            var placed = new Placed(ids.Next(), c, data.ProgrammeOf[(group.Specialty, 2025)], 16, employer, data.MentorsOf[employer][0],
                PlacementStatus.InProgress, new DateOnly(2025, 9, 1), new DateOnly(2027, 6, 30), 2025, data.Curators[c].Id, true);
            heavy.Add(placed);
            heavyLearners.AddRange(data.LearnersOfGroup[group.Id].Take(30).Select(l => new PlacedLearner(ids.Next(), heavy.Count - 1, l, group.Id)));
        }

        await CopyPlacementsAsync(connection, data.Colleges, heavy, heavyLearners, now);
        var placements = data.Placements;
        var all = data.PlacementLearners.Select(pl => (Row: pl, P: placements[pl.Placement]))
            .Concat(heavyLearners.Select(pl => (Row: pl, P: heavy[pl.Placement]))).ToList();

        // Diaries: every production practice (form 15) under way or done, a working day each from its start; the
        // length chosen so that the total reaches the target.
        var withDiary = data.PlacementLearners.Select(pl => (Row: pl, P: placements[pl.Placement]))
            .Where(x => x.P.Form == 15 && x.P.Employer is not null && x.P.Status is PlacementStatus.InProgress or PlacementStatus.Completed or PlacementStatus.Assessed)
            .ToList();
        var heavyDays = WorkingDays(new DateOnly(2025, 9, 1), today.AddDays(-1)).ToList();
        var perLearner = 1 + (int)Math.Ceiling((DiaryTarget - heavyDays.Count * (double)heavyLearners.Count) / withDiary.Count);
        var diaries = withDiary.Select(x => (x.Row, x.P, Days: WorkingDays(x.P.Start, x.P.Start.AddDays(60)).Where(d => d < today).Take(perLearner).ToList()))
            .Concat(heavyLearners.Select(pl => (Row: pl, P: heavy[pl.Placement], Days: heavyDays)))
            .ToList();
        var thisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var pendingFrom = thisWeek.AddDays(-14);
        long entries = 0;
        await CopyAsync(connection, "diary_entries", diaries.SelectMany(d => d.Days.Select(day =>
        {
            entries++;
            var week = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            var status = d.P.Status == PlacementStatus.InProgress && week >= pendingFrom ? DiaryEntryStatus.Submitted : DiaryEntryStatus.Approved;
            var at = new DateTime(day.Year, day.Month, day.Day, 12, 0, 0, DateTimeKind.Utc);
            return Row(("id", ids.Next()), ("placement_learner_id", d.Row.Id), ("placement_id", d.P.Id), ("college_id", data.Colleges[d.P.College]),
                ("employer_id", d.P.Employer), ("learner_id", d.Row.Learner), ("date", day), ("week_start", week),
                ("hours", 6m), ("tasks", Tasks[(int)(entries % Tasks.Length)]), ("outcome_ids", Array.Empty<Guid>()), ("status", status.ToString()),
                ("written_by_mentor", false), ("author_name", "Окуучу"), ("submitted_at", at),
                ("approved_by_name", status == DiaryEntryStatus.Approved ? "Насаатчы" : null),
                ("approved_at", status == DiaryEntryStatus.Approved ? at.AddDays(3) : null));
        })));
        Step(total, $"{entries} diary entries");

        await CopyAsync(connection, "safety_inductions", diaries.Select(d => Row(
            ("id", ids.Next()), ("placement_learner_id", d.Row.Id), ("placement_id", d.P.Id), ("college_id", data.Colleges[d.P.College]),
            ("employer_id", d.P.Employer), ("learner_id", d.Row.Learner), ("charter", true), ("internal_rules", true), ("sanitary", true), ("fire_safety", true),
            ("labour_protection", true), ("date", d.P.Start), ("conducted_by_name", "Инженер"), ("conducted_by_position", "Эмгекти коргоо"),
            ("recorded_by_name", "Инженер"), ("recorded_at", now), ("acknowledged_at", now))));

        // Assessments: final for the learners of assessed placements with a mentor.
        var assessed = all.Where(x => x.P.Status == PlacementStatus.Assessed && x.P.Mentor is not null).ToList();
        await CopyAsync(connection, "assessments", assessed.Select((x, i) =>
        {
            var at = new DateTime(x.P.End.Year, x.P.End.Month, x.P.End.Day, 10, 0, 0, DateTimeKind.Utc);
            return Row(("id", ids.Next()), ("placement_id", x.P.Id), ("placement_learner_id", x.Row.Id), ("college_id", data.Colleges[x.P.College]),
                ("employer_id", x.P.Employer), ("mentor_id", x.P.Mentor), ("learner_id", x.Row.Learner), ("programme_id", x.P.Programme),
                ("scale", AssessmentScale.ThreeLevel.ToString()), ("grade_required", true), ("status", AssessmentStatus.Final.ToString()), ("started_at", at),
                ("curator_name", "Куратор"), ("curator_submitted_at", at), ("mentor_name", "Насаатчы"), ("mentor_submitted_at", at),
                ("proposed_by", AssessmentParty.Curator.ToString()), ("final_grade", 3 + i % 3), ("curator_confirmed_at", at), ("curator_confirmed_by", "Куратор"),
                ("mentor_confirmed_at", at), ("mentor_confirmed_by", "Насаатчы"), ("final_at", at), ("acknowledged_at", at), ("scores", "[]"));
        }));
        Step(total, $"{assessed.Count} assessments, {diaries.Count} safety inductions");

        // Issued sending orders: one per employer placement of the year under way (and the load tenants' dual
        // trainings), numbered per college and calendar year, with a line per learner.
        var ordered = placements.Where(p => p.Year == 2026 && p.Employer is not null && p.Status is not (PlacementStatus.Proposed or PlacementStatus.Cancelled))
            .Concat(heavy).ToList();
        var orderIds = ordered.ToDictionary(p => p.Id, _ => ids.Next());
        var numbers = new int[colleges];
        var learnerOf = data.Learners.ToDictionary(l => l.Id, l => learnerIndex[l.Id]);
        await CopyAsync(connection, "orders", ordered.Select(p =>
        {
            var issued = p.Start.AddDays(-7);
            return Row(("id", orderIds[p.Id]), ("college_id", data.Colleges[p.College]), ("kind", OrderKind.SendingLearners.ToString()),
                ("status", OrderStatus.Issued.ToString()), ("year", issued.Year), ("number", ++numbers[p.College]), ("issued_on", issued),
                ("issued_by_name", "Директор"), ("title", "Окуучуларды өндүрүштүк практикага жөнөтүү жөнүндө"), ("placement_id", p.Id),
                ("employer_id", p.Employer), ("employer_name", $"Ишкана {data.Employers.FindIndex(e => e.Id == p.Employer)}"), ("form_id", p.Form),
                ("form_name", "Өндүрүштүк практика"), ("start_date", p.Start), ("end_date", p.End), ("curator_id", p.Curator), ("curator_name", "Куратор"),
                ("issuer_name_ky", $"Колледж №{p.College + 1}"), ("issuer_name_ru", $"Колледж №{p.College + 1}"), ("issuer_city", "Шаар"),
                ("issuer_address", "Дарек"), ("issuer_director_name", "Директор"));
        }));
        var orderedSet = orderIds.Keys.ToHashSet();
        var lines = all.Where(x => orderedSet.Contains(x.P.Id)).ToList();
        var lineNo = new Dictionary<Guid, int>();
        await CopyAsync(connection, "order_lines", lines.Select(x =>
        {
            var i = learnerOf[x.Row.Learner];
            lineNo[x.P.Id] = lineNo.GetValueOrDefault(x.P.Id) + 1;
            return Row(("id", ids.Next()), ("order_id", orderIds[x.P.Id]), ("college_id", data.Colleges[x.P.College]), ("line_no", lineNo[x.P.Id]),
                ("learner_id", x.Row.Learner), ("learner_name", $"{LastNames[i % LastNames.Length]} {FirstNames[i / LastNames.Length % FirstNames.Length]}"),
                ("group_id", x.Row.Group), ("group_name", "Г"), ("curator_id", x.P.Curator), ("curator_name", "Куратор"));
        }));
        Step(total, $"{ordered.Count} orders, {lines.Count} order lines");

        // Tripartite agreements: every learner of an agreement form in the year under way, confirmed by all three.
        var agreed = all.Where(x => x.P.RequiresAgreement && x.P.Employer is not null && (x.P.Year == 2026 || heavy.Contains(x.P))
            && x.P.Status is not (PlacementStatus.Proposed or PlacementStatus.Cancelled)).ToList();
        await CopyAsync(connection, "agreements", agreed.Select(x =>
        {
            var at = new DateTime(x.P.Start.Year, x.P.Start.Month, x.P.Start.Day, 8, 0, 0, DateTimeKind.Utc).AddDays(-3);
            return Row(("id", ids.Next()), ("college_id", data.Colleges[x.P.College]), ("employer_id", x.P.Employer), ("placement_id", x.P.Id),
                ("learner_id", x.Row.Learner), ("status", AgreementStatus.Confirmed.ToString()), ("college_confirmed_at", at), ("college_confirmed_by_name", "Директор"),
                ("employer_confirmed_at", at), ("employer_confirmed_by_name", "Жетекчи"), ("learner_confirmed_at", at), ("learner_confirmed_by_name", "Окуучу"),
                ("learner_consent_kind", LearnerConsentKind.Learner.ToString()));
        }));
        Step(total, $"{agreed.Count} agreements");

        // Users: the demo password's hash computed once (the portal's iteration count) and reused.
        var hasher = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = new WblPortal.Web.Security.SecurityOptions().PasswordHashIterations }));
        var hash = hasher.HashPassword(new ApplicationUser { FullName = "" }, DemoDataSeeder.DemoPassword);
        var roleIds = Roles.All.ToDictionary(r => r, r => ids.Next().ToString());
        await CopyAsync(connection, "AspNetRoles", Roles.All.Select(r => Row(("id", roleIds[r]), ("name", r), ("normalized_name", r.ToUpperInvariant()), ("concurrency_stamp", ids.Next().ToString()))));
        var users = new List<(string Email, string Name, string Role, OrganizationKind Kind, Guid? Org, Guid? Mentor, Guid? Learner)>
        {
            ($"ministry@{Domain}", "Министрлик талдоочусу", Roles.MinistryAnalyst, OrganizationKind.Ministry, MinistryId, null, null),
        };
        for (var c = 0; c < colleges; c++)
        {
            users.Add(($"college{c}.admin@{Domain}", $"Колледж {c} администратору", Roles.CollegeAdmin, OrganizationKind.College, data.Colleges[c], null, null));
            users.Add(($"college{c}.staff1@{Domain}", $"Колледж {c} кызматкери 1", Roles.CollegeStaff, OrganizationKind.College, data.Colleges[c], null, null));
            users.Add(($"college{c}.staff2@{Domain}", $"Колледж {c} кызматкери 2", Roles.CollegeStaff, OrganizationKind.College, data.Colleges[c], null, null));
        }

        users.AddRange(data.Employers.Select((e, i) => ($"employer{i}@{Domain}", $"Ишкана {i} жетекчиси", Roles.EmployerAdmin, OrganizationKind.Employer, (Guid?)e.Id, (Guid?)null, (Guid?)null)));
        users.AddRange(data.Mentors.Select((m, i) => ($"mentor{i}@{Domain}", $"Насаатчы {i}", Roles.Mentor, OrganizationKind.Employer, (Guid?)m.Employer, (Guid?)m.Id, (Guid?)null)));
        var learnerUsers = data.Learners.Take(10_000).Select(l => l.Id).Concat(heavyLearners.Select(l => l.Learner)).Distinct().ToList();
        users.AddRange(learnerUsers.Select(l =>
        {
            var i = learnerOf[l];
            return ($"learner{i}@{Domain}", $"{LastNames[i % LastNames.Length]} {FirstNames[i / LastNames.Length % FirstNames.Length]}", Roles.Learner,
                OrganizationKind.College, (Guid?)data.Learners[i].College, (Guid?)null, (Guid?)l);
        }));
        var userIds = users.Select(_ => ids.Next().ToString()).ToList();
        await CopyAsync(connection, "AspNetUsers", users.Select((u, i) => Row(
            ("id", userIds[i]), ("full_name", u.Name), ("organization_kind", (int)u.Kind), ("organization_id", u.Org), ("mentor_id", u.Mentor), ("learner_id", u.Learner),
            ("created_at", now), ("user_name", u.Email), ("normalized_user_name", u.Email.ToUpperInvariant()), ("email", u.Email),
            ("normalized_email", u.Email.ToUpperInvariant()), ("email_confirmed", true), ("password_hash", hash), ("security_stamp", ids.Next().ToString("N").ToUpperInvariant()),
            ("concurrency_stamp", ids.Next().ToString()), ("phone_number_confirmed", false), ("two_factor_enabled", false), ("lockout_enabled", true), ("access_failed_count", 0))));
        await CopyAsync(connection, "AspNetUserRoles", users.Select((u, i) => Row(("user_id", userIds[i]), ("role_id", roleIds[u.Role]))));
        Step(total, $"{users.Count} users ({learnerUsers.Count} learners)");

        // Notifications: the inboxes of colleges, employers, mentors and learners, a few each (more for the tenants).
        var notifications = new List<Dictionary<string, object?>>();
        DateTime When() => now.AddMinutes(-random.Next(60 * 24 * 90));
        foreach (var p in placements.Where(p => p.Year == 2026 && p.Employer is not null))
        {
            notifications.Add(Row(("id", ids.Next()), ("recipient_employer_id", p.Employer), ("sender_organization_id", data.Colleges[p.College]),
                ("message_key", "Notify_PlacementProposed"), ("subject_type", nameof(Placement)), ("subject_id", p.Id), ("created_at", When()), ("email_sent_at", now)));
            notifications.Add(Row(("id", ids.Next()), ("recipient_college_id", data.Colleges[p.College]), ("sender_organization_id", p.Employer),
                ("message_key", "Notify_PlacementConfirmed"), ("subject_type", nameof(Placement)), ("subject_id", p.Id), ("created_at", When()), ("email_sent_at", now)));
            if (p.Mentor is not null)
            {
                notifications.Add(Row(("id", ids.Next()), ("recipient_mentor_id", p.Mentor), ("sender_organization_id", p.Employer),
                    ("message_key", "Notify_MentorAssigned"), ("subject_type", nameof(Placement)), ("subject_id", p.Id), ("created_at", When()), ("email_sent_at", now)));
            }
        }

        foreach (var x in all.Where(x => x.P.Year == 2026 && x.P.Employer is not null && learnerUsers.Count > 0))
        {
            notifications.Add(Row(("id", ids.Next()), ("recipient_learner_id", x.Row.Learner), ("sender_organization_id", data.Colleges[x.P.College]),
                ("message_key", "Notify_PlacementConfirmed"), ("subject_type", nameof(Placement)), ("subject_id", x.P.Id), ("created_at", When()), ("email_sent_at", now)));
        }

        await CopyAsync(connection, "notifications", notifications);
        Step(total, $"{notifications.Count} notifications");

        Console.WriteLine("load benchmark tenants (college c: admin, mentor with 30 learners, employer, a learner with the long diary):");
        for (var c = 0; c < heavy.Count; c++)
        {
            var mentor = data.Mentors.FindIndex(m => m.Id == heavy[c].Mentor);
            var learner = learnerOf[heavyLearners.First(l => l.Placement == c).Learner];
            Console.WriteLine($"  college{c}.admin@{Domain}  mentor{mentor}@{Domain}  employer{c * 12}@{Domain}  learner{learner}@{Domain}");
        }

        return $"{colleges} colleges, {data.Learners.Count} learners, {data.Employers.Count} employers, {data.Mentors.Count} mentors, " +
            $"{placements.Count + heavy.Count} placements, {all.Count} placement learners, {entries} diary entries, {assessed.Count} assessments, " +
            $"{ordered.Count} orders, {agreed.Count} agreements, {data.Events} events, {notifications.Count} notifications, {users.Count} users";
    }

    private static readonly string[] Tasks =
    [
        "Жабдууну тазалап, майлады", "Чийме боюнча деталды даярдады", "Устаттын көзөмөлүндө монтаж жүргүздү", "Сапатты текшерүүгө катышты",
        "Коопсуздук эрежелерин үйрөндү", "Кардарлар менен иштөөнү байкады",
    ];

    private static IEnumerable<DateOnly> WorkingDays(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                yield return d;
            }
        }
    }
}
