using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Infrastructure.Data.Reports;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

/// <summary>Law No. 58, small cells: on a portal with the production setting (<c>Privacy:SuppressSmallCells</c> on; the
/// shared test portal has it off so that the figures' arithmetic can be checked by hand), every count of people from 1 to
/// 4 the ministry sees — dashboard, drill-down, Table 1, their xlsx, a college's annual report — reads "&lt;5" (or "×"
/// when hidden to protect one), while the college reads its exact figures. <see cref="MinistryDataset"/>: 5 learners in
/// WBL in 2025 (3 ♀, 2 ♂), every other count of people under 5.</summary>
public sealed partial class SmallCellSuppressionTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static WebApplicationFactory<Program>? _suppressing;

    /// <summary>The shared portal with the production setting: the same database, a second host (started once per run).</summary>
    private WebApplicationFactory<Program> Suppressing =>
        _suppressing ??= Factory.WithWebHostBuilder(b => b.UseSetting("Privacy:SuppressSmallCells", "true"));

    /// <summary>Headers of columns that count organizations, events or shares, not people: their 1–4 stay.</summary>
    private static readonly string[] NotPeople = ["Colleges", "Events held", "Employers", "WBL share, %", "NQF minimum, %"];

    private async Task<(MinistryDataset Set, PortalClient Client)> ArrangeAsync()
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var user = await Data.UserAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);
        return (set, await PortalClient.SignedInAsync(Suppressing, user, "en"));
    }

    /// <summary>Every cell of a table under a header that counts people.</summary>
    private static IEnumerable<string> PeopleCells(IHtmlDocument page, string tableSelector)
    {
        foreach (var table in page.QuerySelectorAll(tableSelector))
        {
            var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var cells = row.Children.ToList();
                for (var i = 1; i < cells.Count && i < headers.Count; i++)
                {
                    if (!NotPeople.Contains(headers[i]) && cells[i].LocalName == "td")
                    {
                        yield return cells[i].TextContent.Trim();
                    }
                }
            }
        }
    }

    private static void NoneFromOneToFour(IEnumerable<string> cells)
    {
        var list = cells.ToList();
        Assert.NotEmpty(list);
        Assert.DoesNotContain(list, c => c is "1" or "2" or "3" or "4");
    }

    [Fact]
    public async Task Get_Dashboard_ShowsSmallCountsAsLessThanFiveAndLargerOnesExactly()
    {
        var (_, client) = await ArrangeAsync();

        var page = await client.GetDocumentAsync("/Ministry?Year=2025");

        // colleges, learners, placements, female, male, special needs, employers, mentors, trained mentors
        Assert.Equal(["2", "5", "<5", "<5", "<5", "<5", "2", "<5", "<5"], page.QuerySelectorAll("[data-testid=stat]").Select(s => s.TextContent.Trim()));
        NoneFromOneToFour(PeopleCells(page, "[data-testid^=fig-]"));
        var production = page.QuerySelectorAll("[data-testid=fig-by-form] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Production practice (technological etc.)");
        // Female 3, male 2, placements 2 read "<5"; learners 5 is hidden ("×"): the workshop's single learner is the only
        // other learner in that column, so 5 would stand alone beside a "<5" under the headline total of 5.
        Assert.Equal(["×", "<5", "<5", "<5", "0", "0"], production.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("[data-testid=small-cells]"));
    }

    [Fact]
    public async Task Get_DrillDown_ShowsEveryCollegesSmallCountsAsLessThanFive()
    {
        var (set, client) = await ArrangeAsync();

        var page = await client.GetDocumentAsync("/Ministry/Dashboard/Colleges?Year=2025");

        NoneFromOneToFour(PeopleCells(page, "[data-testid=colleges]"));
        var a = page.QuerySelectorAll("[data-testid=colleges] tbody tr").Single(r => r.QuerySelector($"a[href*='{set.A.Id}']") is not null);
        // learners 3, female 2, male 1, special needs 1, placements 2, employers 1 (an organization: shown), mentors 1.
        Assert.Equal(["<5", "<5", "<5", "<5", "<5", "1", "<5"], a.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_Table1_ShowsSmallCellsAsLessThanFive()
    {
        var (_, client) = await ArrangeAsync();

        var page = await client.GetDocumentAsync("/Ministry/Dashboard/FormsByCollege?Year=2025");

        var cells = page.QuerySelectorAll("[data-testid=table1] tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("<5", cells);
        NoneFromOneToFour(cells);
    }

    [Theory]
    [InlineData("/Ministry/Dashboard/ExportColleges?Year=2025")]
    [InlineData("/Ministry/Dashboard/ExportFigure?Year=2025&key=by-form")]
    [InlineData("/Ministry/Dashboard/ExportFormsByCollege?Year=2025")]
    public async Task Get_Xlsx_WritesLessThanFiveAndNoCountFromOneToFour(string url)
    {
        var (_, client) = await ArrangeAsync();

        var rows = await SheetRowsAsync(await client.GetAsync(url));

        var headers = rows[0];
        var people = url.Contains("FormsByCollege", StringComparison.Ordinal)
            // Table 1: college, region, then a learners' cell per form; its last row counts colleges running each form.
            ? rows.Skip(1).SkipLast(1).SelectMany(r => r.Skip(2)).ToList()
            : rows.Skip(1).SelectMany(r => r.Select((v, i) => (v, i)).Where(x => x.i > 0 && x.i < headers.Count && !NotPeople.Contains(headers[x.i])).Select(x => x.v))
                .ToList();

        Assert.Contains("<5", people);
        NoneFromOneToFour(people);
    }

    [Fact]
    public async Task AnnualReport_MinistrysCopySuppressesSmallCounts_TheCollegeReadsItsOwnExactly()
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.Submitted);
        await using (var db = Factory.CreateDbContext())
        {
            var figures = await CollegeYearFiguresQuery.ComputeAsync(db, college.Id, TestData.ReportYear, CancellationToken.None);
            Assert.Equal(2, figures.Learners);
            await db.AnnualReports.Where(r => r.Id == report.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.FiguresJson, CollegeYearFiguresQuery.Serialize(figures)));
        }

        var collegeAdmin = await PortalClient.SignedInAsync(Suppressing, await Data.UserAsync(Roles.CollegeAdmin, college.Id), "en");
        var ministry = await PortalClient.SignedInAsync(Suppressing, await Data.UserAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id), "en");
        // The college prints first: its issued PDF (exact, with names) is stored; the ministry must not be served it.
        Assert.Equal(HttpStatusCode.OK, (await collegeAdmin.GetAsync($"/College/Reports/Pdf/{report.Id}?lang=ru")).StatusCode);

        var own = await collegeAdmin.GetDocumentAsync($"/College/Reports/Details/{report.Id}");
        var national = await ministry.GetDocumentAsync($"/Ministry/Reports/Details/{report.Id}");
        var pdf = await PdfTextAsync(await ministry.GetAsync($"/Ministry/Reports/Pdf/{report.Id}?lang=ru"));

        Assert.Equal("2", own.QuerySelector("[data-figure=learners]")!.TextContent.Trim());
        Assert.Equal("<5", national.QuerySelector("[data-figure=learners]")!.TextContent.Trim());
        NoneFromOneToFour(national.QuerySelectorAll("[data-figure=learners], [data-figure=female], [data-figure=male], [data-figure=placements], #report-forms td:not(:first-child)")
            .Select(td => td.TextContent.Trim()));
        Assert.Contains("<5", pdf);
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    /// <summary>The first sheet's rows, each cell's text (numbers as written, inline strings unescaped).</summary>
    private static async Task<List<List<string>>> SheetRowsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var shared = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is { } strings)
        {
            using var reader = new StreamReader(strings.Open());
            shared = TextPattern().Matches(await reader.ReadToEndAsync()).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        }

        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await sheet.ReadToEndAsync();
        return RowPattern().Matches(xml).Select(row => CellPattern().Matches(row.Groups[1].Value).Select(c =>
        {
            var body = c.Groups[2].Value;
            if (TextPattern().Match(body) is { Success: true } t)
            {
                return WebUtility.HtmlDecode(t.Groups[1].Value);
            }

            var v = ValuePattern().Match(body).Groups[1].Value;
            return c.Groups[1].Value.Contains("t=\"s\"", StringComparison.Ordinal) ? shared[int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)] : v;
        }).ToList()).ToList();
    }

    [GeneratedRegex("<row[^>]*>(.*?)</row>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<c([^>]*?)(?:/>|>(.*?)</c>)", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<t[^>]*>(.*?)</t>", RegexOptions.Singleline)]
    private static partial Regex TextPattern();

    [GeneratedRegex("<v>(.*?)</v>", RegexOptions.Singleline)]
    private static partial Regex ValuePattern();
}
