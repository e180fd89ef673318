using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WblPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>WCAG 2.2 AA (design.md §5): axe-core finds no critical or serious violation on any role's main pages, on a
/// phone (375 px) and on a desktop (1366 px); the joint assessment's level buttons fit both screens; every instant
/// is shown in Bishkek time, the same on every page.</summary>
public sealed class AccessibilityTests(PortalServer server) : BrowserTest(server)
{
    private const int PhoneWidth = 375;
    private const int DesktopWidth = 1366;

    /// <summary>The demo college admin's college (the first pilot college).</summary>
    private static readonly Guid DemoCollege = Guid.Parse("0190a000-0000-7000-8000-000000000101");

    public static TheoryData<string, string> Roles => new()
    {
        { "college.admin@wbl.kg", "College" },
        { "curator@wbl.kg", "College" },
        { "employer@wbl.kg", "Employer" },
        { "mentor@wbl.kg", "Mentor" },
        { "learner@wbl.kg", "Learner" },
        { "ministry@wbl.kg", "Ministry" },
        { "admin@wbl.kg", "Admin" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task MainPages_OfEachRole_AtPhoneAndDesktopWidth_HaveNoSeriousOrCriticalAxeViolations(string email, string area)
    {
        var page = await NewPageAsync(DesktopWidth, 900);
        await SignInAsync(page, email);

        // The role's main pages are the links of its menu (the dropdowns' items are in the page, folded), plus the
        // detail pages that lists lead to and that carry forms.
        // The curator's menu is the college admin's: only the curator's own pages (scoring) are checked for them.
        var paths = await page.Locator($"#main-nav a[href^='/{area}']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var pages = email.StartsWith("curator", StringComparison.Ordinal) ? [] : paths.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        pages.AddRange(await DetailPagesAsync(page, email, area));
        Assert.True(pages.Count >= 2, $"the {area} pages to check: {pages.Count}");

        var report = new StringBuilder();
        foreach (var path in pages)
        {
            foreach (var width in new[] { PhoneWidth, DesktopWidth })
            {
                await page.SetViewportSizeAsync(width, width == PhoneWidth ? 812 : 900);
                var response = await page.GotoAsync(path);
                Assert.True(response is { Ok: true }, $"{path} answers {response?.Status}");
                var result = await page.RunAxe();
                foreach (var violation in result.Violations.Where(v => v.Impact is "critical" or "serious"))
                {
                    report.AppendLine($"{path} @ {width}px: {violation.Id} ({violation.Impact}) {violation.Help}");
                    foreach (var node in violation.Nodes.Take(5))
                    {
                        report.AppendLine($"    {node.Target}  {node.Html[..Math.Min(node.Html.Length, 160)]}");
                        report.AppendLine("      " + string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message)));
                    }
                }
            }
        }

        Assert.True(report.Length == 0, "axe-core found serious or critical violations:\n" + report);
    }

    [Theory]
    [InlineData(PhoneWidth, 812)]
    [InlineData(DesktopWidth, 768)]
    public async Task AssessmentScoring_AtPhoneAndDesktopWidth_EveryLevelButtonIsOnScreenAndAtLeast24Px(int width, int height)
    {
        // A demo assessment the curator has scored and the mentor has not: the mentor's page shows the scoring form.
        var id = await Server.ScalarAsync(
            "SELECT id FROM assessments WHERE college_id = @college AND status = 'Scoring' AND curator_submitted_at IS NOT NULL AND mentor_submitted_at IS NULL ORDER BY id LIMIT 1",
            ("college", DemoCollege));
        Assert.NotNull(id);
        var page = await NewPageAsync(width, height);
        await WithScreenshotOnFailureAsync(page, $"assessment-scoring-{width}", async () =>
        {
            await SignInAsync(page, "mentor@wbl.kg");
            await page.GotoAsync($"/Mentor/Assessments/Details/{id}");
            var buttons = page.Locator("[data-testid=score-form] .score-levels label.btn");
            await Expect(buttons.First).ToBeVisibleAsync();
            var boxes = await buttons.EvaluateAllAsync<Box[]>(
                "labels => labels.map(l => { const r = l.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width, height: r.height }; })");
            Assert.NotEmpty(boxes);
            Assert.All(boxes, box =>
            {
                Assert.InRange(box.Left, 0, width);
                Assert.InRange(box.Right, 0, width);
                Assert.True(box.Width >= 24 && box.Height >= 24, $"a level button is {box.Width}×{box.Height} px");
            });
            // Wide enough for words, not one letter per line (the broken layout squeezed them to 26 px).
            Assert.All(boxes, box => Assert.True(box.Width >= 96, $"a level button is {box.Width} px wide"));
            Assert.Equal(width, await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"));
        });
    }

    [Fact]
    public async Task OneMoment_OnAgreementAndPlacementPages_IsShownInBishkekTime()
    {
        // 14:25 UTC is 20:25 in Bishkek (UTC+6): the agreement's college confirmation, its history and the placement's
        // history all record that moment, and every page shows 20:25.
        var agreement = await Server.ScalarAsync("SELECT id FROM agreements WHERE college_id = @college AND college_confirmed_at IS NOT NULL ORDER BY id LIMIT 1",
            ("college", DemoCollege));
        Assert.NotNull(agreement);
        var placement = await Server.ScalarAsync("SELECT placement_id FROM agreements WHERE id = @id", ("id", agreement));
        var moment = new DateTimeOffset(2026, 11, 16, 14, 25, 0, TimeSpan.Zero);
        await Server.ScalarAsync("UPDATE agreements SET college_confirmed_at = @at WHERE id = @id", ("at", moment), ("id", agreement));
        await Server.ScalarAsync("UPDATE agreement_history SET at = @at WHERE id = (SELECT id FROM agreement_history WHERE agreement_id = @id ORDER BY id LIMIT 1)",
            ("at", moment), ("id", agreement));
        await Server.ScalarAsync("UPDATE placement_history SET at = @at WHERE id = (SELECT id FROM placement_history WHERE placement_id = @id ORDER BY id LIMIT 1)",
            ("at", moment), ("id", placement!));

        var page = await NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "bishkek-time", async () =>
        {
            await SignInAsync(page, "college.admin@wbl.kg");
            foreach (var path in new[] { $"/College/Agreements/Details/{agreement}", $"/College/Placements/Details/{placement}" })
            {
                await page.GotoAsync(path);
                var times = page.Locator("main time[datetime='2026-11-16T20:25+06:00']");
                await Expect(times.First).ToHaveTextAsync("16.11.2026 20:25");
                await Expect(page.Locator("main")).Not.ToContainTextAsync("14:25");
            }

            await page.GotoAsync($"/College/Agreements/Details/{agreement}");
            await Expect(page.Locator("main time[datetime='2026-11-16T20:25+06:00']")).ToHaveCountAsync(2); // confirmation and history
        });
    }

    /// <summary>Detail pages the role reaches from its lists (the first row of each) and that carry forms.</summary>
    private async Task<IEnumerable<string>> DetailPagesAsync(IPage page, string email, string area)
    {
        var result = new List<string>();
        async Task FirstOf(string list)
        {
            await page.GotoAsync(list);
            var link = page.Locator("main table a[href*='/Details/']").First;
            if (await link.CountAsync() > 0 && await link.GetAttributeAsync("href") is { } href)
            {
                result.Add(href);
            }
        }

        // The demo's submitted mentor's reference (the demo learner's, by mentor@).
        async Task ReferenceAsync(string referenceArea)
        {
            var reference = await Server.ScalarAsync(
                "SELECT placement_learner_id FROM mentor_references WHERE college_id = @college AND status = 'Submitted' ORDER BY id LIMIT 1", ("college", DemoCollege));
            if (reference is not null)
            {
                result.Add($"/{referenceArea}/Diaries/Reference/{reference}");
            }
        }

        switch (area)
        {
            case "College" when email.StartsWith("college.admin", StringComparison.Ordinal):
                await FirstOf("/College/Placements");
                await FirstOf("/College/Agreements");
                await FirstOf("/College/Programmes");
                break;
            case "College":
                var scoring = await Server.ScalarAsync(
                    "SELECT id FROM assessments WHERE college_id = @college AND status = 'Scoring' AND curator_submitted_at IS NULL AND mentor_submitted_at IS NOT NULL ORDER BY id LIMIT 1",
                    ("college", DemoCollege));
                if (scoring is not null)
                {
                    result.Add($"/College/Assessments/Details/{scoring}");
                }

                result.Add("/College/Assessments");
                await FirstOf("/College/Assessments?all=true");
                break;
            case "Mentor":
                var mine = await Server.ScalarAsync(
                    "SELECT id FROM assessments WHERE college_id = @college AND status = 'Scoring' AND mentor_submitted_at IS NULL AND curator_submitted_at IS NOT NULL ORDER BY id LIMIT 1",
                    ("college", DemoCollege));
                if (mine is not null)
                {
                    result.Add($"/Mentor/Assessments/Details/{mine}");
                }

                await ReferenceAsync("Mentor");
                // Mentors set their notification channels on the phone (the page is the same for every role).
                result.Add("/account/notifications");
                break;
            case "Employer":
                await FirstOf("/Employer/Placements?all=true");
                break;
            case "Learner":
                await FirstOf("/Learner/Agreements");
                await ReferenceAsync("Learner");
                break;
        }

        return result;
    }

    private sealed class Box
    {
        public double Left { get; set; }

        public double Right { get; set; }

        public double Width { get; set; }

        public double Height { get; set; }
    }
}
