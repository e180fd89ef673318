using System.Net;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.CollegeArea;

public sealed class CollegeNavigationTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Dashboard_CardsAndMenuLinkToPagesThatOpen()
    {
        var college = await Data.CollegeAsync();
        await Data.LearnerAsync(college, configure: l => l.HasSpecialNeeds = true);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var dashboard = await client.GetDocumentAsync("/College");

        var cards = dashboard.QuerySelectorAll(".stat-card a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/College/Specialties", "/College/Groups", "/College/Learners", "/College/Curators", "/College/Learners?needs=true"], cards);
        var menu = dashboard.QuerySelectorAll("#main-nav .navbar-nav a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(16, menu.Count); // the dashboard and 15 pages in three groups (no Users for staff)
        Assert.Equal(3, dashboard.QuerySelectorAll("#main-nav .dropdown-toggle").Length);
        Assert.Contains("/College/Groups", menu);
        Assert.Contains("/College/Learners", menu);
        Assert.Contains("/College/Curators", menu);
        foreach (var url in cards.Concat(menu).Concat(["/College/Groups/Create", "/College/Learners/Create", "/College/Curators/Create", "/College/Learners/Import"]).Distinct())
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Get_LearnersWithSpecialNeeds_ListsOnlyThem()
    {
        var college = await Data.CollegeAsync();
        await Data.LearnerAsync(college, configure: l => (l.LastName, l.HasSpecialNeeds) = ("Инклюзиева", true));
        await Data.LearnerAsync(college, configure: l => l.LastName = "Жөнөкөева");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Learners?needs=true");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("Инклюзиева", row.TextContent);
        Assert.True(page.QuerySelector("#list-needs")!.HasAttribute("checked"));
    }
}
