using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Graduates;

public sealed class MyPlacementsPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>Moves the placement to another academic year (the test placements run in April 2026, i.e. 2025–2026).</summary>
    private async Task MoveToAsync(Placement placement, DateOnly start, DateOnly end)
    {
        await using var db = Factory.CreateDbContext();
        await db.Placements.Where(p => p.Id == placement.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.StartDate, start).SetProperty(p => p.EndDate, end));
    }

    [Fact]
    public async Task Get_Index_ListsOwnPlacementsAcrossYearsButNoDraftsOrClassmatesPlacements()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync(e => e.Name = "ЖЧК «Өрнөк»");
        var me = await Data.LearnerAsync(college);
        var classmate = await Data.LearnerAsync(college);
        var older = await Data.PlacementAsync(college, employer, PlacementStatus.InProgress, [me]);
        await MoveToAsync(older, new DateOnly(2024, 10, 7), new DateOnly(2024, 11, 1));
        var newer = await Data.PlacementAsync(college, await Data.EmployerAsync(e => e.Name = "ААК «Бөтөн»"), PlacementStatus.Proposed, [me]);
        var draft = await Data.PlacementAsync(college, employer, PlacementStatus.Draft, [me]);
        var theirs = await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [classmate]);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id, culture: "en");

        var page = await client.GetDocumentAsync("/Learner/Placements");

        var rows = page.QuerySelectorAll("[data-testid=my-placements] tbody tr").Select(r => r.GetAttribute("data-placement")).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(older.Id.ToString(), rows);
        Assert.Contains(newer.Id.ToString(), rows);
        Assert.DoesNotContain(draft.Id.ToString(), rows);
        Assert.DoesNotContain(theirs.Id.ToString(), rows);
        var olderRow = page.QuerySelector($"tr[data-placement='{older.Id}']")!.TextContent;
        Assert.Contains("2024–2025", olderRow);
        Assert.Contains("ЖЧК «Өрнөк»", olderRow);
        Assert.Contains("Stage 3", olderRow);
        Assert.Equal("InProgress", page.QuerySelector($"tr[data-placement='{older.Id}'] [data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Get_Index_SearchesAndSorts()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        await Data.PlacementAsync(college, await Data.EmployerAsync(e => e.Name = "Ңоокат ЖЧК"), PlacementStatus.Proposed, [me]);
        await Data.PlacementAsync(college, await Data.EmployerAsync(e => e.Name = "Ала-Бука ЖЧК"), PlacementStatus.Proposed, [me]);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var search = await client.GetDocumentAsync("/Learner/Placements?q=ңоокат");
        var sorted = await client.GetDocumentAsync("/Learner/Placements?sort=employer");

        Assert.Single(search.QuerySelectorAll("[data-testid=my-placements] tbody tr"));
        Assert.Contains("Ала-Бука", sorted.QuerySelectorAll("[data-testid=my-placements] tbody tr")[0].TextContent);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        await Data.PlacementAsync(college, await Data.EmployerAsync(), PlacementStatus.Proposed, [me]);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var response = await client.GetAsync("/Learner/Placements/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_Details_ShowsOutcomesDatesAndContacts()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync(e => e.Name = "ЖЧК «Өрнөк»");
        var mentor = await Data.MentorAsync(employer, m => { m.FullName = "Сыдыков Үмөт"; m.Phone = "+996700111222"; });
        var me = await Data.LearnerAsync(college);
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.MentorAssigned, [me], mentor);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var page = await client.GetDocumentAsync($"/Learner/Placements/Details/{placement.Id}");

        Assert.Contains("ON1", page.QuerySelector("[data-testid=outcomes]")!.TextContent);
        Assert.Contains("01.04.2026", page.QuerySelector("[data-testid=dates]")!.TextContent);
        Assert.Contains("Сыдыков Үмөт", page.QuerySelector("[data-testid=mentor]")!.TextContent);
        Assert.Contains("+996700111222", page.QuerySelector("[data-testid=mentor]")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-testid=curator]")!.TextContent));
        Assert.Equal("ЖЧК «Өрнөк»", page.QuerySelector("[data-testid=employer]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"[data-testid=placement-links] a[href*='placement={placement.Id}']"));
    }

    [Fact]
    public async Task Get_Details_ClassmatesPlacementOrDraft_ReturnsNotFound()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var me = await Data.LearnerAsync(college);
        var theirs = await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [await Data.LearnerAsync(college)]);
        var draft = await Data.PlacementAsync(college, employer, PlacementStatus.Draft, [me]);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Learner/Placements/Details/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Learner/Placements/Details/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task Learner_ReadsOnlyTheOutcomesAndMentorsOfOwnPlacements()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var me = await Data.LearnerAsync(college);
        var mine = await Data.PlacementAsync(college, employer, PlacementStatus.MentorAssigned, [me]);
        var theirs = await Data.PlacementAsync(college, employer, PlacementStatus.MentorAssigned, [await Data.LearnerAsync(college)]);

        await using var db = Factory.CreateDbContext(new Actor("learner-user", Roles.Learner, OrganizationKind.College, college.Id, LearnerId: me.Id));

        Assert.Empty(await db.Programmes.ToListAsync());
        Assert.NotEmpty(await db.ProgrammeOutcomes.ToListAsync());
        Assert.True(await db.ProgrammeOutcomes.AllAsync(o => o.ProgrammeId == mine.ProgrammeId));
        Assert.Equal([mine.MentorId!.Value], await db.Mentors.Select(m => m.Id).ToListAsync());
        Assert.NotEqual(mine.MentorId, theirs.MentorId);
    }

    [Fact]
    public async Task Get_Index_ShowsLinksOnTheDashboard()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var page = await client.GetDocumentAsync("/Learner");

        var links = page.QuerySelectorAll("[data-testid=dashboard-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/Learner/Placements", "/Learner/Record", "/Learner/Agreements", "/Learner/Employment"], links);
    }

    [Theory]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Get_Index_AsOtherRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Learner/Placements")).StatusCode);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        for (var i = 0; i < 4; i++)
        {
            await Data.PlacementAsync(college, await Data.EmployerAsync(), PlacementStatus.Confirmed, [me]);
        }

        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        counter.Reset();

        await client.GetDocumentAsync("/Learner/Placements");

        Assert.InRange(counter.Count, 1, 10);
    }
}
