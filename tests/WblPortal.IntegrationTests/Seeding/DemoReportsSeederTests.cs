using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.AnnualReports;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Seeding;

/// <summary>The demo annual reports and roadmap statuses.</summary>
public sealed class DemoReportsSeederTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly Guid DemoCollegeId = Guid.Parse("0190a000-0000-7000-8000-000000000101");

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    [Fact]
    public async Task Seed_DemoCollegesReportIsSubmittedAndAgreedByTwo_OthersInEveryState_Idempotent()
    {
        await Data.EnsureRoadmapAsync();
        await SeedAsync();
        await SeedAsync();

        await using var db = Factory.CreateDbContext();
        var reports = await db.AnnualReports.Include(r => r.Responses).AsNoTracking().ToListAsync();
        var demo = reports.Single(r => r.CollegeId == DemoCollegeId);
        Assert.Equal(AnnualReportStatus.Submitted, demo.Status);
        Assert.Equal(2026, demo.AcademicYear);
        Assert.Equal(2, demo.Responses.Count(r => r.Decision == EmployerReportDecision.Agreed));
        Assert.NotNull(demo.FiguresJson);
        foreach (var status in Enum.GetValues<AnnualReportStatus>())
        {
            Assert.Contains(reports, r => r.Status == status);
        }

        Assert.True(await db.Colleges.CountAsync() > reports.Count, "some college has not started");
        var statuses = await db.RoadmapMeasures.Select(m => m.Status).Distinct().ToListAsync();
        Assert.Equal(4, statuses.Count);

        // The ministry's demo user can accept the demo college's report.
        var ministry = PortalClient.Anonymous(Factory);
        var login = await ministry.PostFormAsync("/account/login", new() { ["Email"] = "ministry@wbl.kg", ["Password"] = DemoDataSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var page = await ministry.GetDocumentAsync($"/Ministry/Reports/Details/{demo.Id}");
        Assert.NotNull(page.QuerySelector("form[action='/Ministry/Reports/Accept']"));
    }
}
