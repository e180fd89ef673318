using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MentorArea;

public sealed class DashboardPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Index_ShowsOwnProfileAndEmployer()
    {
        var employer = await Data.EmployerAsync(e => e.Name = "\"Ала-Тоо Курулуш\" ЖЧК");
        var mentor = await Data.MentorAsync(employer, m =>
        {
            m.FullName = "Асанов Бакыт";
            m.Position = "Устакананын мастери";
            m.PedagogicalTrainingDate = new DateOnly(2025, 3, 7);
        });
        await Data.MentorAsync(employer, m => m.FullName = "Башка Насаатчы");
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id);

        var page = await client.GetDocumentAsync("/Mentor");

        Assert.Equal("Насаатчынын кабинети", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Асанов Бакыт", page.QuerySelector("[data-testid=mentor-name]")!.TextContent.Trim());
        Assert.Equal("\"Ала-Тоо Курулуш\" ЖЧК", page.QuerySelector("[data-testid=employer-name]")!.TextContent.Trim());
        Assert.Equal("07.03.2025", page.QuerySelector("[data-testid=training]")!.TextContent.Trim());
        Assert.Contains("Устакананын мастери", page.QuerySelector("[data-testid=profile]")!.TextContent);
        Assert.DoesNotContain("Башка Насаатчы", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=my-diaries]"));
    }

    [Fact]
    public async Task Get_Index_PutsWhatIsDueBeforeTheProfile()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id);

        var page = await client.GetDocumentAsync("/Mentor");

        var order = page.QuerySelectorAll("[data-testid=pending-assessments], [data-testid=pending-weeks], [data-testid=profile], [data-testid=employer]")
            .Select(e => e.GetAttribute("data-testid")).ToList();
        Assert.Equal(["pending-assessments", "pending-weeks", "profile", "employer"], order);
    }

    [Fact]
    public async Task Get_Index_WithoutTraining_SaysNotCompleted()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id, culture: "ru-KG");

        var page = await client.GetDocumentAsync("/Mentor");

        Assert.Equal("Кабинет наставника", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Ещё не пройдена", page.QuerySelector("[data-testid=training]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Index_WithMentorIdOfAnotherEmployer_ShowsNoProfile()
    {
        var employer = await Data.EmployerAsync();
        var foreign = await Data.MentorAsync(await Data.EmployerAsync(), m => m.FullName = "Бөтөн Насаатчы");
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: foreign.Id);

        var page = await client.GetDocumentAsync("/Mentor");

        Assert.NotNull(page.QuerySelector("[data-testid=no-profile]"));
        Assert.DoesNotContain("Бөтөн Насаатчы", page.Body!.TextContent);
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.PlatformAdmin)]
    public async Task Get_Index_AsOtherRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.EmployerAsync()).Id);

        var response = await client.GetAsync("/Mentor");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Mentor");
        counter.Reset();

        await client.GetAsync("/Mentor");

        // Profile and the inbox bell, then the diary card: the learners' diaries and the weeks awaiting approval.
        Assert.InRange(counter.Count, 1, 6); // profile, learners, the diary card (two), the assessments card, the orders
    }
}
