using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Programmes;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the programme pages' tests: competencies, and programmes with a chosen WBL share.</summary>
public sealed partial class TestData
{
    public Task<Competency> CompetencyAsync(Specialty specialty, Action<Competency>? configure = null)
    {
        var n = Next();
        var competency = new Competency
        {
            CollegeId = specialty.CollegeId, SpecialtyId = specialty.Id, Kind = CompetencyKind.Professional, Code = $"ПК-{n}",
            NameKy = $"Кесиптик компетенция {n}", NameRu = $"Профессиональная компетенция {n}",
        };
        configure?.Invoke(competency);
        return SaveAsync(competency);
    }

    /// <summary>A complete programme (500 WBL hours) whose total study hours give the wanted WBL share.</summary>
    public async Task<WblProgramme> ProgrammeWithTotalHoursAsync(College college, int totalStudyHours, ProgrammeStatus status = ProgrammeStatus.Draft)
    {
        var programme = await ProgrammeAsync(college, status);
        await using var db = factory.CreateDbContext();
        await db.Programmes.Where(p => p.Id == programme.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.TotalStudyHours, totalStudyHours));
        return programme;
    }

    /// <summary>The programme as stored now (its current version, status and history).</summary>
    public async Task<WblProgramme> StoredProgrammeAsync(Guid id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Programmes.AsNoTracking().Include(p => p.History).Include(p => p.Loads).Include(p => p.Outcomes).Include(p => p.FormContents)
            .AsSplitQuery().SingleAsync(p => p.Id == id);
    }
}
