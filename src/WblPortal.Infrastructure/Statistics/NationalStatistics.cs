using Microsoft.EntityFrameworkCore;
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
    /// <summary>The academic year a day falls in: 1 September starts it (2026 = 2026–2027).</summary>
    public static int AcademicYearOf(DateOnly day) => day.Month >= 9 ? day.Year : day.Year - 1;

    public DateTimeOffset YearStart => new(Year, 9, 1, 0, 0, 0, TimeSpan.FromHours(6));

    public DateTimeOffset YearEnd => new(Year + 1, 9, 1, 0, 0, 0, TimeSpan.FromHours(6));
}

/// <summary>
/// National counts for the ministry, computed from recorded placements and information events. Counts only:
/// nothing here returns a person's data.
/// </summary>
/// <remarks>
/// <b>"In WBL"</b>: a learner is in WBL in academic year Y when they are a learner of a placement whose programme is
/// of year Y and whose status is in progress, completed or assessed (<see cref="CountedStatuses"/>): the placement
/// really took place. Planned, proposed, declined and cancelled placements are not counted. Attendance of held
/// information events (stage 0–1 forms) is counted separately, per form, and in Table 1; it does not make a learner
/// "in WBL". A college is in WBL when one of its learners is. Active employers and mentors are those of counted
/// placements. Everything is computed live from the tables on each request (indexes in MinistryWorkspace).
/// </remarks>
public sealed class NationalStatistics(WblDbContext db)
{
    /// <summary>The ministry reads every college's rows: its queries skip the tenant filter by name, which keeps the SQL
    /// plain (one join per navigation). Any other actor keeps its filter, so the counts stay within its scope.</summary>
    private IQueryable<T> Rows<T>(DbSet<T> set) where T : class =>
        db.Actor.ReadsAll ? set.AsNoTracking().IgnoreQueryFilters([WblDbContext.TenantFilter]) : set.AsNoTracking();

    public static readonly PlacementStatus[] CountedStatuses = [PlacementStatus.InProgress, PlacementStatus.Completed, PlacementStatus.Assessed];

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

    /// <summary>Learner rows of counted placements, narrowed by the filter (the year unless <paramref name="anyYear"/>).</summary>
    public IQueryable<PlacementLearner> Facts(StatisticsFilter f, bool anyYear = false)
    {
        var q = Rows(db.PlacementLearners)
            .Where(x => x.Placement!.Status == PlacementStatus.InProgress || x.Placement.Status == PlacementStatus.Completed
                || x.Placement.Status == PlacementStatus.Assessed);
        if (!anyYear)
        {
            q = q.Where(x => x.Placement!.Programme!.AcademicYear == f.Year);
        }

        if (f.RegionId is { } region)
        {
            q = q.Where(x => x.Placement!.College!.RegionId == region);
        }

        if (f.NqfLevelId is { } level)
        {
            q = q.Where(x => x.Placement!.Programme!.Specialty!.NqfLevelId == level);
        }

        if (f.CollegeId is { } college)
        {
            q = q.Where(x => x.CollegeId == college);
        }

        if (!string.IsNullOrEmpty(f.SpecialtyCode))
        {
            q = q.Where(x => x.Placement!.Programme!.SpecialtyCode == f.SpecialtyCode);
        }

        if (f.FormId is { } form)
        {
            q = q.Where(x => x.Placement!.FormId == form);
        }

        if (f.Stage is { } stage)
        {
            q = q.Where(x => x.Placement!.Form!.Stage == stage);
        }

        if (f.Sector is { } sector)
        {
            q = q.Where(x => x.Placement!.Employer!.Sector == sector);
        }

        if (f.Gender is { } gender)
        {
            q = q.Where(x => x.Learner!.Gender == gender);
        }

        if (f.SpecialNeeds == true)
        {
            q = q.Where(x => x.Learner!.HasSpecialNeeds);
        }

        return q;
    }

    /// <summary>Per college: learners in WBL (and by gender, with special needs), placements, employers, mentors.
    /// Colleges without a counted placement are left out.</summary>
    public Task<List<CollegeCounts>> ByCollegeAsync(StatisticsFilter f, CancellationToken ct) =>
        Facts(f)
            .GroupBy(x => new { x.CollegeId, x.Placement!.College!.RegionId })
            .Select(g => new CollegeCounts(
                g.Key.CollegeId,
                g.Key.RegionId,
                g.Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => x.Learner!.Gender == Gender.Female).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => x.Learner!.Gender == Gender.Male).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => x.Learner!.HasSpecialNeeds).Select(x => x.LearnerId).Distinct().Count(),
                g.Select(x => x.PlacementId).Distinct().Count(),
                g.Where(x => x.Placement!.EmployerId != null).Select(x => x.Placement!.EmployerId).Distinct().Count(),
                g.Where(x => x.Placement!.MentorId != null).Select(x => x.Placement!.MentorId).Distinct().Count()))
            .ToListAsync(ct);

    /// <summary>Distinct employers and mentors of counted placements across the filter (not a sum over colleges:
    /// one employer may host learners of several colleges).</summary>
    public async Task<NationalCounts> NationalAsync(StatisticsFilter f, CancellationToken ct)
    {
        var row = await Facts(f)
            .GroupBy(_ => 1)
            .Select(g => new NationalCounts(
                g.Where(x => x.Placement!.EmployerId != null).Select(x => x.Placement!.EmployerId).Distinct().Count(),
                g.Where(x => x.Placement!.MentorId != null).Select(x => x.Placement!.MentorId).Distinct().Count(),
                g.Where(x => x.Placement!.Mentor!.PedagogicalTrainingDate != null).Select(x => x.Placement!.MentorId).Distinct().Count()))
            .FirstOrDefaultAsync(ct);
        return row ?? new NationalCounts(0, 0, 0);
    }

    public Task<List<FormCounts>> ByFormAsync(StatisticsFilter f, CancellationToken ct) =>
        Facts(f)
            .GroupBy(x => x.Placement!.FormId)
            .Select(g => new FormCounts(
                g.Key,
                g.Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => x.Learner!.Gender == Gender.Female).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => x.Learner!.Gender == Gender.Male).Select(x => x.LearnerId).Distinct().Count(),
                g.Select(x => x.PlacementId).Distinct().Count()))
            .ToListAsync(ct);

    public Task<List<GroupCounts<WblStage>>> ByStageAsync(StatisticsFilter f, CancellationToken ct) =>
        Facts(f)
            .GroupBy(x => x.Placement!.Form!.Stage)
            .Select(g => new GroupCounts<WblStage>(g.Key, g.Select(x => x.LearnerId).Distinct().Count(), g.Select(x => x.PlacementId).Distinct().Count()))
            .ToListAsync(ct);

    public Task<List<GroupCounts<int>>> ByNqfLevelAsync(StatisticsFilter f, CancellationToken ct) =>
        Facts(f)
            .GroupBy(x => x.Placement!.Programme!.Specialty!.NqfLevelId)
            .Select(g => new GroupCounts<int>(g.Key, g.Select(x => x.LearnerId).Distinct().Count(), g.Select(x => x.PlacementId).Distinct().Count()))
            .ToListAsync(ct);

    public Task<List<GroupCounts<string>>> BySpecialtyAsync(StatisticsFilter f, CancellationToken ct) =>
        Facts(f)
            .GroupBy(x => x.Placement!.Programme!.SpecialtyCode)
            .Select(g => new GroupCounts<string>(g.Key, g.Select(x => x.LearnerId).Distinct().Count(), g.Select(x => x.PlacementId).Distinct().Count()))
            .ToListAsync(ct);

    /// <summary>By the employer's sector; placements without an employer (college workshops, labs) have no sector.</summary>
    public Task<List<GroupCounts<EconomicSector?>>> BySectorAsync(StatisticsFilter f, CancellationToken ct) =>
        Facts(f)
            .GroupBy(x => (EconomicSector?)x.Placement!.Employer!.Sector)
            .Select(g => new GroupCounts<EconomicSector?>(g.Key, g.Select(x => x.LearnerId).Distinct().Count(), g.Select(x => x.PlacementId).Distinct().Count()))
            .ToListAsync(ct);

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
        (await Facts(f, anyYear: true)
            .GroupBy(x => x.Placement!.Programme!.AcademicYear)
            .Select(g => new YearCounts(g.Key, g.Select(x => x.CollegeId).Distinct().Count(), g.Select(x => x.LearnerId).Distinct().Count(),
                g.Select(x => x.PlacementId).Distinct().Count()))
            .ToListAsync(ct)).OrderBy(y => y.Year).ToList();

    /// <summary>Table 1 of the concept ("WBL forms by college"): per college, the distinct learners of each Table 1
    /// column (<see cref="FormsTable.Columns"/>), from counted placements and from attendance of held events of the
    /// academic year; a learner who took part in two forms of one column counts once.</summary>
    public Task<List<FormsTable.Row>> FormsByCollegeAsync(StatisticsFilter f, CancellationToken ct)
    {
        var fromPlacements = Facts(f).Select(x => new { x.CollegeId, x.Placement!.FormId, x.LearnerId });
        var fromEvents = Attendance(f).Select(a => new { a.CollegeId, a.FormId, a.LearnerId });
        int[] c0 = FormsTable.Columns[0].Forms, c1 = FormsTable.Columns[1].Forms, c2 = FormsTable.Columns[2].Forms, c3 = FormsTable.Columns[3].Forms,
            c4 = FormsTable.Columns[4].Forms, c5 = FormsTable.Columns[5].Forms, c6 = FormsTable.Columns[6].Forms, c7 = FormsTable.Columns[7].Forms,
            c8 = FormsTable.Columns[8].Forms, c9 = FormsTable.Columns[9].Forms, c10 = FormsTable.Columns[10].Forms, c11 = FormsTable.Columns[11].Forms;
        return fromPlacements.Union(fromEvents)
            .GroupBy(x => x.CollegeId)
            .Select(g => new FormsTable.Row(
                g.Key,
                g.Where(x => c0.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c1.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c2.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c3.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c4.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c5.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c6.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c7.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c8.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c9.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c10.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count(),
                g.Where(x => c11.Contains(x.FormId)).Select(x => x.LearnerId).Distinct().Count()))
            .ToListAsync(ct);
    }
}

/// <summary>The columns of Table 1 of the concept ("WBL forms implemented in the pilot colleges"), in its order, as
/// groups of catalogue forms (ReferenceData.WblForms ids); forms the table does not name go to "other forms".</summary>
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

    public sealed record Row(Guid CollegeId, int C0, int C1, int C2, int C3, int C4, int C5, int C6, int C7, int C8, int C9, int C10, int C11)
    {
        public IReadOnlyList<int> Cells => [C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11];
    }
}
