using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

/// <summary>The diary of a long placement shows a window of weeks (DiaryDetails.PageWeeks), not every entry at once;
/// its hours still count the whole placement, and every way into a week (the pending list, a step, the picker) lands on it.</summary>
public sealed class DiaryWeekPagesTests(PortalFactory factory) : DiaryTestBase(factory)
{
    // 34 weeks: Monday 5 January to Friday 28 August 2026 (all before today, so the default window is the last one).
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly End = new(2026, 8, 28);

    private async Task<DiarySetup> LongPlacementAsync()
    {
        var s = await Data.DiarySetupAsync();
        await using var db = Factory.CreateDbContext();
        await db.Placements.Where(p => p.Id == s.Placement.Id)
            .ExecuteUpdateAsync(x => x.SetProperty(p => p.StartDate, Start).SetProperty(p => p.EndDate, End));
        var placement = await db.Placements.AsNoTracking().Include(p => p.Learners).SingleAsync(p => p.Id == s.Placement.Id);
        return s with { Placement = placement, Row = placement.Learners.Single() };
    }

    private static string[] Weeks(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-testid=week]").Select(w => w.GetAttribute("data-week")!).ToArray();

    [Fact]
    public async Task Get_LongDiary_ShowsTheLastWeeksAndCountsEveryWeeksHours()
    {
        var s = await LongPlacementAsync();
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), DiaryEntryStatus.Approved, "Апрелдеги иш", hours: 6);
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 8, 25), DiaryEntryStatus.Approved, "Августтагы иш", hours: 5);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var page = await client.GetDocumentAsync($"/Learner/Diaries/Learner/{s.Row.Id}");

        var weeks = Weeks(page);
        Assert.Equal(8, weeks.Length);
        Assert.Equal("2026-08-24", weeks[^1]);
        Assert.Contains("Августтагы иш", page.Body!.TextContent);
        Assert.DoesNotContain("Апрелдеги иш", page.Body.TextContent);
        Assert.Equal("11", page.QuerySelector("[data-testid=hours-done]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-testid=weeks-earlier]"));
        Assert.Null(page.QuerySelector("[data-testid=weeks-later]"));
        Assert.Equal(34, page.QuerySelectorAll("#go-to-week option").Length);
    }

    [Fact]
    public async Task Get_LongDiary_EarlierLinksWalkBackToTheFirstWeekWithoutGapsOrRepeats()
    {
        var s = await LongPlacementAsync();
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var seen = new List<string>();
        var url = $"/Learner/Diaries/Learner/{s.Row.Id}";
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await client.GetDocumentAsync(url);
            seen.InsertRange(0, Weeks(page));
            if (page.QuerySelector("[data-testid=weeks-earlier]") is not { } earlier)
            {
                break;
            }

            url = earlier.GetAttribute("href")!;
        }

        var expected = Enumerable.Range(0, 34).Select(i => Start.AddDays(7 * i).ToString("yyyy-MM-dd")).ToArray();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Get_PendingList_OpensTheDiaryAtTheWaitingWeek()
    {
        var s = await LongPlacementAsync();
        await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), DiaryEntryStatus.Submitted, "Күтүүдөгү иш", hours: 7);
        var client = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);
        var list = await client.GetDocumentAsync("/Mentor/Diaries");

        var open = list.QuerySelector("[data-testid=pending-learner] a")!.GetAttribute("href")!;
        var page = await client.GetDocumentAsync(open);

        Assert.Contains("2026-03-30", Weeks(page));
        Assert.Contains("Күтүүдөгү иш", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-week='2026-03-30'] [data-testid=approve-week]"));
        Assert.Contains("1", page.QuerySelector("#go-to-week option[value='2026-03-30']")!.TextContent);
    }

    [Fact]
    public async Task Post_ApproveWeek_OnTheDiary_ReturnsToThatWeek()
    {
        var s = await LongPlacementAsync();
        var entry = await Data.DiaryEntryAsync(s, new DateOnly(2026, 4, 2), DiaryEntryStatus.Submitted);
        var client = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);

        var response = await client.PostFormAsync("/Mentor/Diaries/ApproveWeek", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30", ["Seen[0]"] = $"{entry.Id}:{entry.Version}",
        }, $"/Mentor/Diaries/Learner/{s.Row.Id}?week=2026-03-30");

        response.AssertRedirectsTo($"/Mentor/Diaries/Learner/{s.Row.Id}?week=2026-03-30");
        Assert.Equal(DiaryEntryStatus.Approved, (await Data.ReloadEntryAsync(entry.Id)).Status);
    }

    [Fact]
    public async Task Get_AWeekOfAnotherEmployersDiary_ReturnsNotFound()
    {
        var s = await LongPlacementAsync();
        var other = await Data.DiarySetupAsync();
        var client = await SignInAsync(Roles.Mentor, other.Employer.Id, mentorId: other.Mentor.Id);

        var response = await client.Http.GetAsync($"/Mentor/Diaries/Learner/{s.Row.Id}?week=2026-03-30");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_JunkWeek_AnswersBadRequestNot500()
    {
        var s = await LongPlacementAsync();
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var response = await client.Http.GetAsync($"/Learner/Diaries/Learner/{s.Row.Id}?week=not-a-date");

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
    }
}
