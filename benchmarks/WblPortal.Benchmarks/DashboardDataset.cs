using System.Globalization;
using Npgsql;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Events;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;

namespace WblPortal.Benchmarks;

/// <summary>
/// A national dataset for the dashboard benchmark, written with binary COPY. Deterministic (fixed seed). Shape (per
/// domain.md §8): colleges in the nine regions, 40 % lyceums (NQF 4) and the rest colleges (NQF 5), five specialties
/// each from a national list of 60 codes, three groups per specialty, learners spread evenly (56 % female, 3 % with
/// special needs), 12 employers and 2 mentors each per college, an approved programme per specialty and year, and for
/// each of three academic years every group in two to three placements of the catalogue's forms (mostly completed or
/// assessed, some in progress, proposed or cancelled), plus held information events with attendance.
/// </summary>
internal static class DashboardDataset
{
    private static readonly int[] PlacementForms = [15, 15, 15, 16, 17, 7, 8, 9, 10, 11, 12, 13, 14, 18, 6];
    private static readonly int[] EventForms = [1, 2, 3, 4, 5];

    /// <summary>The ids and shape of what <see cref="BuildAsync"/> wrote, for a generator that adds to it
    /// (<see cref="NationalDataset"/>).</summary>
    internal sealed record Placed(Guid Id, int College, Guid Programme, int Form, Guid? Employer, Guid? Mentor, PlacementStatus Status,
        DateOnly Start, DateOnly End, int Year, Guid Curator, bool RequiresAgreement);

    internal sealed record PlacedLearner(Guid Id, int Placement, Guid Learner, Guid Group);

    internal sealed record Data(
        Guid[] Colleges,
        List<(Guid Id, int College, string Code, int Level)> Specialties,
        List<(Guid Id, int College, int Year, Guid Specialty)> Groups,
        Dictionary<Guid, List<Guid>> LearnersOfGroup,
        List<(Guid Id, Guid College, Guid Group)> Learners,
        List<(Guid Id, int Region, int Sector)> Employers,
        List<(Guid Id, Guid Employer, bool Trained)> Mentors,
        Dictionary<Guid, Guid[]> MentorsOf,
        List<(Guid Id, Guid College)> Curators,
        Dictionary<(Guid Specialty, int Year), Guid> ProgrammeOf,
        List<Placed> Placements,
        List<PlacedLearner> PlacementLearners,
        int Events,
        int Attendance);

    /// <summary>The shape of a generated dataset: the academic years, the id source (deterministic), the clock, and
    /// the academic year that is under way at <see cref="Now"/> (its placements start before now and are mostly in
    /// progress; 0 = none).
    /// <paramref name="FirstCollegeLearners"/>: when not 0, the first college has exactly that many learners (a large
    /// college, for deep list pages and a 5 000-row export) and the rest are spread over the other colleges.</summary>
    internal sealed record Shape(int[] Years, Func<Guid> NewId, DateTime Now, int CurrentYear, Func<int, (string Last, string First)> Name,
        int FirstCollegeLearners = 0);

    public static async Task<string> GenerateAsync(string connectionString, int colleges, int learnerCount)
    {
        await using var connection = await OpenForLoadAsync(connectionString);
        var ids = new DeterministicIds(20261126);
        var data = await BuildAsync(connection, colleges, learnerCount,
            new Shape([2023, 2024, 2025], ids.Next, new DateTime(2026, 11, 26, 6, 0, 0, DateTimeKind.Utc), 0, _ => ("Фамилия", "Аты")));
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return $"{colleges} colleges, {data.Learners.Count} learners, {data.Placements.Count} placements, {data.PlacementLearners.Count} placement learners, {data.Events} events, {data.Attendance} attendance rows";
    }

    /// <summary>An unpooled connection for a bulk load: no command timeout, foreign-key triggers off while loading
    /// (superuser only; where the role is not one, the load still works, more slowly). The rows are consistent by
    /// construction.</summary>
    internal static async Task<NpgsqlConnection> OpenForLoadAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, Timeout = 60 }.ConnectionString);
        await connection.OpenAsync();
        try
        {
            await using var replica = new NpgsqlCommand("SET session_replication_role = replica", connection);
            await replica.ExecuteNonQueryAsync();
        }
        catch (PostgresException)
        {
        }

        return connection;
    }

    internal static async Task<Data> BuildAsync(NpgsqlConnection connection, int colleges, int learnerCount, Shape shape)
    {
        var random = new Random(20261126);
        var now = shape.Now;
        var years = shape.Years;
        var newId = shape.NewId;

        var collegeIds = Enumerable.Range(0, colleges).Select(_ => newId()).ToArray();
        var collegeRegion = collegeIds.Select((_, i) => 1 + (i % 9)).ToArray();
        var collegeLevel = collegeIds.Select((_, i) => i % 5 < 2 ? 4 : 5).ToArray();
        await CopyAsync(connection, "colleges", collegeIds.Select((id, i) => Row(
            ("id", id), ("name_ky", $"Колледж №{i + 1}"), ("name_ru", $"Колледж №{i + 1}"), ("name_en", $"College No. {i + 1}"),
            ("kind", (collegeLevel[i] == 4 ? CollegeKind.Lyceum : CollegeKind.College).ToString()), ("region_id", collegeRegion[i]), ("city", "Шаар"), ("address", "Дарек"), ("director_name", "Директор"))));

        // Specialties: five per college from 60 national codes.
        var specialties = new List<(Guid Id, int College, string Code, int Level)>();
        foreach (var (id, c) in collegeIds.Select((id, c) => (id, c)))
        {
            foreach (var s in Enumerable.Range(0, 5))
            {
                var code = (100100 + ((c * 7 + s * 13) % 60) * 100).ToString(CultureInfo.InvariantCulture);
                if (specialties.Any(x => x.College == c && x.Code == code))
                {
                    code = (100100 + ((c * 7 + s * 13 + 1) % 60) * 100).ToString(CultureInfo.InvariantCulture);
                }

                specialties.Add((newId(), c, code, collegeLevel[c]));
            }
        }

        await CopyAsync(connection, "specialties", specialties.Select(s => Row(
            ("id", s.Id), ("college_id", collegeIds[s.College]), ("code", s.Code), ("name_ky", $"Адистик {s.Code}"), ("name_ru", $"Специальность {s.Code}"), ("nqf_level_id", s.Level))));

        var groups = specialties.SelectMany(s => Enumerable.Range(1, 3).Select(y => (Id: newId(), s.College, Year: y, Specialty: s.Id))).ToList();
        var specialtyOf = specialties.ToDictionary(s => s.Id);
        await CopyAsync(connection, "study_groups", groups.Select((g, i) => Row(
            ("id", g.Id), ("college_id", collegeIds[g.College]), ("specialty_id", g.Specialty), ("name", $"Г-{i}"), ("intake_year", 2026 - g.Year), ("year_of_study", g.Year))));

        var curators = collegeIds.Select(c => (Id: newId(), College: c)).ToList();
        await CopyAsync(connection, "curators", curators.Select(c => Row(("id", c.Id), ("college_id", c.College), ("full_name", "Куратор"), ("position", "Окутуучу"))));

        // Learners, spread over the groups.
        var learnersOfGroup = groups.ToDictionary(g => g.Id, _ => new List<Guid>());
        var learners = new List<(Guid Id, Guid College, Guid Group)>(learnerCount);
        var firstGroups = groups.Count(g => g.College == 0);
        for (var i = 0; i < learnerCount; i++)
        {
            var g = shape.FirstCollegeLearners == 0 ? groups[i % groups.Count]
                : i < shape.FirstCollegeLearners ? groups[i % firstGroups]
                : groups[firstGroups + (i - shape.FirstCollegeLearners) % (groups.Count - firstGroups)];
            var id = newId();
            learners.Add((id, collegeIds[g.College], g.Id));
            learnersOfGroup[g.Id].Add(id);
        }

        await CopyAsync(connection, "learners", learners.Select((l, i) => Row(
            ("id", l.Id), ("college_id", l.College), ("group_id", l.Group), ("last_name", shape.Name(i).Last), ("first_name", shape.Name(i).First),
            ("pin", (10_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture)), ("date_of_birth", new DateOnly(2006 + i % 4, 1 + i % 12, 1 + i % 28)),
            ("gender", (random.Next(100) < 56 ? Gender.Female : Gender.Male).ToString()), ("has_special_needs", random.Next(100) < 3))));

        var employers = Enumerable.Range(0, colleges * 12).Select(i => (Id: newId(), Region: 1 + i % 9, Sector: 1 + i % 12)).ToList();
        await CopyAsync(connection, "employers", employers.Select((e, i) => Row(
            ("id", e.Id), ("name", $"Ишкана {i}"), ("inn", (20_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture)), ("sector", ((EconomicSector)e.Sector).ToString()), ("region_id", e.Region),
            ("address", "Дарек"), ("contact_person", "Байланыш"))));
        var mentors = employers.SelectMany(e => Enumerable.Range(0, 2).Select(k => (Id: newId(), Employer: e.Id, Trained: k == 0))).ToList();
        var mentorsOf = mentors.GroupBy(m => m.Employer).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToArray());
        await CopyAsync(connection, "mentors", mentors.Select((m, i) => Row(
            ("id", m.Id), ("employer_id", m.Employer), ("full_name", $"Насаатчы {i}"), ("position", "Мастер"), ("education_level", EducationLevel.Higher.ToString()), ("years_of_experience", 5),
            ("pedagogical_training_date", m.Trained ? new DateOnly(2024, 3, 1) : null))));

        var programmes = specialties.SelectMany(s => years.Select(y => (Id: newId(), Specialty: s, Year: y))).ToList();
        var programmeOf = programmes.ToDictionary(p => (p.Specialty.Id, p.Year), p => p.Id);
        await CopyAsync(connection, "wbl_programmes", programmes.Select(p => Row(
            ("id", p.Id), ("college_id", collegeIds[p.Specialty.College]), ("specialty_id", p.Specialty.Id), ("academic_year", p.Year), ("revision", 1), ("status", "Approved"),
            ("specialty_code", p.Specialty.Code), ("specialty_name", $"Адистик {p.Specialty.Code}"), ("total_study_hours", 3000),
            ("approval_order_number", "1"), ("approval_date", new DateOnly(p.Year, 8, 28)))));
        await CopyAsync(connection, "programme_loads", programmes.Select((p, i) => Row(
            ("id", newId()), ("programme_id", p.Id), ("college_id", collegeIds[p.Specialty.College]), ("form_id", 15), ("semester", 4),
            ("hours", p.Specialty.Level == 4 ? 1500 + (i % 7) * 100 : 1000 + (i % 5) * 100))));

        // Placements: per group and year two to three placements of about ten learners each.
        var placements = new List<Placed>();
        var placementLearners = new List<PlacedLearner>();
        var statuses = new[] { 8, 9, 9, 9, 7, 8, 2, 10 }; // completed, assessed, in progress, proposed, cancelled
        var currentStatuses = new[] { 7, 7, 7, 8, 6, 2 }; // the year under way: mostly in progress
        foreach (var year in years)
        {
            foreach (var g in groups)
            {
                var members = learnersOfGroup[g.Id];
                var college = collegeIds[g.College];
                var forms = new[] { PlacementForms[random.Next(3)], PlacementForms[random.Next(PlacementForms.Length)] };
                foreach (var form in forms)
                {
                    for (var start = 0; start < members.Count; start += 10)
                    {
                        var chunk = members.Skip(start).Take(10).ToList();
                        var needsEmployer = form is not (6 or 9 or 10 or 11 or 12);
                        var employer = needsEmployer ? employers[(g.College * 12 + random.Next(12)) % employers.Count] : default;
                        Guid? mentor = needsEmployer ? mentorsOf[employer.Id][random.Next(2)] : null;
                        var current = year == shape.CurrentYear;
                        var status = (PlacementStatus)(current ? currentStatuses[random.Next(currentStatuses.Length)] : statuses[random.Next(statuses.Length)]);
                        if (!needsEmployer && status is PlacementStatus.Proposed or PlacementStatus.MentorAssigned)
                        {
                            status = PlacementStatus.InProgress;
                        }

                        var startDate = current ? new DateOnly(year, 9, 1).AddDays(random.Next(80)) : new DateOnly(year, 10, 1).AddDays(random.Next(200));
                        var placed = new Placed(newId(), g.College, programmeOf[(g.Specialty, year)], form, needsEmployer ? employer.Id : null,
                            status is PlacementStatus.Proposed ? null : mentor, status, startDate, startDate.AddDays(27), year, curators[g.College].Id, form is 15 or 16 or 17);
                        placements.Add(placed);
                        placementLearners.AddRange(chunk.Select(l => new PlacedLearner(newId(), placements.Count - 1, l, g.Id)));
                    }
                }
            }
        }

        Console.WriteLine($"writing {placements.Count} placements and {placementLearners.Count} placement learners");
        await CopyPlacementsAsync(connection, collegeIds, placements, placementLearners, now);

        // Held information events: two per college and year, attended by one group each.
        var events = new List<Dictionary<string, object?>>();
        var attendance = new List<Dictionary<string, object?>>();
        foreach (var year in years)
        {
            foreach (var (college, c) in collegeIds.Select((id, c) => (id, c)))
            {
                for (var k = 0; k < 2; k++)
                {
                    var id = newId();
                    events.Add(Row(("id", id), ("college_id", college), ("form_id", EventForms[random.Next(EventForms.Length)]), ("title", "Иш-чара"),
                        ("starts_at", new DateTime(year, 11, 1 + k, 4, 0, 0, DateTimeKind.Utc)), ("status", EventStatus.Held.ToString())));
                    var g = groups[(c * 15 + k * 4) % groups.Count];
                    attendance.AddRange(learnersOfGroup[g.Id].Select(l => Row(
                        ("id", newId()), ("event_id", id), ("college_id", college), ("learner_id", l), ("group_id", g.Id), ("attended", random.Next(10) > 0))));
                }
            }
        }

        await CopyAsync(connection, "information_events", events);
        await CopyAsync(connection, "event_attendance", attendance);

        return new Data(collegeIds, specialties, groups, learnersOfGroup, learners, employers, mentors, mentorsOf, curators,
            programmeOf, placements, placementLearners, events.Count, attendance.Count);
    }

    /// <summary>Writes placements and their learners (the rows a placement of each status carries).</summary>
    internal static async Task CopyPlacementsAsync(NpgsqlConnection connection, Guid[] collegeIds, IReadOnlyList<Placed> placements,
        IEnumerable<PlacedLearner> learners, DateTime now)
    {
        await CopyAsync(connection, "placements", placements.Select(p => Row(
            ("id", p.Id), ("college_id", collegeIds[p.College]), ("programme_id", p.Programme), ("form_id", p.Form),
            ("employer_id", p.Employer), ("start_date", p.Start), ("end_date", p.End),
            ("requested_count", 10), ("confirmed_count", p.Employer is null || p.Status == PlacementStatus.Proposed ? null : 10), ("curator_id", p.Curator),
            ("mentor_id", p.Mentor), ("status", p.Status.ToString()), ("shared_with_employer_at", p.Employer is not null ? now : null),
            ("requires_employer", p.Employer is not null), ("requires_mentor", p.Employer is not null), ("requires_agreement", p.RequiresAgreement),
            ("requires_assessment", true), ("is_long_term", p.Form is 15 or 16 or 17 or 18))));
        await CopyAsync(connection, "placement_learners", learners.Select(l =>
        {
            var p = placements[l.Placement];
            return Row(("id", l.Id), ("placement_id", p.Id), ("college_id", collegeIds[p.College]), ("employer_id", p.Employer),
                ("mentor_id", p.Mentor), ("learner_id", l.Learner), ("group_id", l.Group));
        }));
    }

    internal static Dictionary<string, object?> Row(params (string Column, object? Value)[] values) =>
        values.ToDictionary(v => v.Column, v => v.Value);

    private sealed record Column(string Name, string Type, bool Nullable, bool HasDefault);

    /// <summary>Binary COPY of the rows into the table; columns a row does not name get NULL, or a neutral value when
    /// they are NOT NULL without a default (so the generator survives columns added later).</summary>
    internal static async Task CopyAsync(NpgsqlConnection connection, string table, IEnumerable<Dictionary<string, object?>> rows)
    {
        var columns = new List<Column>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT column_name, udt_name, is_nullable = 'YES', column_default IS NOT NULL FROM information_schema.columns " +
            "WHERE table_schema = 'public' AND table_name = @t AND is_generated = 'NEVER' ORDER BY ordinal_position", connection))
        {
            cmd.Parameters.AddWithValue("t", table);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(new Column(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)));
            }
        }

        if (columns.Count == 0)
        {
            throw new InvalidOperationException($"Table {table} not found.");
        }

        columns = columns.Where(c => !(c.HasDefault && !c.Nullable && c.Name != "id")).ToList();
        var list = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var c in columns)
            {
                var value = row.TryGetValue(c.Name, out var v) ? v : c.Nullable ? null : Neutral(c.Type);
                if (value is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(value, c.Type);
                }
            }
        }

        await writer.CompleteAsync();
    }

    private static object Neutral(string type) => type switch
    {
        "text" or "varchar" or "bpchar" => string.Empty,
        "int2" => (short)0,
        "int4" => 0,
        "int8" => 0L,
        "numeric" => 0m,
        "bool" => false,
        "date" => new DateOnly(2000, 1, 1),
        "timestamptz" => DateTime.UtcNow,
        "timestamp" => DateTime.Now,
        "uuid" => Guid.Empty,
        "jsonb" or "json" => "{}",
        "_uuid" => Array.Empty<Guid>(),
        "_text" => Array.Empty<string>(),
        "_int4" => Array.Empty<int>(),
        _ => throw new InvalidOperationException($"No neutral value for {type}."),
    };
}

/// <summary>Deterministic, time-ordered (version-7 shaped) ids: a fixed base time advancing one millisecond per id and
/// random bits from a fixed seed, so two runs write the same rows.</summary>
internal sealed class DeterministicIds(int seed)
{
    private readonly Random _random = new(seed);
    private long _ms = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        var ms = _ms++;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
