using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Common;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

public sealed class DashboardPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>Two colleges in two regions, four learners (two female, one with special needs), two employers and
    /// three mentors, two of them with pedagogical training.</summary>
    private async Task KnownDatasetAsync()
    {
        var bishkek = await Data.CollegeAsync(c => c.RegionId = 1);
        var osh = await Data.CollegeAsync(c => c.RegionId = 2);
        var group = await Data.GroupAsync(bishkek);
        await Data.LearnerAsync(bishkek, group, l => { l.Gender = Gender.Female; l.LastName = "Жеке маалымат"; });
        await Data.LearnerAsync(bishkek, group, l => { l.Gender = Gender.Female; l.HasSpecialNeeds = true; });
        await Data.LearnerAsync(bishkek, group, l => l.Gender = Gender.Male);
        await Data.LearnerAsync(osh, configure: l => l.Gender = Gender.Male);
        var employerA = await Data.EmployerAsync();
        var employerB = await Data.EmployerAsync();
        await Data.MentorAsync(employerA, m => { m.PedagogicalTrainingDate = new DateOnly(2025, 3, 1); m.FullName = "Купуя Насаатчы"; });
        await Data.MentorAsync(employerA);
        await Data.MentorAsync(employerB, m => m.PedagogicalTrainingDate = new DateOnly(2024, 9, 15));
    }

    [Fact]
    public async Task Get_Index_ShowsNationalCountsOfEveryCollegeAndEmployer()
    {
        await KnownDatasetAsync();
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: "en");

        var page = await client.GetDocumentAsync("/Ministry");

        var stats = page.QuerySelectorAll("[data-testid=stat]").Select(s => int.Parse(s.TextContent)).ToList();
        var labels = page.QuerySelectorAll(".stat-card span").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Colleges", "Learners", "Female learners", "Male learners", "Learners with special educational needs", "Employers", "Mentors", "Mentors with pedagogical training"],
            labels);
        Assert.Equal([2, 4, 2, 2, 1, 2, 3, 2], stats);
        Assert.Equal("National overview", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Index_ShowsCollegesAndLearnersPerRegionInUsersLanguage()
    {
        await KnownDatasetAsync();
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var page = await client.GetDocumentAsync("/Ministry");

        var rows = page.QuerySelectorAll("[data-testid=by-region] tbody tr")
            .ToDictionary(r => r.Children[0].TextContent.Trim(), r => (r.Children[1].TextContent.Trim(), r.Children[2].TextContent.Trim()));
        Assert.Equal(("1", "3"), rows["Бишкек шаары"]);
        Assert.Equal(("1", "1"), rows["Ош шаары"]);
        Assert.Equal(("0", "0"), rows["Чүй облусу"]);
        Assert.Equal(9, rows.Count);
        Assert.Equal("Республика боюнча көрсөткүчтөр", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Index_ShowsNoPersonalData()
    {
        await KnownDatasetAsync();
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var html = await (await client.GetAsync("/Ministry")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("Жеке маалымат", html);
        Assert.DoesNotContain("Айгүл", html);
        Assert.DoesNotContain("Купуя", html);
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.PlatformAdmin)]
    public async Task Get_Index_AsOtherRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/Ministry");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        await KnownDatasetAsync();
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Ministry");
        counter.Reset();

        await client.GetAsync("/Ministry");

        Assert.InRange(counter.Count, 1, 6);
    }
}
