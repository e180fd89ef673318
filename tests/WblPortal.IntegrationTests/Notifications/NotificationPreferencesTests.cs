using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Notifications;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Features.Notifications;

namespace WblPortal.IntegrationTests.Notifications;

public sealed class NotificationPreferencesTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const string Page = "/account/notifications";

    /// <summary>Wednesday 15 April 2026 in Bishkek at the given time.</summary>
    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 4, day, hour, minute, 0, TimeSpan.FromHours(6));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private Task<int> SendAsync(DateTimeOffset now)
    {
        var scope = Factory.Services.CreateScope();
        return ActivatorUtilities.CreateInstance<SendNotificationEmails.Handler>(scope.ServiceProvider, new FixedClock(now)).SendPendingAsync();
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Get_Preferences_EveryRoleReachesItFromTheAccountPage(string role)
    {
        var s = await Data.DiarySetupAsync();
        Guid? organization = role switch
        {
            Roles.Learner or Roles.CollegeStaff => s.College.Id,
            Roles.Mentor or Roles.EmployerAdmin => s.Employer.Id,
            _ => (await Data.MinistryAsync()).Id,
        };
        var client = await SignInAsync(role, organization, mentorId: role == Roles.Mentor ? s.Mentor.Id : null,
            learnerId: role == Roles.Learner ? s.Learner.Id : null);

        var account = await client.GetDocumentAsync("/account/two-factor");
        var page = await client.GetDocumentAsync(Page);

        Assert.Equal(Page, account.QuerySelector("[data-testid=notification-settings]")!.GetAttribute("href"));
        Assert.Equal(NotificationKinds.All.Count, page.QuerySelectorAll("[data-testid=preferences] tbody tr").Length);
        Assert.All(NotificationKinds.All, k => Assert.NotNull(page.QuerySelector($"[data-testid=email-{k}][checked]")));
    }

    [Fact]
    public async Task Get_Preferences_WithoutBotToken_SaysTelegramIsOff_AndOffersNoLink()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "ru-KG");

        var page = await client.GetDocumentAsync(Page);
        var link = await client.PostFormAsync($"{Page}/telegram-link", [], Page);

        Assert.Contains("Канал Telegram на этом портале не включён", page.QuerySelector("[data-testid=telegram]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.NotificationPreferences.AnyAsync());
    }

    [Fact]
    public async Task Get_Preferences_Anonymous_RedirectsToSignIn()
    {
        var response = await PortalClient.Anonymous(Factory).GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Post_Preferences_SavesTheSignedInUsersOwnRowOnly()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.UserAsync(Roles.CollegeStaff, college.Id);
        var colleague = await Data.UserAsync(Roles.CollegeAdmin, college.Id);
        var client = await PortalClient.SignedInAsync(Factory, me);

        var response = await client.PostFormAsync(Page, new()
        {
            ["Email"] = "EntryReturned", ["Telegram"] = "WeekToApprove", ["QuietFrom"] = "22:00", ["QuietTo"] = "07:00",
            ["DailyDigest"] = "true", ["DigestAt"] = "18:30", ["UserId"] = colleague.Id,
        }, Page);

        response.AssertRedirectsTo(Page);
        await using var db = Factory.CreateDbContext();
        var saved = await db.NotificationPreferences.SingleAsync();
        Assert.Equal(me.Id, saved.UserId);
        Assert.Equal(NotificationKinds.Bit(NotificationKind.EntryReturned), saved.EmailKinds);
        Assert.Equal(NotificationKinds.Bit(NotificationKind.WeekToApprove), saved.TelegramKinds);
        Assert.Equal((new TimeOnly(22, 0), new TimeOnly(7, 0)), (saved.QuietFrom, saved.QuietTo));
        Assert.True(saved.DailyDigest);
        Assert.Equal(new TimeOnly(18, 30), saved.DigestAt);
        var page = await client.GetDocumentAsync(Page);
        Assert.NotNull(page.QuerySelector("[data-testid=email-EntryReturned][checked]"));
        Assert.Null(page.QuerySelector("[data-testid=email-WeekToApprove][checked]"));
        var theirs = await (await PortalClient.SignedInAsync(Factory, colleague)).GetDocumentAsync(Page);
        Assert.NotNull(theirs.QuerySelector("[data-testid=email-WeekToApprove][checked]"));
    }

    [Theory]
    [InlineData("ru-KG", "QuietFrom", "25:00", "Введите время в виде ЧЧ:ММ")]
    [InlineData("ky-KG", "QuietFrom", "22:00", "Тынч сааттардын башталышын да, аякталышын да жазыңыз")]
    [InlineData("en", "Email", "Nonsense", "Unknown kind of notification.")]
    [InlineData("ky-KG", "DigestAt", "ө:ү", "Убакытты СС:ММ түрүндө жазыңыз")]
    public async Task Post_Preferences_BadInput_LocalizedMessageAndNothingSaved(string culture, string field, string value, string message)
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: culture);

        var response = await client.PostFormAsync(Page, new() { ["Email"] = "EntryReturned", [field] = value }, Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.NotificationPreferences.AnyAsync());
    }

    [Fact]
    public async Task SendPending_KindSwitchedOffForEmail_SendsNoEmailButKeepsTheInbox()
    {
        var college = await Data.CollegeAsync();
        var user = await Data.UserAsync(Roles.CollegeStaff, college.Id);
        await SavePreferenceAsync(user.Id, p => p.EmailKinds = NotificationKinds.Bit(NotificationKind.PlacementProposed));
        await Data.NotificationAsync(collegeId: college.Id, key: "Notify_PartnershipSignedByEmployer", title: "Өчүк");
        await Data.NotificationAsync(collegeId: college.Id, key: "Notify_PlacementProposed", subjectType: "Placement", title: "Күйүк");

        Assert.Equal(2, await SendAsync(At(15, 10)));

        var mail = Assert.Single(MailPickup.Read(Factory.MailPickup));
        Assert.Contains("Күйүк", mail.Subject);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.RecipientCollegeId == college.Id));
    }

    [Fact]
    public async Task SendPending_InQuietHoursAcrossMidnight_HoldsTheEmailUntilTheyEnd()
    {
        var college = await Data.CollegeAsync();
        var user = await Data.UserAsync(Roles.CollegeStaff, college.Id);
        await SavePreferenceAsync(user.Id, p => (p.QuietFrom, p.QuietTo) = (new TimeOnly(22, 0), new TimeOnly(7, 0)));
        await Data.NotificationAsync(collegeId: college.Id, title: "Түнкү");

        await SendAsync(At(15, 23, 30));
        Assert.Empty(MailPickup.Read(Factory.MailPickup));
        await SendAsync(At(16, 6, 59));
        Assert.Empty(MailPickup.Read(Factory.MailPickup));
        await SendAsync(At(16, 7));

        Assert.Contains("Түнкү", Assert.Single(MailPickup.Read(Factory.MailPickup)).Subject);
        await SendAsync(At(16, 8));
        Assert.Single(MailPickup.Read(Factory.MailPickup));
    }

    [Fact]
    public async Task SendPending_DailyDigest_SendsOneMessageWithEverythingAtTheDigestTime()
    {
        var college = await Data.CollegeAsync();
        var user = await Data.UserAsync(Roles.CollegeStaff, college.Id);
        var other = await Data.UserAsync(Roles.CollegeAdmin, college.Id); // no preferences: one e-mail each, at once
        await SavePreferenceAsync(user.Id, p => (p.DailyDigest, p.DigestAt) = (true, new TimeOnly(18, 0)));
        await Data.NotificationAsync(collegeId: college.Id, title: "Биринчи");
        await SendAsync(At(15, 9));
        await Data.NotificationAsync(collegeId: college.Id, key: "Notify_PlacementProposed", subjectType: "Placement", title: "Экинчи");
        await SendAsync(At(15, 12));
        Assert.Equal(2, MailPickup.Read(Factory.MailPickup).Count(m => m.To.Contains(other.Email!)));
        Assert.DoesNotContain(MailPickup.Read(Factory.MailPickup), m => m.To.Contains(user.Email!));

        await SendAsync(At(15, 18));

        var digest = Assert.Single(MailPickup.Read(Factory.MailPickup), m => m.To.Contains(user.Email!));
        Assert.Contains("күнүмдүк жыйынтыгы: 2", digest.Subject);
        Assert.Contains("Биринчи", digest.Text);
        Assert.Contains("Экинчи", digest.Text);
    }

    private async Task SavePreferenceAsync(string userId, Action<NotificationPreference> change)
    {
        await using var db = Factory.CreateDbContext();
        var p = NotificationPreference.Default(userId);
        change(p);
        db.NotificationPreferences.Add(p);
        await db.SaveChangesAsync();
    }
}
