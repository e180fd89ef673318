using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Infrastructure.Data.Reports;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

/// <summary>Law No. 58, small cells: every PDF the ministry reads with "&lt;5" and "×" in it explains them with the same
/// legend its web pages show — the national report in ky, ru and en, and the ministry's copy of a college's annual report
/// in ky and ru (the languages official documents are printed in). The college's own copy has exact counts and no legend.</summary>
public sealed class SmallCellLegendTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData("ky", "ky-KG")]
    [InlineData("ru", "ru-KG")]
    [InlineData("en", "en")]
    public async Task NationalReportPdf_CarriesTheSmallCellLegendOfTheDashboard_InItsLanguage(string lang, string culture)
    {
        await MinistryDataset.CreateAsync(Data);
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: culture);
        var legend = Legend(await ministry.GetDocumentAsync("/Ministry/Dashboard?Year=2025"));

        var text = PdfPages.Normalize(await PdfPages.TextAsync(await ministry.GetAsync($"/Ministry/Dashboard/Report?Year=2025&lang={lang}")));

        Assert.StartsWith("<5", legend);
        Assert.Contains(legend, text);
    }

    [Theory]
    [InlineData("ky", "ky-KG", "1ден 4кө чейин адам")]
    [InlineData("ru", "ru-KG", "от 1 до 4 человек")]
    public async Task AnnualReportPdf_AsMinistry_CarriesTheLegendOfTheMinistrysReportPage_AndTheCollegesCopyDoesNot(string lang, string culture,
        string words)
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.Submitted);
        await using (var db = Factory.CreateDbContext())
        {
            var figures = await CollegeYearFiguresQuery.ComputeAsync(db, college.Id, TestData.ReportYear, CancellationToken.None);
            await db.AnnualReports.Where(r => r.Id == report.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.FiguresJson, CollegeYearFiguresQuery.Serialize(figures)));
        }

        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: culture);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);
        var legend = Legend(await ministry.GetDocumentAsync($"/Ministry/Reports/Details/{report.Id}"));

        var national = PdfPages.Normalize(await PdfPages.TextAsync(await ministry.GetAsync($"/Ministry/Reports/Pdf/{report.Id}?lang={lang}")));
        var own = PdfPages.Normalize(await PdfPages.TextAsync(await admin.GetAsync($"/College/Reports/Pdf/{report.Id}?lang={lang}")));

        Assert.Contains(words, legend);
        Assert.Contains(legend, national);
        Assert.DoesNotContain(words, own);
    }

    private static string Legend(AngleSharp.Html.Dom.IHtmlDocument page) =>
        PdfPages.Normalize(page.QuerySelector("[data-testid=small-cells]")!.TextContent.Trim());
}
