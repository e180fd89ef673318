using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Learners;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Infrastructure.Statistics;

/// <summary>
/// National outcome counts for the ministry: final joint assessments (learning-outcome levels and the 2–5 grade) and
/// graduate employment at 6 and 12 months. Counts only. Computed live: these tables hold one row per assessed
/// learner or graduate checkpoint, far fewer than the placement rows the pre-computed cells cover.
/// </summary>
public sealed class NationalOutcomes(WblDbContext db)
{
    private IQueryable<T> Rows<T>(DbSet<T> set) where T : class =>
        db.Actor.ReadsAll ? set.AsNoTracking().IgnoreQueryFilters([WblDbContext.TenantFilter]) : set.AsNoTracking();

    /// <summary>Per form: final assessments, and how many have each 2–5 grade.</summary>
    public sealed record AssessmentCounts(int FormId, int Assessments, int Grade5, int Grade4, int Grade3, int Grade2);

    /// <summary>Per form and final level: the learning-outcome scores of final assessments.</summary>
    public sealed record LevelCounts(int FormId, OutcomeLevel Level, int Outcomes);

    /// <summary>Per specialty code, checkpoint and status: the recorded employment of graduates.</summary>
    public sealed record EmploymentCounts(string SpecialtyCode, EmploymentCheckpoint Checkpoint, EmploymentStatus Status, int Graduates);

    /// <summary>Final assessments of placements of the academic year, narrowed by every filter of the dashboard.</summary>
    public IQueryable<Assessment> FinalAssessments(StatisticsFilter f)
    {
        var q = Rows(db.Assessments).Where(a => a.Status == AssessmentStatus.Final && a.Placement!.Programme!.AcademicYear == f.Year);
        if (f.RegionId is { } region)
        {
            q = q.Where(a => a.Placement!.College!.RegionId == region);
        }

        if (f.NqfLevelId is { } level)
        {
            q = q.Where(a => a.Placement!.Programme!.Specialty!.NqfLevelId == level);
        }

        if (f.CollegeId is { } college)
        {
            q = q.Where(a => a.CollegeId == college);
        }

        if (!string.IsNullOrEmpty(f.SpecialtyCode))
        {
            q = q.Where(a => a.Placement!.Programme!.SpecialtyCode == f.SpecialtyCode);
        }

        if (f.FormId is { } form)
        {
            q = q.Where(a => a.Placement!.FormId == form);
        }

        if (f.Stage is { } stage)
        {
            q = q.Where(a => a.Placement!.Form!.Stage == stage);
        }

        if (f.Sector is { } sector)
        {
            q = q.Where(a => a.Placement!.Employer!.Sector == sector);
        }

        if (f.Gender is { } gender)
        {
            q = q.Where(a => a.Learner!.Gender == gender);
        }

        if (f.SpecialNeeds == true)
        {
            q = q.Where(a => a.Learner!.HasSpecialNeeds);
        }

        return q;
    }

    public Task<List<AssessmentCounts>> AssessmentsByFormAsync(StatisticsFilter f, CancellationToken ct) =>
        FinalAssessments(f)
            .GroupBy(a => a.Placement!.FormId)
            .Select(g => new AssessmentCounts(g.Key, g.Count(), g.Count(a => a.FinalGrade == 5), g.Count(a => a.FinalGrade == 4),
                g.Count(a => a.FinalGrade == 3), g.Count(a => a.FinalGrade == 2)))
            .ToListAsync(ct);

    public async Task<List<LevelCounts>> OutcomeLevelsByFormAsync(StatisticsFilter f, CancellationToken ct) =>
        (await FinalAssessments(f)
            .SelectMany(a => a.Scores.Where(s => s.FinalLevel != null).Select(s => new { a.Placement!.FormId, s.FinalLevel }))
            .GroupBy(x => new { x.FormId, x.FinalLevel })
            .Select(g => new { g.Key.FormId, g.Key.FinalLevel, Count = g.Count() })
            .ToListAsync(ct))
        .Select(x => new LevelCounts(x.FormId, x.FinalLevel!.Value, x.Count)).ToList();

    /// <summary>Learners whose graduation date falls in the academic year, narrowed by the learner filters (region,
    /// NQF level and specialty through their group, college, gender, special needs); the placement filters (form,
    /// stage, sector) do not apply to graduates.</summary>
    public IQueryable<Learner> Graduates(StatisticsFilter f)
    {
        var start = AcademicCalendar.StartOf(f.Year);
        var end = AcademicCalendar.StartOf(f.Year + 1);
        var q = Rows(db.Learners).Where(l => l.GraduatedOn != null && l.GraduatedOn >= start && l.GraduatedOn < end);
        if (f.RegionId is { } region)
        {
            q = q.Where(l => l.College!.RegionId == region);
        }

        if (f.NqfLevelId is { } level)
        {
            q = q.Where(l => l.Group!.Specialty!.NqfLevelId == level);
        }

        if (f.CollegeId is { } college)
        {
            q = q.Where(l => l.CollegeId == college);
        }

        if (!string.IsNullOrEmpty(f.SpecialtyCode))
        {
            q = q.Where(l => l.Group!.Specialty!.Code == f.SpecialtyCode);
        }

        if (f.Gender is { } gender)
        {
            q = q.Where(l => l.Gender == gender);
        }

        if (f.SpecialNeeds == true)
        {
            q = q.Where(l => l.HasSpecialNeeds);
        }

        return q;
    }

    /// <summary>Graduates of the year per specialty code.</summary>
    public Task<Dictionary<string, int>> GraduatesBySpecialtyAsync(StatisticsFilter f, CancellationToken ct) =>
        Graduates(f).GroupBy(l => l.Group!.Specialty!.Code).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public Task<List<EmploymentCounts>> EmploymentAsync(StatisticsFilter f, CancellationToken ct)
    {
        var graduates = Graduates(f);
        return (from e in Rows(db.GraduateEmployments)
                join l in graduates on e.LearnerId equals l.Id
                group e by new { l.Group!.Specialty!.Code, e.Checkpoint, e.Status } into g
                select new EmploymentCounts(g.Key.Code, g.Key.Checkpoint, g.Key.Status, g.Count()))
            .ToListAsync(ct);
    }
}
