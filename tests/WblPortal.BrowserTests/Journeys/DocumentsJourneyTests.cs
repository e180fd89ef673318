using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WblPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>Issue 5 end to end: from an issued order the college admin opens the printable document and downloads
/// its PDF in Kyrgyz and in Russian; both print on A4 and carry the order number, the order's operative word and the
/// learners' names with their Kyrgyz letters.</summary>
public sealed class DocumentsJourneyTests(PortalServer server) : BrowserTest(server)
{
    private static readonly Regex KyrgyzLetters = new("[ңөүҢӨҮ]");

    [Fact]
    public async Task CollegeAdmin_OpensIssuedOrder_DownloadsA4PdfInKyrgyzAndRussian_AndSeesThePreview()
    {
        var page = await NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "documents-journey", async () =>
        {
            await SignInAsync(page, "college.admin@wbl.kg");

            // 1. An issued sending order of the demo college, from the orders list.
            await page.GotoAsync("/College/Orders");
            await page.Locator("main tr[data-kind=SendingLearners][data-status=Issued] a").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/College/Orders/Details/", RegexOptions.IgnoreCase));
            await Expect(page.Locator("#order-status")).ToHaveTextAsync("Чыгарылды");
            var number = (await page.Locator("#order-number").InnerTextAsync()).Trim(); // "№ 3/2026"
            Assert.Matches(@"^№ \d+/20\d\d$", number);
            var learners = (await page.Locator("#order-lines tbody tr td:nth-child(2)").AllInnerTextsAsync()).Select(n => n.Trim()).ToList();
            Assert.NotEmpty(learners);
            var kyrgyzName = learners.FirstOrDefault(n => KyrgyzLetters.IsMatch(n));
            Assert.True(kyrgyzName is not null, "a learner of the order has ң, ө or ү in their name: " + string.Join(", ", learners));

            // 2. The printable document, in Kyrgyz: its HTML preview and its PDF.
            await page.Locator("[data-testid=document-link]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/College/Documents/OrderPreview/", RegexOptions.IgnoreCase));
            var preview = page.Locator("[data-testid=document]");
            await Expect(preview).ToHaveAttributeAsync("lang", "ky");
            await Expect(preview).ToContainTextAsync("БУЙРУК КЫЛАМ");
            await Expect(preview).ToContainTextAsync(number);
            await Expect(preview).ToContainTextAsync(kyrgyzName!);
            await ScreenshotAsync(page, "documents-order-preview-ky");

            var (kyFile, kyPdf) = await Downloads.RunAsync(page, page.Locator("[data-testid=download-pdf]"));
            Assert.EndsWith(".pdf", kyFile);
            var ky = Downloads.Pdf(kyPdf);
            Downloads.AssertA4(ky.Pages);
            Assert.Contains(number, ky.Text);
            Assert.Contains("БУЙРУК КЫЛАМ", ky.Text);
            Assert.Contains(kyrgyzName!, ky.Text);
            Assert.DoesNotContain("ПРИКАЗЫВАЮ", ky.Text);

            // 3. The same order in Russian.
            await page.Locator("main nav a[lang=ru]").ClickAsync();
            await Expect(preview).ToHaveAttributeAsync("lang", "ru");
            await Expect(preview).ToContainTextAsync("ПРИКАЗЫВАЮ");
            var (ruFile, ruPdf) = await Downloads.RunAsync(page, page.Locator("[data-testid=download-pdf]"));
            Assert.EndsWith(".pdf", ruFile);
            var ru = Downloads.Pdf(ruPdf);
            Downloads.AssertA4(ru.Pages);
            Assert.Contains(number, ru.Text);
            Assert.Contains("ПРИКАЗЫВАЮ", ru.Text);
            Assert.Contains(kyrgyzName!, ru.Text); // names are written as they are, whatever the language
            Assert.DoesNotContain("БУЙРУК КЫЛАМ", ru.Text);
        });
    }

    /// <summary>Every other official document, from the page of what it documents: the preview opens, and its PDF is A4,
    /// titled like the preview's heading and carrying that heading.</summary>
    [Fact]
    public async Task EveryOtherDocument_OpensFromItsPage_AsA4PdfWithItsTitle()
    {
        const string College = "0190a000-0000-7000-8000-000000000101";
        async Task<string> IdAsync(string sql) =>
            Convert.ToString(await Server.ScalarAsync(sql, ("college", Guid.Parse(College))))
                ?? throw new InvalidOperationException("The demo data has none: " + sql);

        var college = await NewPageAsync();
        var documents = new (string Name, string Page, string Link)[]
        {
            ("agreement", "/College/Agreements/Details/" + await IdAsync("SELECT id FROM agreements WHERE college_id = @college ORDER BY id LIMIT 1"), "[data-testid=document-link]"),
            ("programme", "/College/Programmes/Details/" + await IdAsync("SELECT id FROM wbl_programmes WHERE college_id = @college AND status = 'Approved' ORDER BY id LIMIT 1"), "[data-testid=document-link]"),
            ("diary", "/College/Diaries/Learner/" + await IdAsync("SELECT placement_learner_id FROM diary_entries WHERE college_id = @college ORDER BY placement_learner_id LIMIT 1"), "[data-testid=print-diary]"),
            ("assessment-protocol", "/College/Assessments/Details/" + await IdAsync("SELECT id FROM assessments WHERE college_id = @college AND status = 'Final' ORDER BY id LIMIT 1"), "[data-testid=document-link]"),
            ("mentor-reference", "/College/Diaries/Reference/" + await IdAsync("SELECT placement_learner_id FROM mentor_references WHERE college_id = @college AND status = 'Submitted' ORDER BY id LIMIT 1"), "[data-testid=print-reference]"),
            ("annual-report", "/College/Reports/Details/" + await IdAsync("SELECT id FROM annual_reports WHERE college_id = @college ORDER BY academic_year DESC LIMIT 1"), "[data-testid=document-link]"),
        };

        await WithScreenshotOnFailureAsync(college, "documents-every-type", async () =>
        {
            await SignInAsync(college, "college.admin@wbl.kg");
            foreach (var (name, url, link) in documents)
            {
                await college.GotoAsync(url);
                await OpenAndDownloadAsync(college, name, college.Locator(link));
            }
        });

        var employer = await NewPageAsync();
        await WithScreenshotOnFailureAsync(employer, "documents-enterprise-order", async () =>
        {
            await SignInAsync(employer, "employer@wbl.kg");
            await employer.GotoAsync("/Employer/EnterpriseOrders");
            await employer.Locator("main table a[href*='/Employer/EnterpriseOrders/Details/']").First.ClickAsync();
            await OpenAndDownloadAsync(employer, "enterprise-order", employer.Locator("[data-testid=document-link]"));
        });
    }

    private static async Task OpenAndDownloadAsync(IPage page, string name, ILocator link)
    {
        await link.ClickAsync();
        var preview = page.Locator("[data-testid=document]");
        await Expect(preview).ToHaveAttributeAsync("lang", "ky");
        var heading = page.Locator("[data-testid=document] h2.doc-heading").First;
        var title = Regex.Replace((await heading.TextContentAsync())!, @"\s+", " ").Trim();
        Assert.False(string.IsNullOrEmpty(title), name + " has a heading");

        var (file, bytes) = await Downloads.RunAsync(page, page.Locator("[data-testid=download-pdf]"));
        Assert.EndsWith(".pdf", file);
        Assert.Contains(name, file);
        var pdf = Downloads.Pdf(bytes);
        Downloads.AssertA4(pdf.Pages);
        Assert.StartsWith(title, pdf.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(title.ToUpperInvariant(), pdf.Text.ToUpperInvariant());
    }
}
