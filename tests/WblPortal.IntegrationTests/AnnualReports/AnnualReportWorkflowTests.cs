using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Employers;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.AnnualReports;

/// <summary>The annual report chain through the three Areas' pages: compile → send → employers answer → submit →
/// ministry returns → revise and resend → submit → ministry accepts.</summary>
public class AnnualReportWorkflowTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly Dictionary<string, string> Narrative = new()
    {
        ["Achievements"] = "Окуучулардын 80% өндүрүштүк практикадан өттү; ңөөү",
        ["Problems"] = "Насаатчылар жетишсиз.",
        ["WblRecommendations"] = "Насаатчыларды даярдоо.",
        ["ProgrammeRecommendations"] = "Практиканын мөөнөтүн узартуу.",
    };

    private async Task<AnnualReport> StoredAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AnnualReports.Include(r => r.Responses).Include(r => r.History).AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private static async Task<HttpResponseMessage> StepAsync(PortalClient client, string url, AnnualReport report, string? comment = null, uint? version = null)
    {
        var fields = new Dictionary<string, string> { ["Id"] = report.Id.ToString(), ["Version"] = (version ?? report.Version).ToString() };
        if (comment is not null)
        {
            fields["Comment"] = comment;
        }

        return await client.PostFormAsync(url, fields, url.Contains("/Ministry/") ? "/Ministry/Reports" : url.Contains("/Employer/") ? "/Employer/Reports" : "/College/Reports");
    }

    private async Task<HttpResponseMessage> AnswerAsync(Employer employer, AnnualReport report, bool agree, string? comment = null)
    {
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var stored = await StoredAsync(report.Id);
        var mine = stored.Responses.Single(r => r.EmployerId == employer.Id);
        return await StepAsync(client, agree ? "/Employer/Reports/Agree" : "/Employer/Reports/Comment", report, comment, mine.Version);
    }

    [Fact]
    public async Task FullChain_CompileSendAnswerSubmitReturnResubmitAccept_EndsAccepted()
    {
        var (college, employers) = await Data.ReportWorldAsync(3);
        await Data.MinistryAsync();
        var collegeClient = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var created = await collegeClient.PostFormAsync("/College/Reports/Create", new() { ["AcademicYear"] = "2025" }, "/College/Reports");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.RedirectedId();
        var report = await StoredAsync(id);
        Assert.Equal(AnnualReportStatus.Draft, report.Status);

        var edit = new Dictionary<string, string>(Narrative) { ["Id"] = id.ToString(), ["Version"] = report.Version.ToString() };
        Assert.Equal(HttpStatusCode.Redirect, (await collegeClient.PostFormAsync("/College/Reports/Edit", edit, "/College/Reports")).StatusCode);
        report = await StoredAsync(id);
        Assert.Equal(Narrative["Achievements"], report.Achievements);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(collegeClient, "/College/Reports/Send", report)).StatusCode);
        report = await StoredAsync(id);
        Assert.Equal(AnnualReportStatus.SentToEmployers, report.Status);
        Assert.Equal(3, report.Responses.Count);
        Assert.NotNull(report.FiguresJson);

        // Employer inbox: the report awaits agreement.
        var inbox = await (await SignInAsync(Roles.EmployerAdmin, employers[0].Id)).GetDocumentAsync("/Employer/Reports?awaiting=true");
        Assert.NotNull(inbox.QuerySelector($"tr[data-id='{id}']"));

        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(employers[0], report, true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(employers[1], report, true, "Жакшы")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(employers[2], report, false, "Насаатчылардын саны туура эмес")).StatusCode);

        report = await StoredAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(collegeClient, "/College/Reports/Submit", report)).StatusCode);
        report = await StoredAsync(id);
        Assert.Equal(AnnualReportStatus.Submitted, report.Status);

        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);
        var ministryPage = await ministry.GetDocumentAsync($"/Ministry/Reports/Details/{id}");
        Assert.Equal(2, ministryPage.QuerySelectorAll("#report-responses tr[data-decision='Agreed']").Length);
        Assert.Single(ministryPage.QuerySelectorAll("#report-responses tr[data-decision='Commented']"));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(ministry, "/Ministry/Reports/Return", report, "Көрсөткүчтөрдү тактаңыз")).StatusCode);
        report = await StoredAsync(id);
        Assert.Equal(AnnualReportStatus.Returned, report.Status);
        Assert.Equal("Көрсөткүчтөрдү тактаңыз", report.ReviewComment);

        edit["Version"] = report.Version.ToString();
        edit["Achievements"] = "Тактаган жетишкендиктер";
        Assert.Equal(HttpStatusCode.Redirect, (await collegeClient.PostFormAsync("/College/Reports/Edit", edit, "/College/Reports")).StatusCode);
        report = await StoredAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(collegeClient, "/College/Reports/Send", report)).StatusCode);
        report = await StoredAsync(id);
        Assert.Equal(2, report.Round);
        Assert.All(report.Responses, r => Assert.Equal(EmployerReportDecision.Pending, r.Decision));
        foreach (var e in employers)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(e, report, true)).StatusCode);
        }

        report = await StoredAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(collegeClient, "/College/Reports/Submit", report)).StatusCode);
        report = await StoredAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(ministry, "/Ministry/Reports/Accept", report)).StatusCode);

        report = await StoredAsync(id);
        Assert.Equal(AnnualReportStatus.Accepted, report.Status);
        Assert.Equal(
            ["Create", "EditNarrative", "Send", "Agree", "Agree", "Comment", "Submit", "Return", "EditNarrative", "Send", "Agree", "Agree", "Agree", "Submit", "Accept"],
            report.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => h.Action).ToArray());

        await using var db = Factory.CreateDbContext();
        var keys = await db.Notifications.Where(n => n.SubjectId == id).Select(n => n.MessageKey).ToListAsync();
        Assert.Equal(6, keys.Count(k => k == "Notify_AnnualReportToAgree"));
        Assert.Contains("Notify_AnnualReportCommented", keys);
        Assert.Contains("Notify_AnnualReportReturned", keys);
        Assert.Contains("Notify_AnnualReportAccepted", keys);
    }

    [Fact]
    public async Task Submit_BeforeEveryEmployerAnswered_IsRefusedWithMessage()
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en-US");

        var response = await StepAsync(client, "/College/Reports/Submit", report);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Not every partner employer has answered yet.", await response.Content.ReadAsStringAsync());
        Assert.Equal(AnnualReportStatus.SentToEmployers, (await StoredAsync(report.Id)).Status);
    }

    [Fact]
    public async Task Send_WithoutNarrative_IsRefusedAndNothingSent()
    {
        var (college, _) = await Data.ReportWorldAsync(1);
        var report = await Data.SaveAsync(AnnualReport.Create(college.Id, 2025, TestData.CollegeAdminUser, TestData.WorkflowAt));
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await StepAsync(client, "/College/Reports/Send", report);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Жөнөтүүдөн мурун жетишкендиктерди", await response.Content.ReadAsStringAsync());
        var stored = await StoredAsync(report.Id);
        Assert.Equal(AnnualReportStatus.Draft, stored.Status);
        Assert.Empty(stored.Responses);
        Assert.Null(stored.FiguresJson);
    }

    [Fact]
    public async Task Comment_WithoutText_ShowsMessageNextToFieldAndSavesNothing()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);

        var response = await AnswerAsync(employers[0], report, false, "  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Сын-пикирди жазыңыз.", page.QuerySelector("[data-field='Comment']")?.TextContent.Trim());
        Assert.Equal(EmployerReportDecision.Pending, (await StoredAsync(report.Id)).Responses.Single().Decision);
    }

    [Fact]
    public async Task Return_WithoutComment_IsRefused()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.Submitted);
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var response = await StepAsync(ministry, "/Ministry/Reports/Return", report, "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(response)).QuerySelector("[data-field='Comment']"));
        Assert.Equal(AnnualReportStatus.Submitted, (await StoredAsync(report.Id)).Status);
    }

    [Fact]
    public async Task Get_Reports_OffersToCompileThePastAcademicYear()
    {
        var (college, _) = await Data.ReportWorldAsync(1);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Reports");

        var past = Domain.Common.AcademicCalendar.PastYearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6)));
        Assert.Equal(past.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#AcademicYear")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Create_SecondReportForTheSameYear_ShowsMessageNextToYear()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        await Data.AnnualReportAsync(college, employers);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Reports/Create", new() { ["AcademicYear"] = "2025" }, "/College/Reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Колледжде бул окуу жылы үчүн отчет бар.", page.QuerySelector("[data-field='AcademicYear']")?.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.AnnualReports.CountAsync());
    }

    [Fact]
    public async Task Edit_WithStaleVersion_ShowsConflictAndKeepsTheOtherEdit()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "en-US");
        var first = new Dictionary<string, string>(Narrative) { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString() };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/College/Reports/Edit", first, "/College/Reports")).StatusCode);

        var stale = new Dictionary<string, string>(first) { ["Achievements"] = "Эскирген түзөтүү" };
        var response = await client.PostFormAsync("/College/Reports/Edit", stale, "/College/Reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", await response.Content.ReadAsStringAsync());
        Assert.Equal(Narrative["Achievements"], (await StoredAsync(report.Id)).Achievements);
    }

    [Fact]
    public async Task Edit_AfterSubmission_IsRefused()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.Submitted);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var edit = new Dictionary<string, string>(Narrative) { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString() };

        var response = await client.PostFormAsync("/College/Reports/Edit", edit, "/College/Reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Жетишкендиктер: 12 окуучу ишке орношту.", (await StoredAsync(report.Id)).Achievements);
    }
}
