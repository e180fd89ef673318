using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Features.Notifications;

namespace WblPortal.IntegrationTests.AnnualReports;

/// <summary>A silent employer does not hold the annual report forever: the college sets an answer deadline when it sends
/// the report, may remind a silent employer once a day, and after the deadline submits with "no answer by the deadline"
/// recorded.</summary>
public class AnnualReportDeadlineTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));

    private static string Dd(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private async Task<AnnualReport> StoredAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AnnualReports.Include(r => r.Responses).Include(r => r.History).AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private static Task<HttpResponseMessage> PostAsync(PortalClient client, string action, AnnualReport report, Dictionary<string, string>? more = null)
    {
        var fields = new Dictionary<string, string> { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString() };
        foreach (var (k, v) in more ?? [])
        {
            fields[k] = v;
        }

        return client.PostFormAsync($"/College/Reports/{action}", fields, "/College/Reports");
    }

    [Fact]
    public async Task Send_WithDeadline_StoresItAndShowsItToThePartnerEmployer()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var form = await client.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        Assert.Equal(Dd(Today.AddDays(AnnualReport.DefaultAnswerDays)), form.QuerySelector("input[name='AnswerDeadline']")?.GetAttribute("value"));

        var response = await PostAsync(client, "Send", report, new() { ["AnswerDeadline"] = Dd(Today.AddDays(20)) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredAsync(report.Id);
        Assert.Equal(AnnualReportStatus.SentToEmployers, stored.Status);
        Assert.Equal(Today.AddDays(20), stored.AnswerDeadline);
        var partner = await SignInAsync(Roles.EmployerAdmin, employers[0].Id);
        var page = await partner.GetDocumentAsync($"/Employer/Reports/Details/{report.Id}");
        Assert.Equal(Dd(Today.AddDays(20)), page.QuerySelector("[data-testid='answer-deadline']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Send_WithoutDeadline_GivesTheEmployersTwoWeeks()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Send", report)).StatusCode);

        Assert.Equal(Today.AddDays(AnnualReport.DefaultAnswerDays), (await StoredAsync(report.Id)).AnswerDeadline);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(91)]
    public async Task Send_DeadlineNotAfterTodayOrTooFar_IsRefusedNextToTheFieldAndNothingSent(int days)
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en-US");

        var response = await PostAsync(client, "Send", report, new() { ["AnswerDeadline"] = Dd(Today.AddDays(days)) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("The answer deadline must be after today", page.QuerySelector("[data-field='AnswerDeadline']")?.TextContent);
        Assert.Equal(Dd(Today.AddDays(days)), page.QuerySelector("input[name='AnswerDeadline']")?.GetAttribute("value"));
        var stored = await StoredAsync(report.Id);
        Assert.Equal(AnnualReportStatus.Draft, stored.Status);
        Assert.Null(stored.AnswerDeadline);
        Assert.Empty(stored.Responses);
    }

    [Fact]
    public async Task Remind_SilentEmployer_NotifiesAndEmailsItOnceADay()
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        var employerUser = await Data.UserAsync(Roles.EmployerAdmin, employers[0].Id);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en-US");
        var page = await client.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        Assert.Equal(2, page.QuerySelectorAll("#report-reminders li[data-employer] form").Length);

        var first = await PostAsync(client, "Remind", report, new() { ["EmployerId"] = employers[0].Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var stored = await StoredAsync(report.Id);
        Assert.NotNull(stored.Responses.Single(r => r.EmployerId == employers[0].Id).RemindedAt);
        Assert.Null(stored.Responses.Single(r => r.EmployerId == employers[1].Id).RemindedAt);
        Assert.Contains(stored.History, h => h.Action == "Remind" && h.Comment == employers[0].Name);
        await using (var db = Factory.CreateDbContext())
        {
            var reminder = await db.Notifications.SingleAsync(n => n.SubjectId == report.Id && n.MessageKey == "Notify_AnnualReportReminder");
            Assert.Equal(employers[0].Id, reminder.RecipientEmployerId);
        }

        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SendNotificationEmails.Handler>().SendPendingAsync();
        }

        Assert.Contains(MailPickup.Read(Factory.MailPickup), m => m.To.Contains(employerUser.Email!) && m.Subject.Contains("Эскертме"));

        page = await client.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        Assert.Null(page.QuerySelector($"#report-reminders li[data-employer='{employers[0].Id}'] form"));
        Assert.NotNull(page.QuerySelector($"#report-reminders li[data-employer='{employers[0].Id}'] [data-testid='reminded-today']"));

        var second = await PostAsync(client, "Remind", stored, new() { ["EmployerId"] = employers[0].Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already been reminded today", await second.Content.ReadAsStringAsync());
        await using var check = Factory.CreateDbContext();
        Assert.Equal(1, await check.Notifications.CountAsync(n => n.SubjectId == report.Id && n.MessageKey == "Notify_AnnualReportReminder"));
        Assert.Single((await StoredAsync(report.Id)).History, h => h.Action == "Remind");
    }

    [Fact]
    public async Task Remind_EmployerThatAnswered_IsRefusedWithMessage()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        var partner = await SignInAsync(Roles.EmployerAdmin, employers[0].Id);
        var mine = (await StoredAsync(report.Id)).Responses.Single();
        Assert.Equal(HttpStatusCode.Redirect, (await partner.PostFormAsync("/Employer/Reports/Agree",
            new() { ["Id"] = report.Id.ToString(), ["Version"] = mine.Version.ToString() }, "/Employer/Reports")).StatusCode);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en-US");

        var response = await PostAsync(client, "Remind", await StoredAsync(report.Id), new() { ["EmployerId"] = employers[0].Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This employer has already answered.", await response.Content.ReadAsStringAsync());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.SubjectId == report.Id && n.MessageKey == "Notify_AnnualReportReminder"));
    }

    [Fact]
    public async Task Submit_BeforeTheDeadlineWithASilentEmployer_IsRefusedAndSaysWhenItOpens()
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var deadline = Today.AddDays(3);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers, answerDeadline: deadline);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en-US");
        var page = await client.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        Assert.Contains(Dd(deadline), page.QuerySelector("[data-testid='submit-deadline']")?.TextContent);

        var response = await PostAsync(client, "Submit", report);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("can be submitted after the answer deadline", await response.Content.ReadAsStringAsync());
        var stored = await StoredAsync(report.Id);
        Assert.Equal(AnnualReportStatus.SentToEmployers, stored.Status);
        Assert.All(stored.Responses, r => Assert.Equal(EmployerReportDecision.Pending, r.Decision));
    }

    [Fact]
    public async Task Submit_AfterTheDeadlineWithASilentEmployer_RecordsNoAnswerOnThePageHistoryAndPdf()
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var deadline = Today.AddDays(-1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers, answerDeadline: deadline);
        var partner = await SignInAsync(Roles.EmployerAdmin, employers[0].Id);
        var mine = (await StoredAsync(report.Id)).Responses.Single(r => r.EmployerId == employers[0].Id);
        Assert.Equal(HttpStatusCode.Redirect, (await partner.PostFormAsync("/Employer/Reports/Agree",
            new() { ["Id"] = report.Id.ToString(), ["Version"] = mine.Version.ToString() }, "/Employer/Reports")).StatusCode);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en-US");
        var before = await client.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        Assert.False(before.QuerySelector("form[action$='/Submit'] button")!.HasAttribute("disabled"));

        var response = await PostAsync(client, "Submit", await StoredAsync(report.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredAsync(report.Id);
        Assert.Equal(AnnualReportStatus.Submitted, stored.Status);
        Assert.Equal(EmployerReportDecision.Agreed, stored.Responses.Single(r => r.EmployerId == employers[0].Id).Decision);
        Assert.Equal(EmployerReportDecision.NoAnswer, stored.Responses.Single(r => r.EmployerId == employers[1].Id).Decision);
        var noAnswer = Assert.Single(stored.History, h => h.Action == "NoAnswer");
        Assert.Equal($"{employers[1].Name} · {Dd(deadline)}", noAnswer.Comment);

        var page = await client.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        Assert.Equal($"No answer by {Dd(deadline)}",
            page.QuerySelector($"#report-responses tr[data-employer='{employers[1].Id}'] td:nth-child(2)")?.TextContent.Trim());
        Assert.Contains(employers[1].Name, page.QuerySelector("#report-history tr[data-action='NoAnswer']")?.TextContent);
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);
        Assert.NotNull((await ministry.GetDocumentAsync($"/Ministry/Reports/Details/{report.Id}"))
            .QuerySelector($"#report-responses tr[data-employer='{employers[1].Id}'][data-decision='NoAnswer']"));
        var pdf = PdfPages.Normalize(await PdfPages.TextAsync(await client.GetAsync($"/College/Reports/Pdf/{report.Id}?lang=ru")));
        var agreementPage = pdf[pdf.IndexOf("ЛИСТ СОГЛАСОВАНИЯ", StringComparison.Ordinal)..];
        Assert.Contains("нет ответа к", agreementPage); // the table's cells wrap into one another in reading order
        Assert.Contains(Dd(deadline), agreementPage);
    }

    [Fact]
    public async Task Remind_OtherCollegesReport_ReturnsNotFound()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        var other = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await PostAsync(other, "Remind", report, new() { ["EmployerId"] = employers[0].Id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.MessageKey == "Notify_AnnualReportReminder"));
    }

    [Fact]
    public async Task Remind_AsEmployer_ReturnsForbidden()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        var partner = await SignInAsync(Roles.EmployerAdmin, employers[0].Id);

        var response = await partner.PostFormAsync("/College/Reports/Remind",
            new() { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString(), ["EmployerId"] = employers[0].Id.ToString() }, "/Employer/Reports");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
