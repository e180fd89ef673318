using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Features.Notifications;

namespace WblPortal.IntegrationTests.Notifications;

public sealed class InboxTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Inbox_ListsOnlyOwnOrganizationsNotifications_AndBellCountsUnread()
    {
        var college = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college);
        await Data.NotificationAsync(collegeId: college.Id, title: "Биздики");
        await Data.NotificationAsync(collegeId: other.Id, title: "Башка колледждики");
        await Data.NotificationAsync(learnerId: learner.Id, title: "Окуучунуку");
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var page = await client.GetDocumentAsync("/Inbox");

        var items = page.QuerySelectorAll("[data-testid=inbox] li");
        Assert.Single(items);
        Assert.Contains("Биздики", items[0].TextContent);
        Assert.Equal("1", page.QuerySelector("[data-testid=inbox-unread]")!.FirstChild!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Inbox_AsLearner_ShowsOnlyTheirOwn()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        var classmate = await Data.LearnerAsync(college);
        await Data.NotificationAsync(learnerId: me.Id, key: "Notify_AgreementToConfirm", subjectType: "TripartiteAgreement", title: "Меники");
        await Data.NotificationAsync(learnerId: classmate.Id, key: "Notify_AgreementToConfirm", subjectType: "TripartiteAgreement", title: "Башканыкы");
        await Data.NotificationAsync(collegeId: college.Id, title: "Колледждики");
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var page = await client.GetDocumentAsync("/Inbox");

        var items = page.QuerySelectorAll("[data-testid=inbox] li");
        Assert.Single(items);
        Assert.Contains("Меники", items[0].TextContent);
    }

    [Fact]
    public async Task Post_MarkRead_OwnIsMarkedAndOpensItsSubject_OtherOrganizationsAnswersNotFound()
    {
        var employer = await Data.EmployerAsync();
        var college = await Data.CollegeAsync();
        var partnership = await Data.PartnershipAsync(college, employer);
        var mine = await Data.NotificationAsync(employerId: employer.Id, key: "Notify_PartnershipToSign", subjectId: partnership.Id);
        var theirs = await Data.NotificationAsync(employerId: (await Data.EmployerAsync()).Id);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync($"/Inbox/MarkRead/{mine.Id}", new() { ["returnUrl"] = $"/Employer/Partnerships/Details/{partnership.Id}" });
        var refused = await client.PostFormAsync($"/Inbox/MarkRead/{theirs.Id}", new() { ["returnUrl"] = "/Inbox" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        response.AssertRedirectsTo($"/Employer/Partnerships/Details/{partnership.Id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.NotificationReads.AnyAsync(r => r.NotificationId == mine.Id));
        Assert.False(await db.NotificationReads.AnyAsync(r => r.NotificationId == theirs.Id));
        var page = await client.GetDocumentAsync("/Inbox");
        Assert.Null(page.QuerySelector("[data-testid=inbox-unread]"));
        Assert.Contains($"/Employer/Partnerships/Details/{partnership.Id}", page.QuerySelector("[data-testid=inbox]")!.InnerHtml);
    }

    [Fact]
    public async Task Post_MarkRead_ByOneUser_LeavesItUnreadForTheOrganizationsOtherUsers()
    {
        var college = await Data.CollegeAsync();
        var first = await Data.NotificationAsync(collegeId: college.Id, title: "Биринчи");
        await Data.NotificationAsync(collegeId: college.Id, title: "Экинчи");
        var curator = await SignInAsync(Roles.CollegeStaff, college.Id);
        var director = await SignInAsync(Roles.CollegeAdmin, college.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await curator.PostFormAsync($"/Inbox/MarkRead/{first.Id}", new() { ["returnUrl"] = "/Inbox" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await curator.PostFormAsync($"/Inbox/MarkRead/{first.Id}", new() { ["returnUrl"] = "/Inbox" })).StatusCode);

        string Unread(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("[data-testid=inbox-unread]")!.FirstChild!.TextContent.Trim();
        Assert.Equal("1", Unread(await curator.GetDocumentAsync("/Inbox")));
        Assert.Equal("2", Unread(await director.GetDocumentAsync("/Inbox")));

        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync("/Inbox/MarkAllRead", [])).StatusCode);
        Assert.Null((await director.GetDocumentAsync("/Inbox")).QuerySelector("[data-testid=inbox-unread]"));
        Assert.Equal("1", Unread(await curator.GetDocumentAsync("/Inbox")));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(3, await db.NotificationReads.CountAsync()); // the curator's one (marked twice) and the director's two
    }

    [Theory]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.PlatformAdmin)]
    public async Task Get_Inbox_AsReaderOfEveryRow_ShowsNoOrganizationsNotifications(string role)
    {
        var college = await Data.CollegeAsync();
        var notification = await Data.NotificationAsync(collegeId: college.Id, title: "Колледждики");
        var client = await SignInAsync(role, role == Roles.MinistryAnalyst ? (await Data.MinistryAsync()).Id : null);

        var page = await client.GetDocumentAsync("/Inbox");
        var mark = await client.PostFormAsync($"/Inbox/MarkRead/{notification.Id}", new() { ["returnUrl"] = "/Inbox" });

        Assert.Empty(page.QuerySelectorAll("[data-testid=inbox] li"));
        Assert.Null(page.QuerySelector("[data-testid=inbox-unread]"));
        Assert.Equal(HttpStatusCode.NotFound, mark.StatusCode);
    }

    [Fact]
    public async Task Get_Inbox_Anonymous_RedirectsToSignIn()
    {
        var response = await PortalClient.Anonymous(Factory).GetAsync("/Inbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        response.AssertRedirectsToSignIn();
    }

    [Fact]
    public async Task Get_Inbox_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        for (var i = 0; i < 25; i++)
        {
            await Data.NotificationAsync(collegeId: college.Id);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Inbox?page=2");
        counter.Reset();

        await client.GetAsync("/Inbox?page=2");

        Assert.InRange(counter.Count, 1, 6);
    }

    [Fact]
    public async Task SendPending_WritesLocalizedEmailToEachTargetUserAndMarksSent()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var russian = await Data.UserAsync(Roles.CollegeAdmin, college.Id);
        await Data.SetPreferredCultureAsync(russian, "ru-KG");
        var kyrgyz = await Data.UserAsync(Roles.CollegeStaff, college.Id); // no preference → Kyrgyz
        var learner = await Data.LearnerAsync(college);
        var learnerUser = await Data.UserAsync(Roles.Learner, college.Id, learnerId: learner.Id); // not the college's inbox
        var employerUser = await Data.UserAsync(Roles.EmployerAdmin, employer.Id);
        var notification = await Data.NotificationAsync(collegeId: college.Id, key: "Notify_PartnershipSignedByEmployer", title: "К-77");

        using var scope = Factory.Services.CreateScope();
        var sent = await scope.ServiceProvider.GetRequiredService<SendNotificationEmails.Handler>().SendPendingAsync();

        Assert.Equal(1, sent);
        var mails = MailPickup.Read(Factory.MailPickup);
        Assert.Equal(2, mails.Count);
        var ru = Assert.Single(mails, m => m.To.Contains(russian.Email!));
        Assert.Contains("Работодатель подписал", ru.Subject);
        Assert.Contains("К-77", ru.Subject);
        var ky = Assert.Single(mails, m => m.To.Contains(kyrgyz.Email!));
        Assert.Contains("Саламатсызбы", ky.Body);
        Assert.DoesNotContain(mails, m => m.To.Contains(learnerUser.Email!) || m.To.Contains(employerUser.Email!));
        await using var db = Factory.CreateDbContext();
        Assert.NotNull((await db.Notifications.SingleAsync(n => n.Id == notification.Id)).EmailSentAt);

        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SendNotificationEmails.Handler>().SendPendingAsync());
        Assert.Equal(2, MailPickup.Read(Factory.MailPickup).Count);
    }
}
