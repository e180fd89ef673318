using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the learner's WBL record: the same learner's placement in an earlier academic year.</summary>
public sealed partial class TestData
{
    /// <summary>Another production practice of the learner of <paramref name="s"/>, moved to April of an earlier year
    /// (its own programme, 500 planned hours), with the safety induction recorded so that diary entries can be written.</summary>
    public async Task<DiarySetup> EarlierPlacementAsync(DiarySetup s, int yearsBack = 1)
    {
        var placement = await PlacementAsync(s.College, s.Employer, PlacementStatus.InProgress, [s.Learner], s.Mentor);
        var start = new DateOnly(2026 - yearsBack, 4, 1);
        var end = new DateOnly(2026 - yearsBack, 4, 28);
        await using (var db = factory.CreateDbContext())
        {
            await db.Placements.Where(p => p.Id == placement.Id)
                .ExecuteUpdateAsync(x => x.SetProperty(p => p.StartDate, start).SetProperty(p => p.EndDate, end));
            placement = await db.Placements.AsNoTracking().Include(p => p.Learners).SingleAsync(p => p.Id == placement.Id);
        }

        var row = placement.Learners.Single(l => l.LearnerId == s.Learner.Id);
        await SaveAsync(SafetyInduction.Record(row, placement, InductionTopics.All, start, "Токтосунов Эрлан", "Эмгекти коргоо инженери",
            EmployerAdminUser, WorkflowAt));
        return s with { Placement = placement, Row = row };
    }

    /// <summary>Adds an outcome with Kyrgyz letters to the placement's programme (before it is assessed).</summary>
    public async Task AddKyrgyzOutcomeAsync(DiarySetup s)
    {
        await using var db = factory.CreateDbContext();
        db.ProgrammeOutcomes.Add(new ProgrammeOutcome
        {
            ProgrammeId = s.Placement.ProgrammeId, CollegeId = s.College.Id, Code = "ОН2", Text = "Эмгекти коргоонун эрежелерин өз алдынча колдонот (ң ө ү)", SortOrder = 2,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The diary setup as an assessment world of its one learner.</summary>
    public static AssessmentWorld WorldOf(DiarySetup s) => new(s.College, s.Employer, s.Mentor, [s.Learner], s.Placement);
}
