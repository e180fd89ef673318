using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

/// <summary>Saving diary hours that would take a week over the legal weekly limit for the learner's age (the
/// reference table working_time_limits: Labour Code art. 91) is refused next to the hours with the limit and the
/// week named, and nothing is saved — by the learner and by the mentor alike.</summary>
public sealed class WeeklyHoursLimitTests(PortalFactory factory) : DiaryTestBase(factory)
{
    private static readonly DateOnly Monday = new(2026, 4, 6);

    /// <summary>15 in April 2026 (24 h a week) and 17 (36 h a week).</summary>
    private static readonly DateOnly Fifteen = new(2010, 9, 1);
    private static readonly DateOnly Seventeen = new(2008, 9, 1);

    private async Task<DiarySetup> WeekAsync(DateOnly dateOfBirth, int days)
    {
        var s = await Data.DiarySetupAsync(dateOfBirth: dateOfBirth);
        for (var i = 0; i < days; i++)
        {
            await Data.DiaryEntryAsync(s, Monday.AddDays(i), DiaryEntryStatus.Submitted);
        }

        return s;
    }

    private async Task<List<DiaryEntry>> EntriesAsync(DiarySetup s)
    {
        await using var db = Factory.CreateDbContext();
        return await db.DiaryEntries.AsNoTracking().Where(e => e.PlacementLearnerId == s.Row.Id).ToListAsync();
    }

    [Fact]
    public async Task Post_Entry_TakingAFifteenYearOldsWeekOver24Hours_IsRefusedNamingLimitAndWeek_AndSavesNothing()
    {
        var s = await WeekAsync(Fifteen, days: 3);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        var fields = EntryFields(date: "2026-04-09", hours: "1");
        fields["Submit"] = "true";

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Hours]")!.TextContent;
        Assert.Contains("06.04.2026–12.04.2026", message);
        Assert.Contains("(24 саат)", message);
        Assert.Contains("25 саат", message);
        Assert.Contains("91-берене", message);
        Assert.Equal(3, (await EntriesAsync(s)).Count);
    }

    [Fact]
    public async Task Post_Entry_UpToTheLimit_IsSaved()
    {
        var s = await WeekAsync(Seventeen, days: 4);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields(date: "2026-04-10", hours: "4"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(36, (await EntriesAsync(s)).Sum(e => e.Hours));
    }

    [Fact]
    public async Task Post_Entry_ByTheMentor_OverASeventeenYearOldsWeeklyLimit_IsRefusedAndSavesNothing()
    {
        var s = await WeekAsync(Seventeen, days: 4);
        var mentor = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);

        var response = await PostEntryAsync(mentor, "Mentor", s.Row.Id, EntryFields(date: "2026-04-10", hours: "5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("(36 саат)", (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Hours]")!.TextContent);
        Assert.Equal(4, (await EntriesAsync(s)).Count);
    }

    [Fact]
    public async Task Post_Edit_RaisingAnEntrysHoursOverTheLimit_IsRefusedAndKeepsTheOldHours()
    {
        var s = await WeekAsync(Fifteen, days: 2);
        var draft = await Data.DiaryEntryAsync(s, Monday.AddDays(2), DiaryEntryStatus.Draft);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        var fields = EntryFields(date: "2026-04-08", hours: "9");
        fields["Id"] = draft.Id.ToString();
        fields["Version"] = draft.Version.ToString();

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(8, (await Data.ReloadEntryAsync(draft.Id)).Hours);
    }

    [Fact]
    public async Task Post_Entry_OfAnAdult_FollowsTheGeneralLimitOfTheReferenceTable()
    {
        var s = await WeekAsync(new DateOnly(2000, 1, 1), days: 5);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields(date: "2026-04-11", hours: "1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("(40 саат)", (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Hours]")!.TextContent);
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("-24")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("\0")]
    public async Task Post_Entry_WithJunkHours_AnswersNo5xxAndSavesNothing(string hours)
    {
        var s = await WeekAsync(Fifteen, days: 3);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields(date: "2026-04-09", hours: hours));

        Assert.True((int)response.StatusCode < 500, ((int)response.StatusCode).ToString());
        Assert.Equal(3, (await EntriesAsync(s)).Count);
    }
}
