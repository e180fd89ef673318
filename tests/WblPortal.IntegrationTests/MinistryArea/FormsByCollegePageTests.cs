using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

/// <summary>Table 1 of the concept reproduced from recorded placements and held events of <see cref="MinistryDataset"/>.</summary>
public sealed class FormsByCollegePageTests(PortalFactory factory) : IntegrationTest(factory)
{
    // Columns: excursion, master class, off-site lesson, training base, introductory, production, pre-diploma,
    // internship, volunteering, study project, competition, other.
    [Fact]
    public async Task Get_FormsByCollege_ComputesCellsFromPlacementsAndEvents()
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: "en");

        var page = await client.GetDocumentAsync("/Ministry/Dashboard/FormsByCollege?Year=2025");

        string[] Cells(Guid college) => page.QuerySelector($"[data-testid=table1] tr[data-college='{college}']")!
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["2", "—", "—", "1", "—", "3", "—", "—", "—", "—", "—", "—"], Cells(set.A.Id));
        Assert.Equal(["—", "—", "—", "—", "—", "2", "—", "—", "—", "—", "—", "1"], Cells(set.B.Id));
        Assert.All(Cells(set.C.Id), c => Assert.Equal("—", c));
        var totals = page.QuerySelectorAll("[data-testid=table1] tfoot td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["1", "0", "0", "1", "0", "2", "0", "0", "0", "0", "0", "1"], totals);
        Assert.Equal("Table 1. WBL forms by college", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Table 1) as of", page.QuerySelector("[data-testid=figures-freshness]")!.TextContent);
    }

    [Fact]
    public async Task Get_FormsByCollege_FiltersByYearAndRegion()
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var osh = await client.GetDocumentAsync("/Ministry/Dashboard/FormsByCollege?Year=2025&Region=2");
        var earlier = await client.GetDocumentAsync("/Ministry/Dashboard/FormsByCollege?Year=2024");

        Assert.Equal([set.B.Id.ToString()], osh.QuerySelectorAll("[data-testid=table1] tbody tr").Select(r => r.GetAttribute("data-college")));
        var a = earlier.QuerySelector($"[data-testid=table1] tr[data-college='{set.A.Id}']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["—", "—", "—", "—", "—", "1", "—", "—", "—", "—", "—", "—"], a);
    }

    [Fact]
    public async Task Get_FormsByCollege_CountsAnEventInTheAcademicYearOfItsBishkekDate()
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var learner = await Data.LearnerAsync(set.C);
        var bishkek = TimeSpan.FromHours(6);
        // 31 August 23:30 in Bishkek is still 2025–2026 (17:30 UTC); 1 September 00:00 in Bishkek starts 2026–2027
        // although it is still 31 August in UTC.
        await Data.EventAsync(set.C, formId: MinistryDataset.ExcursionForm, startsAt: new DateTimeOffset(2026, 8, 31, 23, 30, 0, bishkek), held: true,
            attendance: [(learner, true)]);
        await Data.EventAsync(set.C, formId: MinistryDataset.GuestLectureForm, startsAt: new DateTimeOffset(2026, 9, 1, 0, 0, 0, bishkek), held: true,
            attendance: [(learner, true)]);
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        string[] Cells(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector($"[data-testid=table1] tr[data-college='{set.C.Id}']")!
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        var year2025 = Cells(await client.GetDocumentAsync("/Ministry/Dashboard/FormsByCollege?Year=2025"));
        var year2026 = Cells(await client.GetDocumentAsync("/Ministry/Dashboard/FormsByCollege?Year=2026"));

        Assert.Equal(["1", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—"], year2025);
        Assert.Equal(["—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "1"], year2026);
    }

    [Fact]
    public async Task Get_ExportFormsByCollege_ReturnsXlsxWithTheCells()
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: "ru-KG");

        var xml = await DashboardPageTests.XlsxText(await client.GetAsync("/Ministry/Dashboard/ExportFormsByCollege?Year=2025"));

        Assert.Contains(set.A.NameRu, xml);
        Assert.Contains("Производственная практика и её виды", xml);
        Assert.Contains("Колледжей, реализующих форму", xml);
    }
}
