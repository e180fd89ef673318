using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Seeding;

/// <summary>The demo graduates: a group graduated last year with employment in every status at both checkpoints, the
/// demo learner's introductory practice since enrolling, and the demo employer's sites.</summary>
public sealed class DemoGraduatesSeederTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly Guid DemoCollegeId = Guid.Parse("0190a000-0000-7000-8000-000000000101");

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    [Fact]
    public async Task Seed_ShowsEveryStatusAtBothCheckpoints_AndIsIdempotent()
    {
        await SeedAsync();
        await SeedAsync();

        await using var db = Factory.CreateDbContext();
        var rows = await db.GraduateEmployments.Where(e => e.CollegeId == DemoCollegeId).ToListAsync();
        Assert.Equal(Enum.GetValues<EmploymentStatus>().Length, rows.Where(r => r.Checkpoint == EmploymentCheckpoint.SixMonths).Select(r => r.Status).Distinct().Count());
        Assert.Equal(Enum.GetValues<EmploymentStatus>().Length, rows.Where(r => r.Checkpoint == EmploymentCheckpoint.TwelveMonths).Select(r => r.Status).Distinct().Count());
        Assert.Equal(13, rows.Count);
        Assert.Contains(rows, r => r.RecordedByGraduate);
        Assert.All(rows.Where(r => r.Status == EmploymentStatus.AtWblEmployer), r => Assert.NotNull(r.EmployerId));
        Assert.Equal(10, await db.Learners.CountAsync(l => l.CollegeId == DemoCollegeId && l.GraduatedOn != null));
        Assert.Contains(await db.GraduateEmploymentHistory.GroupBy(h => h.EmploymentId).Select(g => g.Count()).ToListAsync(), n => n == 2);
        Assert.Equal(2, await db.EmployerSites.CountAsync());
    }

    [Fact]
    public async Task DemoLearner_HasACompletedIntroductoryPracticeSinceEnrolling_AndTheCollegeSeesOverdueCheckpoints()
    {
        await SeedAsync();
        await using var db = Factory.CreateDbContext();
        var learner = await db.Learners.Where(l => l.CollegeId == DemoCollegeId && l.GraduatedOn == null).OrderBy(l => l.Pin).FirstAsync();
        var intake = await db.StudyGroups.Where(g => g.Id == learner.GroupId).Select(g => g.IntakeYear).SingleAsync();
        var placements = await db.PlacementLearners.Where(pl => pl.LearnerId == learner.Id)
            .Select(pl => new { pl.Placement!.StartDate, pl.Placement.FormId, pl.Placement.Status }).ToListAsync();
        Assert.True(placements.Count >= 2, $"{placements.Count} placements");
        Assert.All(placements, p => Assert.True(p.StartDate >= new DateOnly(intake, 9, 1), $"placed {p.StartDate} before the intake of {intake}"));
        Assert.Contains(placements, p => p.FormId == 7 && p.Status == PlacementStatus.Completed);

        var client = await SignInAsync(Roles.CollegeStaff, DemoCollegeId);
        var page = await client.GetDocumentAsync("/College/Graduates?pending=true");
        Assert.True(page.QuerySelectorAll("[data-testid=graduates] tbody tr").Length >= 3);
        Assert.NotNull(page.QuerySelector("[data-state=Overdue]"));
    }
}
