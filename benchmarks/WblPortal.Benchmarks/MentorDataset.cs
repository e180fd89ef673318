using System.Globalization;
using Npgsql;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using static WblPortal.Benchmarks.DashboardDataset;

namespace WblPortal.Benchmarks;

/// <summary>
/// A college's diary workload copied N times (binary COPY, deterministic): each copy is a college with one group of
/// learners (40 by default) in four production practices of ten learners (1 March – 29 May 2026, in progress) at the
/// same large employer, each practice with one of the copy's two mentors, a safety induction per learner and a diary
/// of 4 days a week over 12 weeks (the first 9 weeks approved, the last 3 submitted and awaiting the mentor). The
/// measured mentor (<see cref="MentorId"/>) is copy 0's first mentor: their own learners stay the same at every
/// scale while their employer's, their college's peers' and the database grow N×.
/// </summary>
internal static class MentorDataset
{
    public static readonly Guid EmployerId = new("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid MentorId = new("0193a000-0000-7000-8000-000000000002");
    public static readonly Guid MinistryId = new("0193a000-0000-7000-8000-000000000003");

    public static async Task<string> GenerateAsync(string connectionString, int copies, int learnersPerCollege)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, Timeout = 60 }.ConnectionString);
        await connection.OpenAsync();
        var now = DateTime.UtcNow;
        var start = new DateOnly(2026, 3, 2); // a Monday

        await CopyAsync(connection, "ministries", [Row(("id", MinistryId), ("name_ky", "Министрлик"), ("name_ru", "Министерство"), ("name_en", "Ministry"))]);
        await CopyAsync(connection, "employers", [Row(
            ("id", EmployerId), ("name", "Чоң ишкана"), ("inn", "20000000000001"), ("sector", EconomicSector.Manufacturing.ToString()), ("region_id", 1),
            ("address", "Дарек"), ("contact_person", "Байланыш"))]);

        var colleges = new List<Dictionary<string, object?>>();
        var specialties = new List<Dictionary<string, object?>>();
        var groups = new List<Dictionary<string, object?>>();
        var curators = new List<Dictionary<string, object?>>();
        var mentors = new List<Dictionary<string, object?>>();
        var programmes = new List<Dictionary<string, object?>>();
        var learners = new List<Dictionary<string, object?>>();
        var placements = new List<Dictionary<string, object?>>();
        var rows = new List<Dictionary<string, object?>>();
        var inductions = new List<Dictionary<string, object?>>();
        var entries = new List<Dictionary<string, object?>>();
        for (var c = 0; c < copies; c++)
        {
            var college = Guid.CreateVersion7();
            var specialty = Guid.CreateVersion7();
            var group = Guid.CreateVersion7();
            var curator = Guid.CreateVersion7();
            var programme = Guid.CreateVersion7();
            colleges.Add(Row(("id", college), ("name_ky", $"Колледж №{c + 1}"), ("name_ru", $"Колледж №{c + 1}"), ("name_en", $"College No. {c + 1}"),
                ("kind", CollegeKind.College.ToString()), ("region_id", 1 + c % 9), ("city", "Шаар"), ("address", "Дарек"), ("director_name", "Директор")));
            specialties.Add(Row(("id", specialty), ("college_id", college), ("code", "110100"), ("name_ky", "Адистик"), ("name_ru", "Специальность"), ("nqf_level_id", 5)));
            groups.Add(Row(("id", group), ("college_id", college), ("specialty_id", specialty), ("name", $"Г-{c}"), ("intake_year", 2024), ("year_of_study", 2)));
            curators.Add(Row(("id", curator), ("college_id", college), ("full_name", "Куратор"), ("position", "Окутуучу")));
            programmes.Add(Row(("id", programme), ("college_id", college), ("specialty_id", specialty), ("academic_year", 2025), ("revision", 1), ("status", "Approved"),
                ("specialty_code", "110100"), ("specialty_name", "Адистик"), ("total_study_hours", 3000), ("approval_order_number", "1"), ("approval_date", new DateOnly(2025, 8, 28))));
            Guid[] mentorIds = [c == 0 ? MentorId : Guid.CreateVersion7(), Guid.CreateVersion7()];
            mentors.AddRange(mentorIds.Select((id, k) => Row(
                ("id", id), ("employer_id", EmployerId), ("full_name", $"Насаатчы {c}-{k}"), ("position", "Мастер"), ("education_level", EducationLevel.Higher.ToString()),
                ("years_of_experience", 5), ("pedagogical_training_date", new DateOnly(2024, 3, 1)))));
            var ids = Enumerable.Range(0, learnersPerCollege).Select(_ => Guid.CreateVersion7()).ToList();
            learners.AddRange(ids.Select((id, i) => Row(
                ("id", id), ("college_id", college), ("group_id", group), ("last_name", $"Фамилия{i:000}"), ("first_name", $"Аты{c}"),
                ("pin", (10_000_000_000_000L + c * 1000L + i).ToString(CultureInfo.InvariantCulture)), ("date_of_birth", new DateOnly(2007, 1 + i % 12, 1 + i % 28)),
                ("gender", (i % 2 == 0 ? Gender.Female : Gender.Male).ToString()), ("has_special_needs", false))));
            for (var p = 0; p * 10 < ids.Count; p++)
            {
                var placement = Guid.CreateVersion7();
                var chunk = ids.Skip(p * 10).Take(10).ToList();
                var mentor = mentorIds[p % 2];
                placements.Add(Row(
                    ("id", placement), ("college_id", college), ("programme_id", programme), ("form_id", 15), ("employer_id", EmployerId),
                    ("start_date", start.AddDays(-1)), ("end_date", start.AddDays(12 * 7 - 4)), ("requested_count", chunk.Count), ("confirmed_count", chunk.Count),
                    ("curator_id", curator), ("mentor_id", mentor), ("status", PlacementStatus.InProgress.ToString()), ("shared_with_employer_at", now),
                    ("requires_employer", true), ("requires_mentor", true), ("requires_agreement", true), ("requires_assessment", true), ("is_long_term", true)));
                foreach (var learner in chunk)
                {
                    var row = Guid.CreateVersion7();
                    rows.Add(Row(("id", row), ("placement_id", placement), ("college_id", college), ("employer_id", EmployerId), ("mentor_id", mentor),
                        ("learner_id", learner), ("group_id", group)));
                    inductions.Add(Row(("id", Guid.CreateVersion7()), ("placement_learner_id", row), ("placement_id", placement), ("college_id", college),
                        ("employer_id", EmployerId), ("learner_id", learner), ("charter", true), ("internal_rules", true), ("sanitary", true), ("fire_safety", true),
                        ("labour_protection", true), ("date", start.AddDays(-1)), ("conducted_by_name", "Инженер"), ("conducted_by_position", "Эмгекти коргоо"),
                        ("recorded_by_name", "Инженер"), ("recorded_at", now), ("acknowledged_at", now)));
                    for (var week = 0; week < 12; week++)
                    {
                        var status = week < 9 ? DiaryEntryStatus.Approved : DiaryEntryStatus.Submitted;
                        for (var day = 0; day < 4; day++)
                        {
                            entries.Add(Row(("id", Guid.CreateVersion7()), ("placement_learner_id", row), ("placement_id", placement), ("college_id", college),
                                ("employer_id", EmployerId), ("learner_id", learner), ("date", start.AddDays(week * 7 + day)), ("week_start", start.AddDays(week * 7)),
                                ("hours", 6m), ("tasks", "Жабдууну тазалап, майлады"), ("outcome_ids", Array.Empty<Guid>()), ("status", status.ToString()),
                                ("written_by_mentor", false), ("author_name", "Окуучу"), ("submitted_at", now),
                                ("approved_by_name", status == DiaryEntryStatus.Approved ? "Насаатчы" : null),
                                ("approved_at", status == DiaryEntryStatus.Approved ? now : null)));
                        }
                    }
                }
            }
        }

        await CopyAsync(connection, "colleges", colleges);
        await CopyAsync(connection, "specialties", specialties);
        await CopyAsync(connection, "study_groups", groups);
        await CopyAsync(connection, "curators", curators);
        await CopyAsync(connection, "mentors", mentors);
        await CopyAsync(connection, "wbl_programmes", programmes);
        await CopyAsync(connection, "learners", learners);
        await CopyAsync(connection, "placements", placements);
        await CopyAsync(connection, "placement_learners", rows);
        await CopyAsync(connection, "safety_inductions", inductions);
        await CopyAsync(connection, "diary_entries", entries);
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return $"{copies} colleges, {learners.Count} learners, {placements.Count} placements, {entries.Count} diary entries";
    }
}
