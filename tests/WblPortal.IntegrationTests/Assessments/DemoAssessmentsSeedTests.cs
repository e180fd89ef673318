using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Assessments;

/// <summary>The demo data shows every assessment state to the demo accounts, once.</summary>
public sealed class DemoAssessmentsSeedTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    private async Task<PortalClient> DemoAsync(string email)
    {
        var client = PortalClient.Anonymous(Factory);
        var login = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = DemoDataSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    [Fact]
    public async Task Seed_ShowsEveryStageToTheDemoAccounts_AndIsWrittenOnce()
    {
        await SeedAsync();
        await SeedAsync();
        Guid placementId;
        await using (var db = Factory.CreateDbContext())
        {
            // The demo's October production practice (the other assessed placements of the demo are final throughout).
            var demo = await db.Assessments.Where(a => a.Placement!.StartDate == new DateOnly(2026, 10, 5) && a.Placement.EndDate == new DateOnly(2026, 10, 30))
                .ToListAsync();
            Assert.Equal(8, demo.Count);
            placementId = demo[0].PlacementId;
        }

        // The demo's October practice: every stage once.
        var curator = await (await DemoAsync("curator@wbl.kg")).GetDocumentAsync($"/College/Assessments?placement={placementId}&pageSize=50");
        foreach (var stage in new[] { "NotStarted", "Scoring", "Reconciling", "FinalProposed", "Final", "Acknowledged", "Disagreed" })
        {
            Assert.NotNull(curator.QuerySelector($"tr[data-stage={stage}]"));
        }

        var mentor = await (await DemoAsync("mentor@wbl.kg")).GetDocumentAsync("/Mentor/Assessments?pending=true&all=true");
        Assert.True(mentor.QuerySelectorAll("[data-testid=assessments] tbody tr").Length >= 4);
        var employer = await (await DemoAsync("employer@wbl.kg")).GetDocumentAsync("/Employer/Assessments?all=true");
        Assert.True(employer.QuerySelectorAll("[data-testid=assessments] tbody tr").Length >= 9);
        var learner = await (await DemoAsync("learner@wbl.kg")).GetDocumentAsync("/Learner/Assessments");
        Assert.Single(learner.QuerySelectorAll("[data-testid=my-assessments] a"));
    }
}
