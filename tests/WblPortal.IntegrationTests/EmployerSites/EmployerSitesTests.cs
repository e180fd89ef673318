using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.EmployerSites;

/// <summary>The employer's sites with their capacity, and the inbox refusing to overfill a site.</summary>
public sealed class EmployerSitesTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>A proposed placement at the site (the default site name of the test placements is not used here).</summary>
    private async Task<Placement> AtSiteAsync(Placement placement, string site)
    {
        await using var db = Factory.CreateDbContext();
        var p = await db.Placements.SingleAsync(x => x.Id == placement.Id);
        p.Site = site;
        await db.SaveChangesAsync();
        return p;
    }

    private static Dictionary<string, string> Confirm(Placement p, int count) =>
        new() { ["Id"] = p.Id.ToString(), ["Version"] = p.Version.ToString(), ["Count"] = count.ToString() };

    [Fact]
    public async Task Post_Confirm_BeyondTheSitesCapacityForOverlappingDates_IsRefusedWithTheNumbers()
    {
        var employer = await Data.EmployerAsync();
        await Data.SiteAsync(employer, "Механикалык цех", capacity: 4);
        var busy = await AtSiteAsync(await Data.PlacementAsync(await Data.CollegeAsync(), employer, PlacementStatus.Confirmed), "механикалык цех ");
        var proposed = await AtSiteAsync(await Data.PlacementAsync(await Data.CollegeAsync(), employer), "Механикалык цех");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var details = await client.GetDocumentAsync($"/Employer/Placements/Details/{proposed.Id}");
        Assert.Equal("1", details.QuerySelector("#site-load")!.GetAttribute("data-free"));
        var response = await client.PostFormAsync("/Employer/Placements/Confirm", Confirm(proposed, 3));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Механикалык цех takes 4 learners at a time and 3 are already confirmed for overlapping dates: at most 1 more can be confirmed.",
            page.QuerySelector("[data-valmsg-for=Count]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Proposed, (await db.Placements.SingleAsync(p => p.Id == proposed.Id)).Status);
        Assert.Equal(3, busy.ConfirmedCount);
    }

    [Fact]
    public async Task Post_Confirm_WhileAnotherConfirmationHoldsTheSite_WaitsAndCountsIt()
    {
        var employer = await Data.EmployerAsync();
        var site = await Data.SiteAsync(employer, "Механикалык цех", capacity: 4);
        var first = await AtSiteAsync(await Data.PlacementAsync(await Data.CollegeAsync(), employer), "Механикалык цех");
        var second = await AtSiteAsync(await Data.PlacementAsync(await Data.CollegeAsync(), employer), "Механикалык цех");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        // Another confirmation (of the first placement, 3 learners) holds the site's row while the request arrives.
        await using var other = Factory.CreateDbContext();
        var request = await other.InTransactionAsync(async (transaction, ct) =>
        {
            await other.Database.ExecuteSqlAsync($"SELECT 1 FROM employer_sites WHERE id = {site.Id} FOR UPDATE", ct);
            var pending = client.PostFormAsync("/Employer/Placements/Confirm", Confirm(second, 2));
            Assert.True(await RequestWaitsForALockAsync(), "the confirmation did not wait for the site's row");
            var held = await other.Placements.Include(p => p.Learners).SingleAsync(p => p.Id == first.Id, ct);
            held.Confirm(3, TestData.EmployerAdminUser, TestData.WorkflowAt);
            await other.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return pending;
        }, CancellationToken.None);

        // The request then counts those 3: 3 + 2 > 4 is refused.
        var response = await request;
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at most 1 more", page.QuerySelector("[data-valmsg-for=Count]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Proposed, (await db.Placements.SingleAsync(p => p.Id == second.Id)).Status);
    }

    /// <summary>Whether some session of the test database waits for a lock within 10 seconds.</summary>
    private async Task<bool> RequestWaitsForALockAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = Factory.CreateDbContext();
            var waiting = await db.Database.SqlQuery<int>(
                $"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync();
            if (waiting > 0)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    [Fact]
    public async Task Post_Confirm_WithinCapacityOrAtAnotherSite_Confirms()
    {
        var employer = await Data.EmployerAsync();
        await Data.SiteAsync(employer, "Механикалык цех", capacity: 4);
        await AtSiteAsync(await Data.PlacementAsync(await Data.CollegeAsync(), employer, PlacementStatus.Confirmed), "Башка цех");
        var proposed = await AtSiteAsync(await Data.PlacementAsync(await Data.CollegeAsync(), employer), "Механикалык цех");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync("/Employer/Placements/Confirm", Confirm(proposed, 4));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Confirmed, (await db.Placements.SingleAsync(p => p.Id == proposed.Id)).Status);
    }

    [Fact]
    public async Task Post_Save_CreatesASite_AndBadInputShowsMessagesAndSavesNothing()
    {
        var employer = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "ru-KG");

        var bad = await client.PostFormAsync("/Employer/Sites/Save", new() { ["Name"] = "Цех", ["Capacity"] = "0" });
        var good = await client.PostFormAsync("/Employer/Sites/Save", new() { ["Name"] = "Цех №2", ["Capacity"] = "6", ["Address"] = "Бишкек" });

        var page = await PortalClient.ParseAsync(bad);
        Assert.Equal("Введите число от 1 до 10000.", page.QuerySelector("[data-valmsg-for=Capacity]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        await using var db = Factory.CreateDbContext();
        var site = await db.EmployerSites.SingleAsync();
        Assert.Equal(("Цех №2", 6, employer.Id), (site.Name, site.Capacity, site.EmployerId));
        var list = await client.GetDocumentAsync("/Employer/Sites");
        Assert.Contains("Цех №2", list.QuerySelector("[data-testid=sites]")!.TextContent);
    }

    [Fact]
    public async Task GetAndPost_OtherEmployersSite_ReturnNotFound()
    {
        var employer = await Data.EmployerAsync();
        var theirs = await Data.SiteAsync(await Data.EmployerAsync(), "Бөтөн цех");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Sites/Edit/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/Employer/Sites/Save",
            new() { ["Id"] = theirs.Id.ToString(), ["Version"] = theirs.Version.ToString(), ["Name"] = "Меники", ["Capacity"] = "9" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/Employer/Sites/Delete/{theirs.Id}", new() { ["version"] = theirs.Version.ToString() })).StatusCode);
        Assert.DoesNotContain("Бөтөн цех", (await client.GetDocumentAsync("/Employer/Sites")).Body!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Бөтөн цех", (await db.EmployerSites.SingleAsync()).Name);
    }

    [Fact]
    public async Task Post_Save_StaleVersion_TellsTheSecondEditor()
    {
        var employer = await Data.EmployerAsync();
        var site = await Data.SiteAsync(employer, "Цех", 3);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        Dictionary<string, string> Form(string capacity) =>
            new() { ["Id"] = site.Id.ToString(), ["Version"] = site.Version.ToString(), ["Name"] = "Цех", ["Capacity"] = capacity };

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Employer/Sites/Save", Form("5"))).StatusCode);
        var stale = await client.PostFormAsync("/Employer/Sites/Save", Form("8"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(5, (await db.EmployerSites.SingleAsync()).Capacity);
    }

    [Theory]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Get_Sites_AsOtherRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.EmployerAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Employer/Sites")).StatusCode);
    }
}
