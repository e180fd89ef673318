using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Seeding;

/// <summary>The national demo picture: the ministry account sees every pilot college in WBL over three years and
/// reproduces Table 1 from the seeded placements and events.</summary>
public sealed class DemoNationalSeederTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task MinistryDemo_SeesEveryPilotCollegeInWbl_AndTable1FromRecordedPlacements()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        await using var db = Factory.CreateDbContext();
        var ministryId = (await db.Ministries.FirstAsync()).Id;
        var client = await SignInAsync(Roles.MinistryAnalyst, ministryId, culture: "en");

        var dashboard = await client.GetDocumentAsync("/Ministry?Year=2025");
        var table1 = await client.GetDocumentAsync("/Ministry/Dashboard/FormsByCollege?Year=2025");

        Assert.Equal(8, int.Parse(dashboard.QuerySelector("[data-testid=stat]")!.TextContent));
        Assert.Equal(3, dashboard.QuerySelectorAll("[data-testid=fig-trend] tbody tr").Length);
        var rows = table1.QuerySelectorAll("[data-testid=table1] tbody tr").ToList();
        Assert.Equal(8, rows.Count);
        // Every pilot college runs excursions and production practice (Table 1 of the concept).
        Assert.All(rows, r => Assert.NotEqual("—", r.QuerySelectorAll("td")[0].TextContent.Trim()));
        Assert.All(rows, r => Assert.NotEqual("—", r.QuerySelectorAll("td")[5].TextContent.Trim()));
        var earlier = await client.GetDocumentAsync("/Ministry?Year=2024");
        Assert.NotEmpty(earlier.QuerySelectorAll("[data-testid=fig-below-minimum] tbody tr a"));
    }
}
