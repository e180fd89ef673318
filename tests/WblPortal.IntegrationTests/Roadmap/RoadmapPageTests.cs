using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Roadmap;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Roadmap;

/// <summary>The concept's roadmap: the ministry keeps it, colleges and employers read it.</summary>
public class RoadmapPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Edit_AsMinistry_SetsStatusAndNote()
    {
        await Data.EnsureRoadmapAsync();
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);
        await using var db = Factory.CreateDbContext();
        var measure = await db.RoadmapMeasures.AsNoTracking().SingleAsync(m => m.Number == 8);

        var response = await ministry.PostFormAsync("/Ministry/Roadmap/Edit", new()
        {
            ["Id"] = measure.Id.ToString(), ["Version"] = measure.Version.ToString(), ["Status"] = "InProgress", ["Note"] = "Насаатчылар үчүн курстар башталды",
        }, "/Ministry/Roadmap");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = Factory.CreateDbContext();
        var stored = await check.RoadmapMeasures.SingleAsync(m => m.Number == 8);
        Assert.Equal(RoadmapStatus.InProgress, stored.Status);
        Assert.Equal("Насаатчылар үчүн курстар башталды", stored.Note);
    }

    [Fact]
    public async Task Edit_WithStaleVersion_ShowsConflict()
    {
        await Data.EnsureRoadmapAsync();
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: "en-US");
        await using var db = Factory.CreateDbContext();
        var measure = await db.RoadmapMeasures.AsNoTracking().SingleAsync(m => m.Number == 1);
        var fields = new Dictionary<string, string> { ["Id"] = measure.Id.ToString(), ["Version"] = measure.Version.ToString(), ["Status"] = "Done" };
        Assert.Equal(HttpStatusCode.Redirect, (await ministry.PostFormAsync("/Ministry/Roadmap/Edit", fields, "/Ministry/Roadmap")).StatusCode);

        fields["Status"] = "Overdue";
        var response = await ministry.PostFormAsync("/Ministry/Roadmap/Edit", fields, "/Ministry/Roadmap");

        Assert.Contains("Someone else changed this record", await response.Content.ReadAsStringAsync());
        await using var check = Factory.CreateDbContext();
        Assert.Equal(RoadmapStatus.Done, (await check.RoadmapMeasures.SingleAsync(m => m.Number == 1)).Status);
    }

    [Fact]
    public async Task Index_AsCollege_ShowsNineMeasuresReadOnly_AndExports()
    {
        await Data.EnsureRoadmapAsync();
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var page = await client.GetDocumentAsync("/College/Roadmap");

        Assert.Equal(9, page.QuerySelectorAll("#roadmap tr[data-number]").Length);
        Assert.Contains("Насаатчылык институтун түзүү", page.QuerySelector("#roadmap tr[data-number='8']")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("#roadmap a[href*='Edit']"));
        var export = await client.GetAsync("/College/Roadmap/Export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_Edit_AsCollegeOrEmployer_ReturnsForbidden()
    {
        await Data.EnsureRoadmapAsync();
        var college = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var fields = new Dictionary<string, string> { ["Id"] = Guid.NewGuid().ToString(), ["Version"] = "0", ["Status"] = "Done" };

        Assert.Equal(HttpStatusCode.Forbidden, (await college.PostFormAsync("/Ministry/Roadmap/Edit", fields, "/College/Roadmap")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostFormAsync("/Ministry/Roadmap/Edit", fields, "/Employer/Roadmap")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync("/Employer/Roadmap")).StatusCode);
    }
}
