using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WblPortal.Domain.Access;
using WblPortal.Domain.Notifications;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Features.Notifications;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Notifications;

public sealed class ReminderTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>Wednesday 15 April 2026, 09:00 in Bishkek.</summary>
    private static readonly DateTimeOffset Now = new(2026, 4, 15, 9, 0, 0, TimeSpan.FromHours(6));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private async Task<int> RemindAsync(DateTimeOffset now)
    {
        using var scope = Factory.Services.CreateScope();
        var handler = ActivatorUtilities.CreateInstance<SendReminders.Handler>(scope.ServiceProvider, new FixedClock(now),
            Options.Create(new ReminderOptions { IntervalMinutes = 0, UnapprovedWeekDays = 7, RepeatDays = 3 }));
        return await handler.RemindAsync();
    }

    private async Task<List<Notification>> RemindersAsync(string key)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Notifications.AsNoTracking().Where(n => n.MessageKey == key).ToListAsync();
    }

    /// <summary>Three learners of one mentor: a week submitted 8 days ago, one submitted 3 days ago, one approved.</summary>
    private async Task<(DiarySetup Stale, DiarySetup Fresh, DiarySetup Approved)> DiariesAsync()
    {
        var stale = await Data.DiarySetupAsync();
        var fresh = await Data.DiarySetupAsync(stale.College, stale.Employer, stale.Mentor);
        var approved = await Data.DiarySetupAsync(stale.College, stale.Employer, stale.Mentor);
        await Data.SubmittedEntryAsync(stale, new DateOnly(2026, 4, 6), Now.AddDays(-8));
        await Data.SubmittedEntryAsync(fresh, new DateOnly(2026, 4, 10), Now.AddDays(-3));
        await Data.SubmittedEntryAsync(approved, new DateOnly(2026, 4, 2), Now.AddDays(-10), approved: true);
        return (stale, fresh, approved);
    }

    [Fact]
    public async Task Remind_WeekUnapprovedForEightDays_RemindsMentorAndEmployer_NotFreshOrApprovedWeeks()
    {
        var (stale, _, _) = await DiariesAsync();

        var added = await RemindAsync(Now);

        Assert.Equal(2, added);
        var reminders = await RemindersAsync(SendReminders.DiaryWeeksKey);
        Assert.All(reminders, r => Assert.Equal(stale.Row.Id, r.SubjectId));
        var mentor = Assert.Single(reminders, r => r.RecipientMentorId == stale.Mentor.Id);
        Assert.Contains("06.04.2026–12.04.2026", mentor.SubjectTitle);
        Assert.StartsWith($"{stale.Learner.LastName} {stale.Learner.FirstName}:", mentor.SubjectTitle);
        Assert.Single(reminders, r => r.RecipientEmployerId == stale.Employer.Id);
    }

    [Fact]
    public async Task Remind_Again_WithinRepeatWindowAddsNothing_AfterItRemindsAgain()
    {
        await DiariesAsync();

        Assert.Equal(2, await RemindAsync(Now));
        Assert.Equal(0, await RemindAsync(Now.AddHours(5)));
        Assert.Equal(0, await RemindAsync(Now.AddDays(2)));
        Assert.Equal(2, await RemindAsync(Now.AddDays(3).AddHours(1)));

        Assert.Equal(4, (await RemindersAsync(SendReminders.DiaryWeeksKey)).Count);
    }

    [Fact]
    public async Task Remind_CompletedPlacementWithUnfinishedAssessments_RemindsCollegeAndMentor()
    {
        var world = await Data.AssessmentWorldAsync(learners: 2);
        await Data.AssessmentAsync(world, AssessmentStage.Proposed); // the second learner's is not started

        var added = await RemindAsync(Now);

        Assert.Equal(2, added);
        var reminders = await RemindersAsync(SendReminders.AssessmentsKey);
        Assert.All(reminders, r => Assert.Equal(world.Placement.Id, r.SubjectId));
        Assert.Single(reminders, r => r.RecipientCollegeId == world.College.Id);
        Assert.Single(reminders, r => r.RecipientMentorId == world.Mentor.Id);
    }

    [Fact]
    public async Task Remind_FinalAssessmentOrPlacementNotEnded_RemindsNobody()
    {
        var done = await Data.AssessmentWorldAsync();
        await Data.AssessmentAsync(done, AssessmentStage.Final);
        await Data.AssessmentWorldAsync(completed: false); // in progress until its end date

        var added = await RemindAsync(Now);

        Assert.Equal(0, added);
        Assert.Empty(await RemindersAsync(SendReminders.AssessmentsKey));
    }

    [Fact]
    public async Task Remind_InProgressPlacementPastItsEndDate_RemindsCollegeAndMentor()
    {
        var world = await Data.AssessmentWorldAsync(completed: false); // 1–28 April 2026, still in progress

        var added = await RemindAsync(new DateTimeOffset(2026, 4, 29, 9, 0, 0, TimeSpan.FromHours(6)));

        Assert.Equal(2, added);
        Assert.All(await RemindersAsync(SendReminders.AssessmentsKey), r => Assert.Equal(world.Placement.Id, r.SubjectId));
    }

    [Fact]
    public async Task Reminders_InCollegeAndEmployerInboxes_LinkToTheAssessmentsAndTheDiary()
    {
        var (stale, _, _) = await DiariesAsync();
        var world = await Data.AssessmentWorldAsync(college: stale.College, employer: stale.Employer);
        await RemindAsync(Now);
        var college = await SignInAsync(Roles.CollegeStaff, stale.College.Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, stale.Employer.Id);

        var collegeInbox = (await college.GetDocumentAsync("/Inbox")).QuerySelector("[data-testid=inbox]")!.InnerHtml;
        var employerInbox = (await employer.GetDocumentAsync("/Inbox")).QuerySelector("[data-testid=inbox]")!.InnerHtml;

        var assessments = $"/College/Assessments?placement={world.Placement.Id}";
        var diary = $"/Employer/Diaries/Learner/{stale.Row.Id}";
        Assert.Contains(assessments, collegeInbox);
        Assert.Contains(diary, employerInbox);
        Assert.Equal(HttpStatusCode.OK, (await college.GetAsync(assessments)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync(diary)).StatusCode);
    }

    [Fact]
    public async Task Reminder_AppearsInMentorsInboxInKyrgyz_AndEmailJobSendsItsCopy()
    {
        var (stale, _, _) = await DiariesAsync();
        var mentorUser = await Data.UserAsync(Roles.Mentor, stale.Employer.Id, mentorId: stale.Mentor.Id);
        await RemindAsync(Now);
        var client = await PortalClient.SignedInAsync(Factory, mentorUser);

        var page = await client.GetDocumentAsync("/Inbox");

        // Besides the placements' "mentor assigned" notifications, one reminder.
        var item = Assert.Single(page.QuerySelectorAll("[data-testid=inbox] li"), li => li.TextContent.Contains("Эскертме"));
        Assert.Contains("Эскертме: күндөлүктүн тапшырылган жумалары", item.TextContent);
        Assert.Contains($"{stale.Learner.LastName} {stale.Learner.FirstName}", item.TextContent);
        var link = $"/Mentor/Diaries/Learner/{stale.Row.Id}";
        Assert.Contains(link, item.InnerHtml);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);

        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SendNotificationEmails.Handler>().SendPendingAsync();
        var mail = Assert.Single(MailPickup.Read(Factory.MailPickup), m => m.To.Contains(mentorUser.Email!) && m.Subject.Contains("Эскертме"));
        Assert.Contains($"{stale.Learner.LastName} {stale.Learner.FirstName}: 06.04.2026–12.04.2026", mail.Subject);
    }
}
