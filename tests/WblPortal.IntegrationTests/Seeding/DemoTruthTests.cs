using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Seeding;

/// <summary>The demo data reads as a plausible Kyrgyz college: what it records could have happened, in order, by the
/// demo's day. Each test is a class of inconsistency an outside reviewer found, checked over every seeded row.</summary>
public sealed class DemoTruthTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>Bishkek (region 1) lies inside the Chuy region (9): learners commute between them.</summary>
    private static readonly int[] CapitalArea = [1, 9];

    private static readonly DateTimeOffset EndOfDemoDay = BishkekTime.StartOf(DemoDataSeeder.Today.AddDays(1));

    [Fact]
    public async Task Demo_EveryAssessedPlacement_HasAFinalJointAssessmentForEachLearner()
    {
        await SeedAsync();
        await using var db = Factory.CreateDbContext();

        var assessed = await db.Placements.CountAsync(p => p.Status == PlacementStatus.Assessed);
        var withoutResults = await db.Placements
            .Where(p => p.Status == PlacementStatus.Assessed)
            .Where(p => p.Learners.Any(l => !db.Assessments.Any(a => a.PlacementLearnerId == l.Id && a.Status == AssessmentStatus.Final)))
            .CountAsync();

        Assert.True(assessed > 20, $"{assessed} assessed placements");
        Assert.Equal(0, withoutResults);
    }

    [Fact]
    public async Task Demo_NothingIsRecordedAfterTheDemoDay()
    {
        await SeedAsync();
        await using var db = Factory.CreateDbContext();

        Assert.Equal(0, await db.PlacementHistory.CountAsync(h => h.At >= EndOfDemoDay));
        Assert.Equal(0, await db.AgreementHistory.CountAsync(h => h.At >= EndOfDemoDay));
        Assert.Equal(0, await db.ProgrammeHistory.CountAsync(h => h.At >= EndOfDemoDay));
        Assert.Equal(0, await db.PartnershipHistory.CountAsync(h => h.At >= EndOfDemoDay));
        Assert.Equal(0, await db.AnnualReportHistory.CountAsync(h => h.At >= EndOfDemoDay));
        Assert.Equal(0, await db.Assessments.CountAsync(a => a.StartedAt >= EndOfDemoDay || a.FinalAt >= EndOfDemoDay || a.AcknowledgedAt >= EndOfDemoDay));
        Assert.Equal(0, await db.DiaryEntries.CountAsync(e => e.Date > DemoDataSeeder.Today || e.SubmittedAt >= EndOfDemoDay || e.ApprovedAt >= EndOfDemoDay));
        Assert.Equal(0, await db.SafetyInductions.CountAsync(i => i.Date > DemoDataSeeder.Today || i.RecordedAt >= EndOfDemoDay));
        Assert.Equal(0, await db.Notifications.CountAsync(n => n.CreatedAt >= EndOfDemoDay));
    }

    [Fact]
    public async Task Demo_PlacementsStartOnTheirFirstDayAndEndOnTheirLast()
    {
        await SeedAsync();
        await using var db = Factory.CreateDbContext();

        var steps = await db.PlacementHistory
            .Where(h => h.Action == "Start" || h.Action == "Complete")
            .Join(db.Placements, h => h.PlacementId, p => p.Id, (h, p) => new { h.Action, h.At, p.StartDate, p.EndDate })
            .ToListAsync();

        Assert.NotEmpty(steps);
        var early = steps.Where(s => s.Action == "Start" && BishkekTime.DayOf(s.At) < s.StartDate
            || s.Action == "Complete" && BishkekTime.DayOf(s.At) < s.EndDate).ToList();
        Assert.True(early.Count == 0, string.Join("; ", early.Take(5).Select(s => $"{s.Action} {s.At:dd.MM.yyyy} of {s.StartDate}–{s.EndDate}")));
    }

    [Fact]
    public async Task Demo_LearnersArePlacedInTheirCollegesRegion()
    {
        await SeedAsync();
        await using var db = Factory.CreateDbContext();

        var pairs = await db.Placements.Where(p => p.EmployerId != null)
            .Join(db.Colleges, p => p.CollegeId, c => c.Id, (p, c) => new { p.EmployerId, College = c.RegionId })
            .Join(db.Employers, x => x.EmployerId, e => e.Id, (x, e) => new { x.College, Employer = e.RegionId })
            .ToListAsync();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.True(p.College == p.Employer || CapitalArea.Contains(p.College) && CapitalArea.Contains(p.Employer),
            $"a college of region {p.College} sends learners to region {p.Employer}"));
    }

    [Fact]
    public async Task Demo_NoLearnerIsPlacedBeforeTheyEnrolled()
    {
        await SeedAsync();
        await using var db = Factory.CreateDbContext();

        var rows = await db.PlacementLearners
            .Join(db.Placements, l => l.PlacementId, p => p.Id, (l, p) => new { l.GroupId, p.StartDate, Year = p.Programme!.AcademicYear })
            .Join(db.StudyGroups, x => x.GroupId, g => g.Id, (x, g) => new { x.StartDate, x.Year, g.IntakeYear, g.Name })
            .ToListAsync();

        Assert.NotEmpty(rows);
        var before = rows.Where(r => r.Year < r.IntakeYear || r.StartDate < new DateOnly(r.IntakeYear, 9, 1)).ToList();
        Assert.True(before.Count == 0, string.Join("; ", before.Take(5).Select(r => $"{r.Name} (intake {r.IntakeYear}) placed {r.StartDate}")));
    }

    [Fact]
    public async Task Demo_RunningAppointmentsShowTheMentorsGapsAgainstTheProgramme()
    {
        await SeedAsync();
        await using var db = Factory.CreateDbContext();

        var placements = await db.Placements.Where(p => p.MentorId != null)
            .Where(p => p.Status == PlacementStatus.MentorAssigned || p.Status == PlacementStatus.InProgress)
            .Include(p => p.Programme).ToListAsync();
        var mentors = await db.Mentors.ToDictionaryAsync(m => m.Id);

        Assert.NotEmpty(placements);
        var wrong = placements.Where(p => p.MentorRequirementGaps != p.Programme!.MentorRequirements.GapsOf(mentors[p.MentorId!.Value])).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} placements record gaps other than their mentor's");
        Assert.Contains(placements, p => p.MentorRequirementGaps != Domain.Mentors.MentorRequirementGaps.None);
    }

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }
}
