using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Mentors;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Seeding;

/// <summary>The demo employer's mentor registry and enterprise orders, with one flagged appointment the demo college sees.</summary>
public sealed class DemoMentorsSeederTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly Guid DemoCollegeId = Guid.Parse("0190a000-0000-7000-8000-000000000101");

    [Fact]
    public async Task Seed_GivesTheDemoEmployerOrdersTrainingsAndOneFlaggedAppointment_Once()
    {
        await SeedAsync();
        var first = await CountsAsync();
        await SeedAsync();
        Assert.Equal(first, await CountsAsync());

        await using var db = Factory.CreateDbContext();
        var employerId = await db.Employers.OrderBy(e => e.Inn).Select(e => e.Id).FirstAsync();
        var mentors = await db.Mentors.Where(m => m.EmployerId == employerId).OrderBy(m => m.FullName).ToListAsync();
        Assert.True(await db.EnterpriseOrders.CountAsync(o => o.EmployerId == employerId) >= 5);
        Assert.Equal(3, await db.MentorTrainings.CountAsync(t => t.MentorId == mentors[0].Id));
        Assert.Equal(new DateOnly(2024, 11, 15), mentors[0].PedagogicalTrainingDate);
        var flagged = await db.Placements.SingleAsync(p => p.CollegeId == DemoCollegeId && p.MentorRequirementGaps != MentorRequirementGaps.None);
        Assert.Equal(mentors[1].Id, flagged.MentorId);
        Assert.True(flagged.MentorRequirementGaps.HasFlag(MentorRequirementGaps.PedagogicalTraining));
        Assert.True(await db.EnterpriseOrderLines.AnyAsync(l => l.PlacementId == flagged.Id));
        Assert.False(await db.EnterpriseOrders.GroupBy(o => new { o.EmployerId, o.Year, o.Number }).AnyAsync(g => g.Count() > 1));

        var college = await SignInAsync(Roles.CollegeAdmin, DemoCollegeId);
        var page = await college.GetDocumentAsync($"/College/Placements/Details/{flagged.Id}");
        Assert.NotNull(page.QuerySelector("[data-testid=mentor-gaps]"));
        Assert.NotNull(page.QuerySelector("[data-testid=enterprise-order-preview]"));
        var employer = await SignInAsync(Roles.EmployerAdmin, employerId);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await employer.GetAsync("/Employer/EnterpriseOrders")).StatusCode);
    }

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    private async Task<(int Orders, int Lines, int Trainings, int Placements)> CountsAsync()
    {
        await using var db = Factory.CreateDbContext();
        return (await db.EnterpriseOrders.CountAsync(), await db.EnterpriseOrderLines.CountAsync(), await db.MentorTrainings.CountAsync(),
            await db.Placements.CountAsync());
    }
}
