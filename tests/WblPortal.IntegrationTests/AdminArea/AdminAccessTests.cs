using System.Net;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.AdminArea;

public sealed class AdminAccessTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData(Roles.CollegeAdmin, "/Admin")]
    [InlineData(Roles.CollegeStaff, "/Admin/Colleges")]
    [InlineData(Roles.EmployerAdmin, "/Admin/Employers")]
    [InlineData(Roles.MinistryAnalyst, "/Admin/Users")]
    [InlineData(Roles.Mentor, "/Admin/Colleges/Create")]
    [InlineData(Roles.Learner, "/Admin/Users/Invite")]
    public async Task Get_AdminPage_AsOtherRole_IsForbidden(string role, string url)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Post_AdminSave_AsCollegeAdmin_IsForbidden()
    {
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.PostFormAsync("/Admin/Employers/Save", new() { ["Name"] = "X", ["Inn"] = "01234567890123" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Dashboard_ShowsRealCounts()
    {
        var college = await Data.CollegeAsync();
        await Data.CollegeAsync();
        await Data.EmployerAsync();
        await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.PlatformAdmin);

        var page = await client.GetDocumentAsync("/Admin");

        var stats = page.QuerySelectorAll("[data-testid=stat]").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["2", "1", "1", "1", "0"], stats);
    }
}
