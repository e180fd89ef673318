using System.Net;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Infrastructure.Data.Reports;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.AnnualReports;

/// <summary>Law No. 58: a report's learners' names reach only the college and, for its own placements, the employer.</summary>
public sealed class AnnualReportPersonalDataTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<(College College, IReadOnlyList<Employer> Employers, AnnualReport Report, Dictionary<Guid, string> NameByEmployer)> SubmittedReportAsync(
        AnnualReportStatus status = AnnualReportStatus.Submitted)
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var report = await Data.AnnualReportAsync(college, employers, status);
        await using var db = Factory.CreateDbContext();
        // Frozen as the college's Send freezes them: the real figures, with the placements' learners' names.
        var figures = await CollegeYearFiguresQuery.ComputeAsync(db, college.Id, TestData.ReportYear, CancellationToken.None);
        await db.AnnualReports.Where(r => r.Id == report.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FiguresJson, CollegeYearFiguresQuery.Serialize(figures)));
        var names = await db.PlacementLearners.Where(l => l.CollegeId == college.Id)
            .Select(l => new { l.Placement!.EmployerId, Name = l.Learner!.LastName + " " + l.Learner.FirstName }).ToListAsync();
        Assert.Equal(2, names.Count);
        return (college, employers, report, names.ToDictionary(n => n.EmployerId!.Value, n => n.Name));
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    public async Task Pdf_SubmittedReportAsMinistry_HasCountsButNoLearnerNames(string lang)
    {
        var (_, _, report, names) = await SubmittedReportAsync();
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var text = await PdfTextAsync(await ministry.GetAsync($"/Ministry/Reports/Pdf/{report.Id}?lang={lang}"));
        var preview = await (await ministry.GetAsync($"/Ministry/Reports/Preview/{report.Id}?lang={lang}")).Content.ReadAsStringAsync();
        var details = await (await ministry.GetAsync($"/Ministry/Reports/Details/{report.Id}")).Content.ReadAsStringAsync();

        Assert.All(names.Values, name =>
        {
            Assert.DoesNotContain(name, text);
            Assert.DoesNotContain(name, preview);
            Assert.DoesNotContain(name, details);
        });
    }

    [Fact]
    public async Task Pdf_AsPartnerEmployer_ShowsOnlyItsOwnPlacementsLearners()
    {
        var (_, employers, report, names) = await SubmittedReportAsync();
        var partner = await SignInAsync(Roles.EmployerAdmin, employers[0].Id);

        var text = await PdfTextAsync(await partner.GetAsync($"/Employer/Reports/Pdf/{report.Id}?lang=ky"));

        Assert.Contains(names[employers[0].Id], text);
        Assert.DoesNotContain(names[employers[1].Id], text);
    }

    [Fact]
    public async Task Pdf_AsTheCollege_ShowsEveryLearner()
    {
        var (college, _, report, names) = await SubmittedReportAsync();
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var text = await PdfTextAsync(await admin.GetAsync($"/College/Reports/Pdf/{report.Id}?lang=ky"));

        Assert.All(names.Values, name => Assert.Contains(name, text));
    }

    [Theory]
    [InlineData(AnnualReportStatus.Draft)]
    [InlineData(AnnualReportStatus.SentToEmployers)]
    public async Task Get_ReportNotYetSubmitted_AsMinistry_ReturnsNotFound(AnnualReportStatus status)
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, status);
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await ministry.GetAsync($"/Ministry/Reports/Details/{report.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ministry.GetAsync($"/Ministry/Reports/Pdf/{report.Id}?lang=ky")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ministry.GetAsync($"/Ministry/Reports/Preview/{report.Id}?lang=ru")).StatusCode);
        var list = await ministry.GetDocumentAsync($"/Ministry/Reports?Year={TestData.ReportYear}");
        Assert.Null(list.QuerySelector($"a[href*='{report.Id}']"));
    }

    [Fact]
    public async Task Get_SubmittedReport_AsMinistry_ReturnsOk()
    {
        var (_, _, report, _) = await SubmittedReportAsync();
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        Assert.Equal(HttpStatusCode.OK, (await ministry.GetAsync($"/Ministry/Reports/Details/{report.Id}")).StatusCode);
    }
}
