using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Events;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Infrastructure.Statistics;

/// <summary>
/// The filters of the national dashboard (academic year, region, NQF level, college, specialty code) and the
/// drill-down dimensions a figure adds (form, stage, employer sector, gender, special educational needs).
/// </summary>
public sealed record StatisticsFilter(
    int Year,
    int? RegionId = null,
    int? NqfLevelId = null,
    Guid? CollegeId = null,
    string? SpecialtyCode = null,
    int? FormId = null,
    WblStage? Stage = null,
    EconomicSector? Sector = null,
    Gender? Gender = null,
    bool? SpecialNeeds = null)
{
    public DateTimeOffset YearStart => BishkekTime.StartOf(AcademicCalendar.StartOf(Year));

    public DateTimeOffset YearEnd => BishkekTime.StartOf(AcademicCalendar.StartOf(Year + 1));
}

/// <summary>
/// National counts for the ministry, computed from recorded placements and information events. Counts only:
/// nothing here returns a person's data.
/// </summary>
/// <remarks>
/// <b>"In WBL"</b>: a learner is in WBL in academic year Y when they are a learner of a placement whose programme is
/// of year Y and whose status is in progress, completed or assessed (<see cref="PlacementCounting.CountedStatuses"/>): the placement
/// really took place. Planned, proposed, declined and cancelled placements are not counted. Attendance of held
/// information events (stage 0–1 forms) is counted separately, per form, and in Table 1; it does not make a learner
/// "in WBL". A college is in WBL when one of its learners is. Active employers and mentors are those of counted
/// placements. The placement figures are sums over the pre-computed cells of <see cref="NationalFigures"/> (refreshed on
/// a schedule), and so is Table 1; events and programme shares (small tables) are computed live. National figures are
/// the ministry's (and the platform admin's): any other actor is refused.
/// </remarks>
public sealed class NationalStatistics(WblDbContext db, bool refreshOnRead = false)
{
    private bool _ready;

    /// <summary>The ministry reads every college's rows: its live queries skip the tenant filter by name, which keeps the
    /// SQL plain (one join per navigation).</summary>
    private static IQueryable<T> Rows<T>(DbSet<T> set) where T : class =>
        set.AsNoTracking().IgnoreQueryFilters([WblDbContext.TenantFilter]);

    public sealed record CollegeCounts(Guid CollegeId, int RegionId, int Learners, int Female, int Male, int SpecialNeeds, int Placements, int Employers, int Mentors);

    public sealed record NationalCounts(int Employers, int Mentors, int MentorsTrained);

    public sealed record GroupCounts<TKey>(TKey Key, int Learners, int Placements);

    public sealed record FormCounts(int FormId, int Learners, int Female, int Male, int Placements);

    public sealed record EventCounts(int FormId, int Events, int Attendees);

    public sealed record ProgrammeShare(Guid ProgrammeId, Guid CollegeId, string SpecialtyCode, string SpecialtyName, int NqfLevelId,
        int TotalStudyHours, int WblHours, decimal MinSharePercent)
    {
        public decimal SharePercent => TotalStudyHours <= 0 ? 0 : Math.Round(100m * WblHours / TotalStudyHours, 1);

        public bool BelowMinimum => SharePercent < MinSharePercent;
    }

    public sealed record YearCounts(int Year, int Colleges, int Learners, int Placements);

    /// <summary>A row of summed cells: the values of the grouped columns, then the learners and placements.</summary>
    private sealed record Cell(object?[] Keys, int Learners, int Placements);

    /// <summary>The columns of the learner cells (<see cref="NationalFigures.LearnerView"/>): the academic year and the
    /// learner's own dimensions.</summary>
    private static readonly string[] LearnerColumns = ["academic_year", "college_id", "region_id", "nqf_level_id", "specialty_code", "gender", "has_special_needs"];

    /// <summary>The learner flag that counts each learner once per value of the placement dimensions (form, stage,
    /// sector) the filter and the grouping involve; form implies stage.</summary>
    private static string LearnerFlag(StatisticsFilter f, string[] groupBy)
    {
        var form = f.FormId is not null || groupBy.Contains("form_id");
        var stage = !form && (f.Stage is not null || groupBy.Contains("stage"));
        var sector = f.Sector is not null || groupBy.Contains("sector");
        return (form, stage, sector) switch
        {
            (true, _, true) => "l_form_sector",
            (true, _, false) => "l_form",
            (false, true, true) => "l_stage_sector",
            (false, true, false) => "l_stage",
            (false, false, true) => "l_sector",
            _ => "l_any",
        };
    }

    /// <summary>The placement flag that counts each placement once per value of the learner dimensions (gender,
    /// special needs) the filter involves (the groupings sum placements over those).</summary>
    private static string PlacementFlag(StatisticsFilter f) => (f.Gender is not null, f.SpecialNeeds == true) switch
    {
        (true, true) => "p_gender_sen",
        (true, false) => "p_gender",
        (false, true) => "p_sen",
        _ => "p_any",
    };

    /// <summary>The groupings of the dashboard's figures, fetched by <see cref="PrefetchAsync"/> in one statement.</summary>
    private static readonly string[][] DashboardSets =
    [
        ["college_id", "region_id", "gender", "has_special_needs"],
        ["college_id", "employer_id", "mentor_id", "mentor_trained"],
        ["form_id", "gender"],
        ["stage"],
        ["nqf_level_id"],
        ["specialty_code"],
        ["sector"],
    ];

    private readonly Dictionary<string, List<Cell>> _prefetched = [];
    private StatisticsFilter? _prefetchedFor;

    /// <summary>Computes every grouping the dashboard's figures need (per college, partners, form, stage, NQF level,
    /// specialty, sector) in one GROUPING SETS statement over the cells; the By…Async calls with the same filter then
    /// read the result instead of querying again.</summary>
    public async Task PrefetchAsync(StatisticsFilter f, CancellationToken ct)
    {
        var results = await CellSetsAsync(f, DashboardSets, false, ct);
        _prefetched.Clear();
        for (var i = 0; i < DashboardSets.Length; i++)
        {
            _prefetched[string.Join(",", DashboardSets[i])] = results[i];
        }

        _prefetchedFor = f;
    }

    private async Task<List<Cell>> CellsAsync(StatisticsFilter f, string[] groupBy, bool anyYear, CancellationToken ct) =>
        !anyYear && f == _prefetchedFor && _prefetched.TryGetValue(string.Join(",", groupBy), out var cached)
            ? cached
            : (await CellSetsAsync(f, [groupBy], anyYear, ct))[0];

    /// <summary>Fills the views on first use when they never were (a fresh database), or refreshes them first when
    /// the figures are to be read current (tests).</summary>
    private async Task EnsureFiguresAsync(CancellationToken ct)
    {
        if (!db.Actor.ReadsAll)
        {
            throw new InvalidOperationException("National figures are the ministry's: only readers of every row read them.");
        }

        if (!_ready)
        {
            var populated = await NationalFigures.RefreshedAtAsync(db, ct) is not null;
            if (refreshOnRead || !populated)
            {
                await NationalFigures.RefreshAsync(db, ct);
            }

            _ready = true;
        }
    }

    /// <summary>Sums the cells per grouping set, each with the learner and placement flags that count exactly for
    /// that grouping under the filter.</summary>
    private async Task<List<Cell>[]> CellSetsAsync(StatisticsFilter f, string[][] sets, bool anyYear, CancellationToken ct)
    {
        await EnsureFiguresAsync(ct);

        var where = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        void Add(string condition, string name, object value)
        {
            where.Add(condition);
            parameters.Add(new NpgsqlParameter(name, value));
        }

        if (!anyYear)
        {
            Add("academic_year = @year", "year", f.Year);
        }

        if (f.RegionId is { } region)
        {
            Add("region_id = @region", "region", region);
        }

        if (f.NqfLevelId is { } level)
        {
            Add("nqf_level_id = @nqf", "nqf", level);
        }

        if (f.CollegeId is { } college)
        {
            Add("college_id = @college", "college", college);
        }

        if (!string.IsNullOrEmpty(f.SpecialtyCode))
        {
            Add("specialty_code = @specialty", "specialty", f.SpecialtyCode);
        }

        if (f.FormId is { } form)
        {
            Add("form_id = @form", "form", form);
        }

        if (f.Stage is { } stage)
        {
            Add("stage = @stage", "stage", stage.ToString());
        }

        if (f.Sector is { } sector)
        {
            Add("sector = @sector", "sector", sector.ToString());
        }

        if (f.Gender is { } gender)
        {
            Add("gender = @gender", "gender", gender.ToString());
        }

        if (f.SpecialNeeds == true)
        {
            where.Add("has_special_needs");
        }

        var columns = sets.SelectMany(x => x).Distinct().ToArray();
        // Without a placement dimension in the filter or the groupings, the learner cells (summed over those) suffice.
        var source = f.FormId is null && f.Stage is null && f.Sector is null && columns.All(LearnerColumns.Contains)
            ? NationalFigures.LearnerView
            : NationalFigures.View;
        // GROUPING(a, b, …) has a 1 bit for each column not grouped in the row's set, the first column highest.
        var masks = sets.Select(set => columns.Select((c, i) => set.Contains(c) ? 0 : 1 << (columns.Length - 1 - i)).Sum()).ToArray();
        // Only the flags these groupings need are summed (fewer aggregates per row).
        var needed = sets.Select(set => LearnerFlag(f, set)).Append(PlacementFlag(f)).Distinct().ToList();
        var sql = $"SELECT GROUPING({string.Join(", ", columns)}), {string.Join(", ", columns)}, "
            + string.Join(", ", needed.Select(x => $"sum({x})::int")) + $" FROM {source}"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " GROUP BY GROUPING SETS (" + string.Join(", ", sets.Select(set => "(" + string.Join(", ", set) + ")")) + ")";
        var learnerFlags = sets.Select(set => needed.IndexOf(LearnerFlag(f, set))).ToArray();
        var placementFlag = needed.IndexOf(PlacementFlag(f));
        var results = sets.Select(_ => new List<Cell>()).ToArray();
        var connection = db.Database.GetDbConnection();
        var close = connection.State != System.Data.ConnectionState.Open;
        if (close)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            // A whole year's cells need more than the default 4 MB of work memory to aggregate all sets in one hash
            // pass (instead of sorting on disk); SET LOCAL keeps the setting to this statement's transaction.
            await using var transaction = db.Database.CurrentTransaction is null ? await connection.BeginTransactionAsync(ct) : null;
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = (transaction is null ? "" : "SET LOCAL work_mem = '32MB'; ") + sql;
            command.Transaction = transaction ?? db.Database.CurrentTransaction?.GetDbTransaction();
            command.Parameters.AddRange(parameters.ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var index = Array.IndexOf(masks, reader.GetInt32(0));
                var set = sets[index];
                var keys = new object?[set.Length];
                for (var i = 0; i < keys.Length; i++)
                {
                    var ordinal = 1 + Array.IndexOf(columns, set[i]);
                    keys[i] = reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal);
                }

                var sums = 1 + columns.Length;
                results[index].Add(new Cell(keys, reader.GetInt32(sums + learnerFlags[index]), reader.GetInt32(sums + placementFlag)));
            }

            return results;
        }
        finally
        {
            if (close)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>Per college: learners in WBL (and by gender, with special needs), placements, employers, mentors.
    /// Colleges without a counted placement are left out.</summary>
    /// <remarks>Learners are summed per (college, gender, special needs), which is exact since each learner has one of
    /// each; employers and mentors come from <see cref="PartnersAsync"/>.</remarks>
    public async Task<List<CollegeCounts>> ByCollegeAsync(StatisticsFilter f, CancellationToken ct, IReadOnlyList<Partner>? partners = null)
    {
        var cells = await CellsAsync(f, ["college_id", "region_id", "gender", "has_special_needs"], false, ct);
        partners ??= await PartnersAsync(f, ct);
        var ofCollege = partners.ToLookup(x => x.CollegeId);
        return cells.GroupBy(c => (Guid)c.Keys[0]!).Select(g =>
        {
            var e = ofCollege[g.Key];
            return new CollegeCounts(g.Key, (int)g.First().Keys[1]!, g.Sum(c => c.Learners),
                g.Where(c => (string)c.Keys[2]! == nameof(Gender.Female)).Sum(c => c.Learners),
                g.Where(c => (string)c.Keys[2]! == nameof(Gender.Male)).Sum(c => c.Learners),
                g.Where(c => (bool)c.Keys[3]!).Sum(c => c.Learners), g.Sum(c => c.Placements),
                e.Where(x => x.EmployerId != null).Select(x => x.EmployerId).Distinct().Count(),
                e.Where(x => x.MentorId != null).Select(x => x.MentorId).Distinct().Count());
        }).ToList();
    }

    /// <summary>The distinct (college, employer, mentor) triples of counted placements: a few per college.</summary>
    public sealed record Partner(Guid CollegeId, Guid? EmployerId, Guid? MentorId, bool MentorTrained);

    public async Task<List<Partner>> PartnersAsync(StatisticsFilter f, CancellationToken ct) =>
        (await CellsAsync(f, ["college_id", "employer_id", "mentor_id", "mentor_trained"], false, ct))
            .Select(c => new Partner((Guid)c.Keys[0]!, (Guid?)c.Keys[1], (Guid?)c.Keys[2], (bool)c.Keys[3]!)).ToList();

    /// <summary>Distinct employers and mentors of counted placements across the filter (not a sum over colleges:
    /// one employer may host learners of several colleges).</summary>
    public static NationalCounts National(IReadOnlyList<Partner> partners) => new(
        partners.Where(x => x.EmployerId != null).Select(x => x.EmployerId).Distinct().Count(),
        partners.Where(x => x.MentorId != null).Select(x => x.MentorId).Distinct().Count(),
        partners.Where(x => x.MentorId != null && x.MentorTrained).Select(x => x.MentorId).Distinct().Count());

    public async Task<List<FormCounts>> ByFormAsync(StatisticsFilter f, CancellationToken ct) =>
        (await CellsAsync(f, ["form_id", "gender"], false, ct)).GroupBy(c => (int)c.Keys[0]!)
            .Select(g => new FormCounts(g.Key, g.Sum(c => c.Learners), g.Where(c => (string)c.Keys[1]! == nameof(Gender.Female)).Sum(c => c.Learners),
                g.Where(c => (string)c.Keys[1]! == nameof(Gender.Male)).Sum(c => c.Learners), g.Sum(c => c.Placements)))
            .ToList();

    public async Task<List<GroupCounts<WblStage>>> ByStageAsync(StatisticsFilter f, CancellationToken ct) =>
        (await CellsAsync(f, ["stage"], false, ct)).Select(c => new GroupCounts<WblStage>(Enum.Parse<WblStage>((string)c.Keys[0]!), c.Learners, c.Placements)).ToList();

    public async Task<List<GroupCounts<int>>> ByNqfLevelAsync(StatisticsFilter f, CancellationToken ct) =>
        (await CellsAsync(f, ["nqf_level_id"], false, ct)).Select(c => new GroupCounts<int>((int)c.Keys[0]!, c.Learners, c.Placements)).ToList();

    public async Task<List<GroupCounts<string>>> BySpecialtyAsync(StatisticsFilter f, CancellationToken ct) =>
        (await CellsAsync(f, ["specialty_code"], false, ct)).Select(c => new GroupCounts<string>((string)c.Keys[0]!, c.Learners, c.Placements)).ToList();

    /// <summary>By the employer's sector; placements without an employer (college workshops, labs) have no sector.</summary>
    public async Task<List<GroupCounts<EconomicSector?>>> BySectorAsync(StatisticsFilter f, CancellationToken ct) =>
        (await CellsAsync(f, ["sector"], false, ct))
            .Select(c => new GroupCounts<EconomicSector?>(c.Keys[0] is string sector ? Enum.Parse<EconomicSector>(sector) : null, c.Learners, c.Placements)).ToList();

    /// <summary>Held information events of the academic year (by their date) and their attending learners, per form.
    /// NQF level and specialty narrow the attendance through the learner's group.</summary>
    public Task<List<EventCounts>> EventsByFormAsync(StatisticsFilter f, CancellationToken ct) =>
        Attendance(f)
            .GroupBy(a => a.FormId)
            .Select(g => new EventCounts(g.Key, g.Select(a => a.EventId).Distinct().Count(), g.Select(a => a.LearnerId).Distinct().Count()))
            .ToListAsync(ct);

    /// <summary>An attendance row of a held event, flattened with the event's form.</summary>
    private sealed class AttendanceFact
    {
        public Guid CollegeId { get; init; }
        public Guid EventId { get; init; }
        public Guid LearnerId { get; init; }
        public Guid GroupId { get; init; }
        public int FormId { get; init; }
        public WblStage Stage { get; init; }
    }

    private IQueryable<AttendanceFact> Attendance(StatisticsFilter f)
    {
        var start = f.YearStart;
        var end = f.YearEnd;
        var q = from a in Rows(db.EventAttendance)
                join e in Rows(db.InformationEvents) on a.EventId equals e.Id
                where a.Attended && e.Status == EventStatus.Held && e.StartsAt >= start && e.StartsAt < end
                select new AttendanceFact { CollegeId = a.CollegeId, EventId = e.Id, LearnerId = a.LearnerId, GroupId = a.GroupId, FormId = e.FormId, Stage = e.Form!.Stage };
        if (f.RegionId is { } region)
        {
            q = q.Where(a => Rows(db.Colleges).Any(c => c.Id == a.CollegeId && c.RegionId == region));
        }

        if (f.CollegeId is { } college)
        {
            q = q.Where(a => a.CollegeId == college);
        }

        if (f.NqfLevelId is { } level)
        {
            q = q.Where(a => Rows(db.StudyGroups).Any(g => g.Id == a.GroupId && g.Specialty!.NqfLevelId == level));
        }

        if (!string.IsNullOrEmpty(f.SpecialtyCode))
        {
            q = q.Where(a => Rows(db.StudyGroups).Any(g => g.Id == a.GroupId && g.Specialty!.Code == f.SpecialtyCode));
        }

        if (f.FormId is { } form)
        {
            q = q.Where(a => a.FormId == form);
        }

        if (f.Stage is { } stage)
        {
            q = q.Where(a => a.Stage == stage);
        }

        if (f.Gender is { } gender)
        {
            q = q.Where(a => Rows(db.Learners).Any(l => l.Id == a.LearnerId && l.Gender == gender));
        }

        if (f.SpecialNeeds == true)
        {
            q = q.Where(a => Rows(db.Learners).Any(l => l.Id == a.LearnerId && l.HasSpecialNeeds));
        }

        return q;
    }

    /// <summary>Approved programmes of the year with their WBL share and the minimum of their NQF level.</summary>
    public Task<List<ProgrammeShare>> ProgrammeSharesAsync(StatisticsFilter f, CancellationToken ct)
    {
        var q = Rows(db.Programmes).Where(p => p.AcademicYear == f.Year && p.Status == Domain.Programmes.ProgrammeStatus.Approved);
        if (f.RegionId is { } region)
        {
            q = q.Where(p => p.College!.RegionId == region);
        }

        if (f.NqfLevelId is { } level)
        {
            q = q.Where(p => p.Specialty!.NqfLevelId == level);
        }

        if (f.CollegeId is { } college)
        {
            q = q.Where(p => p.CollegeId == college);
        }

        if (!string.IsNullOrEmpty(f.SpecialtyCode))
        {
            q = q.Where(p => p.SpecialtyCode == f.SpecialtyCode);
        }

        return q.OrderBy(p => p.CollegeId).ThenBy(p => p.SpecialtyCode)
            .Select(p => new ProgrammeShare(p.Id, p.CollegeId, p.SpecialtyCode, p.SpecialtyName, p.Specialty!.NqfLevelId, p.TotalStudyHours,
                p.Loads.Sum(l => l.Hours), p.Specialty.NqfLevel!.MinWblSharePercent))
            .ToListAsync(ct);
    }

    /// <summary>Colleges, learners and placements in WBL per academic year, with every filter but the year.</summary>
    public async Task<List<YearCounts>> TrendAsync(StatisticsFilter f, CancellationToken ct) =>
        (await CellsAsync(f, ["academic_year", "college_id"], true, ct)).GroupBy(c => (int)c.Keys[0]!)
            .Select(g => new YearCounts(g.Key, g.Count(), g.Sum(c => c.Learners), g.Sum(c => c.Placements)))
            .OrderBy(y => y.Year).ToList();

    /// <summary>Table 1 of the concept ("WBL forms by college"): per college, the distinct learners of each Table 1
    /// column (<see cref="FormsTable.Columns"/>), from counted placements and from attendance of held events of the
    /// academic year; a learner who took part in two forms of one column counts once. Read from the pre-computed
    /// <see cref="NationalFigures.FormsTableView"/>, narrowed by the year and the region only; the ministry's figure.</summary>
    public async Task<List<FormsTable.Row>> FormsByCollegeAsync(StatisticsFilter f, CancellationToken ct)
    {
        await EnsureFiguresAsync(ct);
        var cells = await (f.RegionId is { } region
                ? db.Database.SqlQuery<FormsTableCell>(
                    $"SELECT college_id, table_column, learners FROM ministry_wbl_forms_table WHERE academic_year = {f.Year} AND region_id = {region}")
                : db.Database.SqlQuery<FormsTableCell>(
                    $"SELECT college_id, table_column, learners FROM ministry_wbl_forms_table WHERE academic_year = {f.Year}"))
            .ToListAsync(ct);
        return cells.GroupBy(c => c.CollegeId)
            .Select(g =>
            {
                var row = new int[FormsTable.Columns.Count];
                foreach (var c in g)
                {
                    var index = FormsTable.IndexOfFirstForm(c.TableColumn);
                    if (index >= 0)
                    {
                        row[index] += c.Learners;
                    }
                }

                return new FormsTable.Row(g.Key, row);
            })
            .ToList();
    }

    private sealed record FormsTableCell(Guid CollegeId, int TableColumn, int Learners);
}

/// <summary>The columns of Table 1 of the concept ("WBL forms implemented in the pilot colleges"), in its order, as
/// groups of catalogue forms (ReferenceData.WblForms ids); forms the table does not name go to "other forms". The view
/// <see cref="NationalFigures.FormsTableView"/> maps each form to the first form of its column with the same grouping
/// (a CASE in its SQL): change both together.</summary>
public static class FormsTable
{
    public sealed record Column(string Key, int[] Forms);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("excursion", [4]),
        new("master_class", [5]),
        new("offsite_practical_lesson", [8]),
        new("training_base", [9, 10, 11, 12]),
        new("introductory_practice", [7]),
        new("production_practice", [15, 16]),
        new("pre_diploma_practice", [17]),
        new("internship", [18]),
        new("volunteering", [6]),
        new("study_project", [14]),
        new("competition", [13]),
        new("other", [1, 2, 3, 19]),
    ];

    public sealed record Row(Guid CollegeId, IReadOnlyList<int> Cells);

    public static int IndexOfFirstForm(int firstForm)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Forms[0] == firstForm)
            {
                return i;
            }
        }

        return -1;
    }
}
