using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

/// <summary>The diary loop always closes: a returned entry can be fixed and reach the mentor again even after the rest
/// of its week was approved, the learner hears of the return, no day ahead can be written, and a diary that cannot be
/// written yet says why and who opens it.</summary>
public sealed class DiaryLoopTests(PortalFactory factory) : DiaryTestBase(factory)
{
    private Task<PortalClient> MentorOf(DiarySetup s) => SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);

    private Task<PortalClient> LearnerOf(DiarySetup s, string culture = "ky-KG") =>
        SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id, culture: culture);

    private static Task<HttpResponseMessage> ReturnAsync(PortalClient mentor, DiarySetup s, DiaryEntry entry) =>
        mentor.PostFormAsync("/Mentor/Diaries/Return", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["Id"] = entry.Id.ToString(), ["Version"] = entry.Version.ToString(), ["Comment"] = "Сааттарды тактаңыз",
        });

    [Fact]
    public async Task Post_Entry_ReturnedThenRestOfWeekApproved_IsFixedResubmittedAndReachesTheMentorsPendingList()
    {
        var s = await Data.DiarySetupAsync();
        var kept = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var returned = await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(1), DiaryEntryStatus.Submitted, hours: 6);
        var mentor = await MentorOf(s);
        var learner = await LearnerOf(s);

        Assert.Equal(HttpStatusCode.Redirect, (await ReturnAsync(mentor, s, returned)).StatusCode);
        var approve = await mentor.PostFormAsync("/Mentor/Diaries/ApproveWeek", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30", ["Seen[0]"] = $"{kept.Id}:{kept.Version}",
        });
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(DiaryEntryStatus.Approved, (await Data.ReloadEntryAsync(kept.Id)).Status);
        Assert.Empty((await mentor.GetDocumentAsync("/Mentor/Diaries")).QuerySelectorAll("[data-testid=pending-week]"));

        var fields = EntryFields(date: "2026-04-03", hours: "7", tasks: "Сааттар такталды");
        fields["Id"] = returned.Id.ToString();
        fields["Version"] = (await Data.ReloadEntryAsync(returned.Id)).Version.ToString();
        fields["Submit"] = "true";
        var resubmitted = await PostEntryAsync(learner, "Learner", s.Row.Id, fields);

        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        var saved = await Data.ReloadEntryAsync(returned.Id);
        Assert.Equal((DiaryEntryStatus.Submitted, 7m, "Сааттар такталды"), (saved.Status, saved.Hours, saved.Tasks));
        var pending = (await mentor.GetDocumentAsync("/Mentor/Diaries")).QuerySelectorAll("[data-testid=pending-week]");
        Assert.Single(pending);
        Assert.Equal("1 жазуу, 7 саат", pending[0].QuerySelector("[data-testid=pending-summary]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_Return_NotifiesTheLearnerWithALinkToTheDiary()
    {
        var s = await Data.DiarySetupAsync();
        var classmate = await Data.DiarySetupAsync(s.College, s.Employer, s.Mentor);
        var entry = await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(1), DiaryEntryStatus.Submitted);

        Assert.Equal(HttpStatusCode.Redirect, (await ReturnAsync(await MentorOf(s), s, entry)).StatusCode);

        await using var db = Factory.CreateDbContext();
        var notification = await db.Notifications.SingleAsync(n => n.MessageKey == "Notify_DiaryEntryReturned");
        Assert.Equal((s.Learner.Id, s.Row.Id, "03.04.2026"), (notification.RecipientLearnerId, notification.SubjectId, notification.SubjectTitle));
        var inbox = await (await LearnerOf(s, "ru-KG")).GetDocumentAsync("/Inbox");
        var item = Assert.Single(inbox.QuerySelectorAll("[data-testid=inbox] li"));
        Assert.Contains("Наставник вернул запись дневника на исправление", item.TextContent);
        Assert.Equal($"/Learner/Diaries/Learner/{s.Row.Id}", item.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        var other = await SignInAsync(Roles.Learner, s.College.Id, learnerId: classmate.Learner.Id);
        Assert.Empty((await other.GetDocumentAsync("/Inbox")).QuerySelectorAll("[data-testid=inbox] li"));
    }

    [Theory]
    [InlineData("ky-KG", "али келе элек күндү жазууга болбойт")]
    [InlineData("ru-KG", "день, который ещё не наступил, записать нельзя")]
    [InlineData("en", "a day that has not come yet cannot be entered")]
    public async Task Post_Entry_DatedInTheFuture_IsRefusedWithLocalizedMessageAndSavesNothing(string culture, string message)
    {
        var s = await Data.DiarySetupAsync();
        var learner = await LearnerOf(s, culture);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6)).AddDays(1);

        var response = await PostEntryAsync(learner, "Learner", s.Row.Id, EntryFields(date: tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for=Date]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.DiaryEntries.AnyAsync());
    }

    [Theory]
    [InlineData(PlacementStatus.Confirmed)]
    [InlineData(PlacementStatus.MentorAssigned)]
    public async Task Get_Diary_OfPlacementNotStarted_SaysItOpensOnStartAndWhoStartsIt(PlacementStatus status)
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learner = await Data.LearnerAsync(college);
        var placement = await Data.PlacementAsync(college, employer, status, [learner], start: new DateOnly(2027, 2, 1));
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: learner.Id, culture: "ru-KG");

        var page = await client.GetDocumentAsync($"/Learner/Diaries/Learner/{placement.Learners.Single().Id}");

        var closed = page.QuerySelector("[data-testid=diary-closed]")!.TextContent;
        Assert.Contains("Дневник ещё не открыт", closed);
        Assert.Contains("01.02.2027", closed);
        Assert.Contains("Начало практики отмечает колледж", closed);
    }

    [Fact]
    public async Task Get_Diary_StartedWithoutInduction_SaysTheMentorOrEmployerRecordsIt_AndOpenDiarySaysNothing()
    {
        var waiting = await Data.DiarySetupAsync(induction: false);
        var open = await Data.DiarySetupAsync(waiting.College);

        var closed = await (await LearnerOf(waiting)).GetDocumentAsync($"/Learner/Diaries/Learner/{waiting.Row.Id}");
        var running = await (await LearnerOf(open)).GetDocumentAsync($"/Learner/Diaries/Learner/{open.Row.Id}");

        Assert.Contains("инструктаждан кийин ачылат", closed.QuerySelector("[data-testid=diary-closed]")!.TextContent);
        Assert.Null(running.QuerySelector("[data-testid=diary-closed]"));
    }
}
