using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.LearnerArea;

public sealed class DashboardPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Index_ShowsOwnNameGroupSpecialtyCollegeAndCurator()
    {
        var college = await Data.CollegeAsync(c => c.NameKy = "Бишкек курулуш колледжи");
        var specialty = await Data.SpecialtyAsync(college, s => { s.Code = "270802"; s.NameKy = "Имараттарды куруу"; });
        var curator = await Data.CuratorAsync(college, c => { c.FullName = "Үсөнова Гүлнара"; c.Phone = "+996555123456"; });
        var group = await Data.GroupAsync(college, specialty, g => { g.Name = "КУР-24"; g.CuratorId = curator.Id; });
        var me = await Data.LearnerAsync(college, group, l => { l.LastName = "Токтогулова"; l.FirstName = "Нургүл"; l.DateOfBirth = new DateOnly(2007, 5, 1); });
        await Data.LearnerAsync(college, group, l => { l.LastName = "Классташ"; l.FirstName = "Бакыт"; });
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var page = await client.GetDocumentAsync("/Learner");

        Assert.Equal("Окуучунун кабинети", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Токтогулова Нургүл", Text(page, "learner-name"));
        Assert.Equal("01.05.2007", Text(page, "date-of-birth"));
        Assert.Equal("Бишкек курулуш колледжи", Text(page, "college"));
        Assert.Equal("270802 — Имараттарды куруу", Text(page, "specialty"));
        Assert.Equal("КУР-24", Text(page, "group"));
        Assert.Contains("Үсөнова Гүлнара", Text(page, "curator"));
        Assert.DoesNotContain("Классташ", page.Body!.TextContent);
    }

    [Fact]
    public async Task Get_Index_WithoutCurator_SaysNotAssigned()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id, culture: "en");

        var page = await client.GetDocumentAsync("/Learner");

        Assert.Equal("Learner dashboard", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Not assigned yet", Text(page, "curator"));
    }

    [Fact]
    public async Task Get_Index_WithLearnerIdOfAnotherCollege_ShowsNoRecord()
    {
        var mine = await Data.CollegeAsync();
        var stranger = await Data.LearnerAsync(await Data.CollegeAsync(), configure: l => l.LastName = "Бөтөнова");
        var client = await SignInAsync(Roles.Learner, mine.Id, learnerId: stranger.Id);

        var page = await client.GetDocumentAsync("/Learner");

        Assert.NotNull(page.QuerySelector("[data-testid=no-record]"));
        Assert.DoesNotContain("Бөтөнова", page.Body!.TextContent);
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.PlatformAdmin)]
    public async Task Get_Index_AsOtherRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/Learner");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Learner");
        counter.Reset();

        await client.GetAsync("/Learner");

        Assert.InRange(counter.Count, 1, 4); // profile, agreements, the diary card, the assessments card
    }

    private static string Text(AngleSharp.Html.Dom.IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}
