using System.Net;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Infrastructure.Statistics;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.IntegrationTests.MinistryArea;
using WblPortal.Web;
using WblPortal.Web.Features.Ministry;

namespace WblPortal.IntegrationTests.HotPaths;

/// <summary>The pages every user opens all day (issue 19): a mentor's pages issue the same SQL commands however many
/// learners and entries there are, the weeks awaiting approval are paged, the ministry dashboard is computed once per
/// refresh of its figures, the header's unread count follows reading.</summary>
public sealed class HotPathTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<int> CommandsAsync(PortalClient client, string url)
    {
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        counter.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return counter.Count;
    }

    [Fact]
    public async Task Get_MentorPages_MoreLearnersAndEntries_IssueTheSameNumberOfSqlCommands()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var client = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);
        await client.GetAsync("/Mentor");
        await client.GetAsync("/Mentor/Diaries");
        var dashboard = await CommandsAsync(client, "/Mentor");
        var diaries = await CommandsAsync(client, "/Mentor/Diaries");

        for (var i = 0; i < 3; i++)
        {
            var more = await Data.DiarySetupAsync(s.College, s.Employer, s.Mentor);
            await Data.DiaryEntryAsync(more, TestData.DiaryDay, DiaryEntryStatus.Submitted);
            await Data.DiaryEntryAsync(more, TestData.DiaryDay.AddDays(7), DiaryEntryStatus.Submitted);
            await Data.DiaryEntryAsync(more, TestData.DiaryDay.AddDays(8), DiaryEntryStatus.Approved);
            var other = await Data.DiarySetupAsync(s.College, s.Employer); // another mentor's learner at the same employer
            await Data.DiaryEntryAsync(other, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        }

        // The new placements notified the mentor: the header's unread count is read once more, then kept again.
        await client.GetAsync("/Mentor");
        Assert.Equal(dashboard, await CommandsAsync(client, "/Mentor"));
        Assert.Equal(diaries, await CommandsAsync(client, "/Mentor/Diaries"));
        var page = await client.GetDocumentAsync("/Mentor/Diaries");
        Assert.Equal("7", page.QuerySelector("[data-testid=pending-total]")!.TextContent.Trim());
        Assert.Equal(4, page.QuerySelectorAll("[data-testid=diary-row]").Length);
    }

    [Fact]
    public async Task Get_MentorDiaries_ManyPendingWeeks_ShowsThemInPagesOfTwenty()
    {
        var first = await Data.DiarySetupAsync();
        var setups = new List<DiarySetup> { first };
        for (var i = 0; i < 5; i++)
        {
            setups.Add(await Data.DiarySetupAsync(first.College, first.Employer, first.Mentor));
        }

        foreach (var s in setups)
        {
            for (var week = 0; week < 4; week++)
            {
                await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(7 * week), DiaryEntryStatus.Submitted);
            }
        }

        var client = await SignInAsync(Roles.Mentor, first.Employer.Id, mentorId: first.Mentor.Id);

        var one = await client.GetDocumentAsync("/Mentor/Diaries");
        var two = await client.GetDocumentAsync("/Mentor/Diaries?pendingPage=2");

        Assert.Equal("24", one.QuerySelector("[data-testid=pending-total]")!.TextContent.Trim());
        Assert.Equal(PendingWeeksPageSize, one.QuerySelectorAll("[data-testid=pending-week]").Length);
        Assert.Equal(24 - PendingWeeksPageSize, two.QuerySelectorAll("[data-testid=pending-week]").Length);
        Assert.Contains("pendingPage=2", one.QuerySelector("[data-testid=pending] a[rel=next]")!.GetAttribute("href"));
        // Every week is on exactly one page, each with its approval form.
        var forms = one.QuerySelectorAll("[data-testid=pending-week] form").Concat(two.QuerySelectorAll("[data-testid=pending-week] form"))
            .Select(f => f.QuerySelector("input[name=PlacementLearnerId]")!.GetAttribute("value") + f.QuerySelector("input[name=WeekStart]")!.GetAttribute("value"))
            .ToList();
        Assert.Equal(24, forms.Distinct().Count());
        Assert.All(one.QuerySelectorAll("[data-testid=pending-week] form"), f => Assert.Single(f.QuerySelectorAll("input[name=Seen]")));
    }

    private const int PendingWeeksPageSize = WblPortal.Web.Features.Diaries.PendingWeeks.Handler.PageSize;

    [Fact]
    public async Task LoadDashboard_SameFilterBeforeRefresh_ReturnsTheCachedFiguresAndAfterRefreshRecomputes()
    {
        await MinistryDataset.CreateAsync(Data);
        await using (var system = Factory.CreateDbContext())
        {
            await NationalFigures.RefreshAsync(system, default);
        }

        var ministry = await Data.MinistryAsync();
        using var scope = Factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        using var cache = new MemoryCache(new MemoryCacheOptions());
        await using var db = Factory.CreateDbContext(new Actor("analyst", Roles.MinistryAnalyst, OrganizationKind.Ministry, ministry.Id));
        var handler = new NationalDashboard.Handler(db, sp.GetRequiredService<IStringLocalizer<MinistryResource>>(),
            sp.GetRequiredService<IStringLocalizer<SharedResource>>(),
            Microsoft.Extensions.Options.Options.Create(new NationalFiguresOptions { FiguresRefreshOnRead = false }),
            sp.GetRequiredService<IStringLocalizer<AssessmentResource>>(), sp.GetRequiredService<IStringLocalizer<GraduateResource>>(), cache, TimeProvider.System,
            WblPortal.Domain.Privacy.SmallCellRule.Standard);
        var filter = new DashboardFilter { Year = 2025 };
        int Colleges(NationalDashboard.Model m) => m.Stats.Single(x => x.Key == "colleges").Value;

        var first = await handler.LoadAsync(filter, default);
        await Data.DiarySetupAsync(); // a new college's learner in WBL this academic year (April 2026)
        var beforeRefresh = await handler.LoadAsync(new DashboardFilter { Year = 2025 }, default);
        var otherFilter = await handler.LoadAsync(new DashboardFilter { Year = 2024 }, default);
        await using (var system = Factory.CreateDbContext())
        {
            await NationalFigures.RefreshAsync(system, default);
        }

        var afterRefresh = await handler.LoadAsync(filter, default);

        Assert.Same(first, beforeRefresh);
        Assert.Equal(2, Colleges(beforeRefresh));
        Assert.NotSame(first, otherFilter);
        Assert.NotSame(first, afterRefresh);
        Assert.Equal(3, Colleges(afterRefresh));
        Assert.True(afterRefresh.FiguresAt > first.FiguresAt);
    }

    [Fact]
    public async Task Get_AnyPage_AfterReadingOrANewNotification_ShowsTheNewUnreadCount()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var one = await Data.NotificationAsync(mentorId: mentor.Id, title: "Биринчи");
        await Data.NotificationAsync(mentorId: mentor.Id, title: "Экинчи");
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id);
        string? Unread(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("[data-testid=inbox-unread]")?.FirstChild?.TextContent.Trim();
        Assert.Equal("2", Unread(await client.GetDocumentAsync("/Mentor")));
        var cached = await client.GetDocumentAsync("/Mentor");

        await client.PostFormAsync($"/Inbox/MarkRead/{one.Id}", new() { ["returnUrl"] = "/Inbox" });
        var afterRead = await client.GetDocumentAsync("/Mentor");
        await Data.NotificationAsync(mentorId: mentor.Id, title: "Үчүнчү");
        var afterNew = await client.GetDocumentAsync("/Mentor");
        await client.PostFormAsync("/Inbox/MarkAllRead", []);
        var counted = await CommandsAsync(client, "/Mentor");
        var fromCache = await CommandsAsync(client, "/Mentor");
        var afterAll = await client.GetDocumentAsync("/Mentor");

        Assert.Equal("2", Unread(cached));
        Assert.Equal("1", Unread(afterRead));
        Assert.Equal("2", Unread(afterNew));
        Assert.Null(Unread(afterAll));
        Assert.Equal(counted - 1, fromCache); // after the marks the count is read once, then kept
    }
}
