using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WblPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>Issue 6 end to end, in Kyrgyz, on the demo data: the ministry sees the national picture (figures and
/// Chart.js charts, no console error or CSP violation), drills down from a region to its colleges, reproduces Table 1
/// from the recorded placements (checked against the database), exports it to xlsx, and accepts the demo college's
/// annual report that two employers agreed.</summary>
public sealed class MinistryJourneyTests(PortalServer server) : BrowserTest(server)
{
    private const string DemoCollegeId = "0190a000-0000-7000-8000-000000000101"; // Tokmok, Chuy region (PilotColleges)
    private const string KaraBaltaId = "0190a000-0000-7000-8000-000000000105";   // Chuy region too
    private const string Tokmok = "Токмок ш. Агроөнөр жай колледжи";
    private const string KaraBalta = "Кара-Балта техника-экономикалык колледжи";
    private const string Naryn = "Нарын ш. Агроэкономикалык колледж";
    private const string Chuy = "Чүй облусу";
    private const int PastYear = 2025; // DemoNational records 2024 and 2025 in full
    private const int ProductionColumn = 5, PreDiplomaColumn = 6, IntroductoryColumn = 4; // FormsTable.Columns

    [Fact]
    public async Task Ministry_SeesNationalPicture_DrillsDownToRegion_ReproducesTable1_ExportsIt_AcceptsAgreedReport()
    {
        var page = await NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await WithScreenshotOnFailureAsync(page, "ministry-journey", async () =>
        {
            await SignInAsync(page, "ministry@wbl.kg");

            // 1. The national picture: headline counts are non-zero and every chart is drawn by Chart.js.
            await page.GotoAsync("/Ministry");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ky");
            // A count of people from 1 to 4 reads "<5", one hidden to protect it "×" (small-cell suppression).
            var stats = (await page.Locator("[data-testid=stat]").AllTextContentsAsync()).Select(s => s.Trim()).ToList();
            Assert.True(stats.Count >= 5, $"headline figures: {stats.Count}");
            Assert.All(stats, s => Assert.True(s is "<5" or "×" || int.TryParse(s, out var n) && n is 0 or >= 5, $"headline figure {s}"));
            Assert.All(stats.Take(3), s => Assert.True(int.Parse(s) > 0, "colleges, learners and placements of the year are counted")); // colleges, learners, placements
            var canvases = page.Locator("canvas[data-chart]");
            Assert.True(await canvases.CountAsync() >= 3, "the dashboard draws its figures");
            await canvases.First.ScrollIntoViewIfNeededAsync(); // Chart.js is fetched when a chart comes near the screen
            await page.WaitForFunctionAsync("() => typeof Chart !== 'undefined' && [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))");
            Assert.True(await page.EvaluateAsync<bool>(
                "() => [...document.querySelectorAll('canvas[data-chart]')].every(c => c.width > 0 && c.height > 0 && Chart.getChart(c).data.datasets.length > 0)"));

            // 2. Drill-down: the Chuy region's college count leads to its colleges (Tokmok and Kara-Balta), nobody else's.
            var chuy = page.Locator("[data-testid=fig-by-region] tbody tr", new() { Has = page.Locator("th", new() { HasTextString = Chuy }) });
            Assert.True(int.Parse((await chuy.Locator("td").First.InnerTextAsync()).Trim()) >= 2);
            await chuy.Locator("td a").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Ministry/Dashboard/Colleges\\?.*Region=9", RegexOptions.IgnoreCase));
            await Expect(page.Locator("[data-testid=applied-filter]")).ToContainTextAsync(Chuy);
            var colleges = page.Locator("[data-testid=colleges] tbody");
            await Expect(colleges).ToContainTextAsync(Tokmok);
            await Expect(colleges).ToContainTextAsync(KaraBalta);
            await Expect(colleges).Not.ToContainTextAsync(Naryn);

            // 3. Table 1 of the region in the past year, from the dashboard's link (which keeps the region), equals what
            // the placements in the database say.
            await page.Locator("[data-testid=back]").ClickAsync();
            await Expect(page.Locator("#f-region")).ToHaveValueAsync("9");
            await page.Locator($"main a[href^='/Ministry/Dashboard/FormsByCollege']").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Ministry/Dashboard/FormsByCollege", RegexOptions.IgnoreCase));
            await Expect(page.Locator("#f-region")).ToHaveValueAsync("9");
            await page.Locator("#f-year").SelectOptionAsync(PastYear.ToString());
            await page.Locator("[data-testid=filter] button[type=submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"Year={PastYear}"));
            var table = page.Locator("[data-testid=table1]");
            await Expect(table.Locator("tbody tr")).ToHaveCountAsync(2); // the Chuy region's two pilot colleges
            await Expect(table.Locator($"tbody tr[data-college='{DemoCollegeId}'] th")).ToContainTextAsync(Tokmok);
            await Expect(table.Locator($"tbody tr[data-college='{KaraBaltaId}'] th")).ToContainTextAsync(KaraBalta);

            var expected = new Dictionary<(string College, int Column), int>();
            foreach (var (column, forms) in new[] { (ProductionColumn, "15, 16"), (PreDiplomaColumn, "17"), (IntroductoryColumn, "7") })
            {
                foreach (var college in new[] { DemoCollegeId, KaraBaltaId })
                {
                    expected[(college, column)] = await LearnersInFormsAsync(college, forms, PastYear);
                }
            }

            Assert.True(expected[(DemoCollegeId, ProductionColumn)] > 0, "the demo college had production practice in 2025");
            foreach (var ((college, column), count) in expected)
            {
                var cell = table.Locator($"tbody tr[data-college='{college}'] td").Nth(column);
                await Expect(cell).ToHaveTextAsync(Shown(count));
            }

            var headers = (await table.Locator("thead th").AllInnerTextsAsync()).Select(h => h.Trim()).ToList();

            // 4. The xlsx export holds the same table: the header row and the demo college's production practice cell.
            var (fileName, xlsx) = await Downloads.RunAsync(page, page.Locator("main a[href^='/Ministry/Dashboard/ExportFormsByCollege']"));
            Assert.Equal($"table1-{PastYear}.xlsx", fileName);
            var rows = Downloads.XlsxRows(xlsx);
            Assert.Equal(headers[0], rows[0]["A"]);
            Assert.Equal(headers[1 + ProductionColumn], rows[0][Column(2 + ProductionColumn)]);
            Assert.Equal(headers[^1], rows[0][Column(2 + 11)]);
            var tokmok = rows.Single(r => r.GetValueOrDefault("A") == Tokmok);
            Assert.Equal(Chuy, tokmok["B"]);
            Assert.Matches(Shown(expected[(DemoCollegeId, ProductionColumn)]), tokmok[Column(2 + ProductionColumn)]);
            Assert.Equal(4, rows.Count); // header, the region's two colleges, "colleges running"

            // 5. The annual reports: the demo college's submitted report, agreed by two employers, is accepted.
            await page.GotoAsync("/Ministry/Reports");
            var row = page.Locator($"#ministry-reports tr[data-college='{DemoCollegeId}']");
            await Expect(row).ToHaveAttributeAsync("data-status", "Submitted");
            await row.Locator("a").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Ministry/Reports/Details/", RegexOptions.IgnoreCase));
            await Expect(page.Locator("[data-testid=report-status]")).ToHaveAttributeAsync("data-status", "Submitted");
            var agreed = page.Locator("#report-responses tbody tr[data-decision=Agreed]");
            await Expect(agreed).ToHaveCountAsync(2);
            var employers = await page.Locator("#report-responses tbody tr[data-decision=Agreed] td:first-child").AllInnerTextsAsync();
            Assert.Equal(2, employers.Distinct().Count());
            var submittedStatus = await page.Locator("[data-testid=report-status]").InnerTextAsync();

            await page.Locator("main form[action$='/Accept'] button[type=submit]").ClickAsync();
            await Expect(page.Locator("[data-testid=report-status]")).ToHaveAttributeAsync("data-status", "Accepted");
            await Expect(page.Locator("[data-testid=report-status]")).Not.ToHaveTextAsync(submittedStatus);
            await Expect(page.Locator("main form[action$='/Accept']")).ToHaveCountAsync(0);
            await page.GotoAsync("/Ministry/Reports");
            await Expect(page.Locator($"#ministry-reports tr[data-college='{DemoCollegeId}']")).ToHaveAttributeAsync("data-status", "Accepted");
            await ScreenshotAsync(page, "ministry-reports-accepted");

            Assert.Empty(errors); // no script error, no Content-Security-Policy violation
        });
    }

    /// <summary>What the ministry's Table 1 shows for a count: "—" for none, "&lt;5" for 1–4, the count or "×" (hidden so that
    /// a "&lt;5" of its row or column cannot be worked out) from 5 on.</summary>
    private static Regex Shown(int count) => new(count switch
    {
        0 => "^—$",
        < 5 => "^<5$",
        _ => $"^({count}|×)$",
    });

    /// <summary>Learners of the college who really took part (in progress, completed, assessed) in placements of the
    /// given forms of the year's programmes — Table 1's definition, counted straight from the tables.</summary>
    private async Task<int> LearnersInFormsAsync(string collegeId, string forms, int year) =>
        Convert.ToInt32(await Server.ScalarAsync(
            $"""
            SELECT COUNT(DISTINCT pl.learner_id)
            FROM placement_learners pl
            JOIN placements p ON p.id = pl.placement_id
            JOIN wbl_programmes pr ON pr.id = p.programme_id
            WHERE pl.college_id = @college AND pr.academic_year = @year AND p.form_id IN ({forms})
              AND p.status IN ('InProgress', 'Completed', 'Assessed')
            """, ("college", Guid.Parse(collegeId)), ("year", year)));

    private static string Column(int index) => Downloads.ColumnName(index);
}
