using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

/// <summary>The national dashboard on <see cref="MinistryDataset"/>: every figure equals its hand-computed value,
/// each filter narrows, every number drills down to the right colleges.</summary>
public sealed class DashboardPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<(MinistryDataset Set, PortalClient Client)> ArrangeAsync(string culture = "en")
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: culture);
        return (set, client);
    }

    private static List<int> Stats(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=stat]").Select(s => int.Parse(s.TextContent)).ToList();

    /// <summary>Rows of a figure table: label → cell texts.</summary>
    private static Dictionary<string, string[]> Figure(IHtmlDocument page, string key) =>
        page.QuerySelectorAll($"[data-testid=fig-{key}] tbody tr")
            .Where(r => r.QuerySelector("th") is not null)
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    [Fact]
    public async Task Get_Index_ShowsHeadlineCountsOfTheYear()
    {
        var (_, client) = await ArrangeAsync();

        var page = await client.GetDocumentAsync("/Ministry?Year=2025");

        // colleges, learners, placements, female, male, special needs, employers, mentors, trained mentors
        Assert.Equal([2, 5, 3, 3, 2, 1, 2, 2, 1], Stats(page));
        Assert.Equal("National overview", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Index_ShowsFiguresByFormStageRegionLevelSectorGenderAndTrend()
    {
        var (_, client) = await ArrangeAsync();

        var page = await client.GetDocumentAsync("/Ministry?Year=2025");

        var byForm = Figure(page, "by-form");
        Assert.Equal(["5", "3", "2", "2", "0", "0"], byForm["Production practice (technological etc.)"]);
        Assert.Equal(["1", "1", "0", "1", "0", "0"], byForm["Training in a workshop"]);
        Assert.Equal(["0", "0", "0", "0", "2", "1"], byForm["Workplace excursion"]);
        Assert.Equal(["0", "0", "0", "0", "1", "1"], byForm["Employer guest lecture"]);
        Assert.Equal(19, byForm.Count);

        var byStage = Figure(page, "by-stage");
        Assert.Equal(["0", "0", "1"], byStage["Stage 0. Preparation for WBL"]);
        Assert.Equal(["0", "0", "2"], byStage["Stage 1. Getting to know the profession and workplace"]);
        Assert.Equal(["1", "1", "0"], byStage["Stage 2. Engagement with the profession"]);
        Assert.Equal(["5", "2", "0"], byStage["Stage 3. Work experience"]);

        var byRegion = Figure(page, "by-region");
        Assert.Equal(["1", "3", "2"], byRegion["Bishkek City"]);
        Assert.Equal(["1", "2", "1"], byRegion["Osh City"]);
        Assert.Equal(["0", "0", "0"], byRegion["Chuy Region"]);

        var byLevel = Figure(page, "by-nqf");
        Assert.Equal(["2", "1"], byLevel["Level 4: primary vocational education"]);
        Assert.Equal(["3", "2"], byLevel["Level 5: secondary vocational education"]);

        var bySector = Figure(page, "by-sector");
        Assert.Equal(["3", "1"], bySector["Construction"]);
        Assert.Equal(["2", "1"], bySector["Information technology"]);
        Assert.Equal(["1", "1"], bySector["At the college (no employer)"]);

        Assert.Equal(["3"], Figure(page, "by-gender")["Female"]);
        Assert.Equal(["2"], Figure(page, "by-gender")["Male"]);

        var trend = Figure(page, "trend");
        Assert.Equal(["1", "1", "1"], trend["2024–2025"]);
        Assert.Equal(["2", "5", "3"], trend["2025–2026"]);
    }

    [Theory]
    // Workshop (a placement dimension): only P2 of 2025 (a1 at college A).
    [InlineData("Year=2025&Form=12", null, "1,1,1")]
    // Women (a learner dimension): 2024 P6 (a1); 2025 P1 (a1 a2), P2 (a1), P3 (b2).
    [InlineData("Year=2025&Gender=Female", "1,1,1", "2,3,3")]
    // Special needs: a2 in P1 only.
    [InlineData("Year=2025&Sen=true", null, "1,1,1")]
    public async Task Get_Index_TrendFollowsTheDrillDown(string query, string? year2024, string year2025)
    {
        var (_, client) = await ArrangeAsync();

        var trend = Figure(await client.GetDocumentAsync("/Ministry?" + query), "trend");

        Assert.Equal(year2024?.Split(','), trend.GetValueOrDefault("2024–2025"));
        Assert.Equal(year2025.Split(','), trend["2025–2026"]);
    }

    [Fact]
    public async Task Get_Index_ListsProgrammesBelowTheNqfMinimum()
    {
        var (set, client) = await ArrangeAsync();

        var page = await client.GetDocumentAsync("/Ministry?Year=2025");

        var below = Figure(page, "below-minimum");
        var row = Assert.Single(below);
        Assert.Contains(set.SpecialtyB.Code, row.Key);
        Assert.Equal(["30", "60"], row.Value);
        Assert.Contains("1 of 2", page.QuerySelector("[aria-labelledby=fig-below-minimum-title] p")!.TextContent);
    }

    [Theory]
    [InlineData("Year=2024", 1, 1)]
    [InlineData("Year=2025&Region=2", 1, 2)]
    [InlineData("Year=2025&Region=1", 1, 3)]
    [InlineData("Year=2025&Nqf=5", 1, 3)]
    [InlineData("Year=2025&Nqf=4", 1, 2)]
    [InlineData("Year=2023", 0, 0)]
    public async Task Get_Index_FilterNarrowsTheCounts(string query, int colleges, int learners)
    {
        var (_, client) = await ArrangeAsync();

        var stats = Stats(await client.GetDocumentAsync("/Ministry?" + query));

        Assert.Equal(colleges, stats[0]);
        Assert.Equal(learners, stats[1]);
    }

    [Fact]
    public async Task Get_Index_CollegeAndSpecialtyFiltersNarrowTheCounts()
    {
        var (set, client) = await ArrangeAsync();

        var byCollege = Stats(await client.GetDocumentAsync($"/Ministry?Year=2025&College={set.B.Id}"));
        var bySpecialty = Stats(await client.GetDocumentAsync($"/Ministry?Year=2025&Specialty={set.SpecialtyA.Code}"));

        Assert.Equal([1, 2, 1, 1, 1, 0, 1, 1, 0], byCollege);
        Assert.Equal([1, 3, 2, 2, 1, 1, 1, 1, 1], bySpecialty);
    }

    [Fact]
    public async Task Get_Colleges_FromRegionFigure_ListsTheRegionsColleges()
    {
        var (set, client) = await ArrangeAsync();
        var dashboard = await client.GetDocumentAsync("/Ministry?Year=2025");
        var link = dashboard.QuerySelectorAll("[data-testid=fig-by-region] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Osh City")
            .QuerySelector("a")!.GetAttribute("href")!;

        var page = await client.GetDocumentAsync(link);

        var rows = page.QuerySelectorAll("[data-testid=colleges] tbody tr").ToList();
        var row = Assert.Single(rows);
        Assert.Equal(set.B.NameRu, row.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(["Osh City", "2", "1", "1", "0", "1", "1", "1"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("Region=2", page.QuerySelector("[data-testid=back]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("Form=12", "A", 1)]
    [InlineData("Gender=Male", "A,B", 1)]
    [InlineData("Sen=true", "A", 1)]
    [InlineData("Sector=InformationTechnology", "B", 2)]
    [InlineData("Stage=WorkExperience", "A,B", -1)]
    [InlineData("Nqf=5", "A", 3)]
    public async Task Get_Colleges_ListsTheCollegesBehindTheFigure(string dimension, string expected, int learnersOfFirst)
    {
        var (set, client) = await ArrangeAsync();
        var names = new Dictionary<string, string> { ["A"] = set.A.NameRu, ["B"] = set.B.NameRu };

        var page = await client.GetDocumentAsync("/Ministry/Dashboard/Colleges?Year=2025&" + dimension);

        var rows = page.QuerySelectorAll("[data-testid=colleges] tbody tr").ToList();
        Assert.Equal(expected.Split(',').Select(k => names[k]).Order(), rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()).Order());
        if (learnersOfFirst >= 0)
        {
            Assert.Equal(learnersOfFirst.ToString(), rows[0].QuerySelectorAll("td")[1].TextContent.Trim());
        }
    }

    [Fact]
    public async Task Get_Index_EveryFigureNumberLinksToTheCollegesPage()
    {
        var (_, client) = await ArrangeAsync();

        var page = await client.GetDocumentAsync("/Ministry?Year=2025");

        var cells = page.QuerySelectorAll("[data-testid^=fig-] tbody td[data-value]").ToList();
        Assert.NotEmpty(cells);
        // The one row without a drill-down is the college's own workshops (no employer, so no sector to filter by).
        Assert.All(cells.Where(td => td.ParentElement!.QuerySelector("th")!.TextContent.Trim() != "At the college (no employer)"),
            td => Assert.StartsWith("/Ministry/Dashboard/Colleges?", td.QuerySelector("a")!.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll(".stat-card a"), a => Assert.StartsWith("/Ministry/Dashboard/Colleges?", a.GetAttribute("href")));
        Assert.NotEmpty(page.QuerySelectorAll("canvas[data-chart][data-chart-table]"));
    }

    [Theory]
    [InlineData("ky-KG", "Республика боюнча көрсөткүчтөр", "ЖООго катышкан окуучулар")]
    [InlineData("ru-KG", "Показатели по республике", "Обучающиеся в ОРМ")]
    [InlineData("en", "National overview", "Learners in WBL")]
    public async Task Get_Index_RendersInTheUsersLanguage(string culture, string title, string learnersLabel)
    {
        var (_, client) = await ArrangeAsync(culture);

        var page = await client.GetDocumentAsync("/Ministry?Year=2025");

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(learnersLabel, page.QuerySelectorAll(".stat-card a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_MinistryPages_ShowNoPersonalData()
    {
        var (set, client) = await ArrangeAsync();

        foreach (var url in new[] { "/Ministry?Year=2025", "/Ministry/Dashboard/Colleges?Year=2025", "/Ministry/Dashboard/Colleges?Year=2025&Sen=true", "/Ministry/Dashboard/FormsByCollege?Year=2025" })
        {
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Жекеманов", html);
            Assert.DoesNotContain(set.A1.FirstName, html);
            Assert.DoesNotContain(set.A2.Pin, html);
            Assert.DoesNotContain("Купуянов", html);
        }
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var (_, client) = await ArrangeAsync();
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Ministry?Year=2025");
        counter.Reset();

        await client.GetAsync("/Ministry?Year=2025&Region=1");

        Assert.InRange(counter.Count, 1, 22); // options (7), statistics (13), identity
    }

    [Fact]
    public async Task Get_ExportFigure_ReturnsXlsxOfTheTable()
    {
        var (_, client) = await ArrangeAsync();

        var response = await client.GetAsync("/Ministry/Dashboard/ExportFigure?Year=2025&key=by-region");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await XlsxText(response);
        Assert.Contains("Osh City", xml);
        Assert.Contains("Bishkek City", xml);
    }

    [Fact]
    public async Task Get_Workbook_HasASheetPerTableAndTable1()
    {
        var (_, client) = await ArrangeAsync();

        var response = await client.GetAsync("/Ministry/Dashboard/Workbook?Year=2025");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        // 14 figures (with assessment levels and grades, graduate employment and status) and Table 1.
        Assert.Equal(15, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Get_ExportColleges_ReturnsXlsxOfTheDrillDown()
    {
        var (set, client) = await ArrangeAsync();

        var xml = await XlsxText(await client.GetAsync("/Ministry/Dashboard/ExportColleges?Year=2025&Region=2"));

        Assert.Contains(set.B.NameRu, xml);
        Assert.DoesNotContain(set.A.NameRu, xml);
    }

    /// <summary>All the XML of an xlsx response (the sheets hold their strings inline or in sharedStrings).</summary>
    internal static async Task<string> XlsxText(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }
}
