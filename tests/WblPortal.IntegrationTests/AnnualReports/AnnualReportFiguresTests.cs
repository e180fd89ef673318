using System.Net;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Common;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.AnnualReports;

/// <summary>The report's figures against values counted by hand on a small dataset, the snapshot taken when the report
/// is sent, and document (h) read back from the PDF.</summary>
public class AnnualReportFiguresTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static string Figure(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelector($"[data-figure='{name}']")?.TextContent.Trim() ?? "(missing)";

    [Fact]
    public async Task Details_Draft_ShowsFiguresEqualToHandCount()
    {
        var college = await Data.CollegeAsync();
        var a = await Data.EmployerAsync();
        var b = await Data.EmployerAsync();
        await Data.SignedPartnershipAsync(college, a);
        await Data.SignedPartnershipAsync(college, b, kind: PartnershipKind.Memorandum);
        var l1 = await Data.LearnerAsync(college, configure: l => l.HasSpecialNeeds = true);
        var l2 = await Data.LearnerAsync(college);
        var l3 = await Data.LearnerAsync(college, configure: l => l.Gender = Gender.Male);
        var l4 = await Data.LearnerAsync(college, configure: l => l.Gender = Gender.Male);
        await Data.YearPlacementAsync(await Data.ProgrammeAsync(college), [l1, l2], employer: a);                                       // counted: 2 learners
        await Data.YearPlacementAsync(await Data.ProgrammeAsync(college), [l3], employer: b, status: PlacementStatus.Completed);        // counted: 1 learner
        await Data.PlacementAsync(college, a, PlacementStatus.Proposed, [l4]);                                                          // not counted: proposed
        await Data.ConfirmedPlacementAsync(college, b, [l4]);                                                                           // not counted: not started
        await Data.YearPlacementAsync(await Data.ProgrammeAsync(college, academicYear: 2024), [l4], employer: a);                      // not counted: 2024
        await Data.EventAsync(college, [a], startsAt: new DateTimeOffset(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(6)), held: true,
            attendance: [(l1, true), (l2, false)]);
        var report = await Data.AnnualReportAsync(college, [a, b]);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync($"/College/Reports/Details/{report.Id}");

        Assert.Equal("3", Figure(page, "learners"));
        Assert.Equal("2", Figure(page, "female"));
        Assert.Equal("1", Figure(page, "male"));
        Assert.Equal("1", Figure(page, "special-needs"));
        Assert.Equal("4", Figure(page, "college-learners"));
        Assert.Equal("2", Figure(page, "placements"));
        Assert.Equal("2", Figure(page, "employers"));
        Assert.Equal("2", Figure(page, "partnerships"));
        Assert.Equal("2000", Figure(page, "hours")); // four approved programmes of 500 WBL hours for 2025 (the 2024 one is not of the year)
        Assert.Equal("1", Figure(page, "events"));
        Assert.Equal("1", Figure(page, "event-learners"));
        var production = page.QuerySelector("#report-forms tr[data-form='production_practice']")?.TextContent;
        Assert.NotNull(production);
        Assert.Equal(4, page.QuerySelectorAll("#report-programmes tbody tr").Length);
    }

    [Fact]
    public async Task Details_Draft_FiguresEqualTheMinistrysFiguresForTheCollege()
    {
        var set = await MinistryArea.MinistryDataset.CreateAsync(Data);
        var report = await Data.AnnualReportAsync(set.A, []);
        var college = await SignInAsync(Roles.CollegeAdmin, set.A.Id);
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var page = await college.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        var national = (await ministry.GetDocumentAsync($"/Ministry?Year={TestData.ReportYear}&College={set.A.Id}"))
            .QuerySelectorAll("[data-testid=stat]").Select(s => s.TextContent.Trim()).ToList();

        // College A in 2025 (MinistryDataset): P1 in progress (a1 a2 a3 at E1) and P2 completed (a1, workshop) count; the
        // cancelled P5 and the 2024 P6 do not. Ministry stats: colleges, learners, placements, female, male, SEN, employers.
        string[] reportFigures = [Figure(page, "learners"), Figure(page, "placements"), Figure(page, "female"), Figure(page, "male"),
            Figure(page, "special-needs"), Figure(page, "employers")];
        Assert.Equal(["3", "2", "2", "1", "1", "1"], reportFigures);
        Assert.Equal(reportFigures, national.Skip(1).Take(6).ToArray());
    }

    [Fact]
    public async Task Send_FreezesFigures_LaterPlacementsDoNotChangeTheReport()
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var report = await Data.AnnualReportAsync(college, employers);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var send = await client.PostFormAsync("/College/Reports/Send",
            new() { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString() }, "/College/Reports");
        Assert.Equal(HttpStatusCode.Redirect, send.StatusCode);

        await Data.ConfirmedPlacementAsync(college, employers[0], [await Data.LearnerAsync(college)]);

        var page = await client.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        Assert.Equal("2", Figure(page, "learners"));
        Assert.Equal("2", Figure(page, "placements"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, (await db.AnnualReportResponses.CountAsync(r => r.ReportId == report.Id)));
    }

    [Fact]
    public async Task Pdf_SubmittedReport_HasFiguresNarrativeAgreementPageAndCode()
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var report = await Data.AnnualReportAsync(college, employers);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/College/Reports/Send",
            new() { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString() }, "/College/Reports")).StatusCode);
        await using (var db = Factory.CreateDbContext())
        {
            var stored = await db.AnnualReports.Include(r => r.Responses).SingleAsync(r => r.Id == report.Id);
            stored.Respond(employers[0].Id, true, null, TestData.EmployerAdminUser, TestData.WorkflowAt);
            stored.Respond(employers[1].Id, false, "Көрсөткүчтөр толук эмес", TestData.EmployerAdminUser, TestData.WorkflowAt);
            stored.ClearRaisedNotifications();
            await db.SaveChangesAsync();
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/College/Reports/Submit",
                new() { ["Id"] = report.Id.ToString(), ["Version"] = stored.Version.ToString() }, "/College/Reports")).StatusCode);
        }

        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);
        var response = await ministry.GetAsync($"/Ministry/Reports/Pdf/{report.Id}?lang=ky");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
        var text = string.Join(' ', pages);
        Assert.Contains("ЖЫЛДЫК ОТЧЕТ", text);
        Assert.Contains("2025–2026-окуу", text);
        Assert.Contains(college.NameKy, text);
        Assert.Contains("Өндүрүштүк", text);
        Assert.Contains("ЖООго тартылган окуучулар", text);
        Assert.Contains("окуучу ишке орношту.", text);
        Assert.Contains("МАКУЛДАШУУ БАРАГЫ", pages[^1]);
        Assert.Contains(employers[0].Name.Split(' ')[0], pages[^1]);
        Assert.All(new[] { "Көрсөткүчтөр", "толук", "макул" }, w => Assert.Contains(w, pages[^1])); // cells wrap: words, not the phrase
        await using var check = Factory.CreateDbContext();
        var code = await check.IssuedDocuments.SingleAsync(d => d.EntityId == report.Id);
        Assert.Contains(code.Code, text);

        var ru = await ministry.GetAsync($"/Ministry/Reports/Pdf/{report.Id}?lang=ru");
        using var ruPdf = PdfDocument.Open(await ru.Content.ReadAsByteArrayAsync());
        var ruText = string.Join(' ', ruPdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("ГОДОВОЙ ОТЧЁТ", ruText);
        Assert.Contains("ЛИСТ СОГЛАСОВАНИЯ", ruText);
        Assert.Contains(college.NameRu, ruText);
    }

    [Fact]
    public async Task Preview_AsPartnerEmployer_ShowsTheReportAsHtml()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        var partner = await SignInAsync(Roles.EmployerAdmin, employers[0].Id);

        var response = await partner.GetAsync($"/Employer/Reports/Preview/{report.Id}?lang=ky");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ИШ БЕРҮҮЧҮЛӨР МЕНЕН МАКУЛДАШУУ БАРАГЫ", html);
        Assert.Contains("Көйгөйлөр: транспорт.", html);
    }
}
