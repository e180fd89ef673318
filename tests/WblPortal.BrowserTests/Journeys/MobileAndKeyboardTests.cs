using Microsoft.Playwright;
using WblPortal.BrowserTests.Infrastructure;
using WblPortal.Infrastructure.Data.Seeding;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>Mentors use phones, and everyone must be able to work with the keyboard alone (design.md §5).</summary>
public sealed class MobileAndKeyboardTests(PortalServer server) : BrowserTest(server)
{
    private const int PhoneWidth = 375;
    private const int PhoneHeight = 740;

    [Fact]
    public async Task SpecialtiesPage_AtPhoneWidth_HasNoHorizontalOverflow_AndTheMenuOpens()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        await WithScreenshotOnFailureAsync(page, "specialties-375", async () =>
        {
            await SignInAsync(page, "college.admin@wbl.kg");
            await page.GotoAsync("/College/Specialties");
            await Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await Expect(page.Locator("main table tbody tr").First).ToBeVisibleAsync();

            Assert.Equal(PhoneWidth, await HorizontalExtentAsync(page));

            var menu = page.Locator("#main-nav");
            var toggler = page.Locator("button.navbar-toggler");
            await Expect(toggler).ToBeVisibleAsync();
            await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(menu).ToBeHiddenAsync();

            await toggler.ClickAsync();

            await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(menu).ToBeVisibleAsync();
            // The pages are grouped: the "Study" group opens inline in the collapsed menu.
            var specialtiesLink = menu.Locator("a.dropdown-item[href='/College/Specialties']");
            await Expect(specialtiesLink).ToBeHiddenAsync();
            await menu.GetByRole(AriaRole.Button, new() { Name = "Окутуу", Exact = true }).ClickAsync();
            await Expect(specialtiesLink).ToBeVisibleAsync();
            await Expect(specialtiesLink).ToHaveAttributeAsync("aria-current", "page");
            await Expect(menu.Locator("#culture-select")).ToBeVisibleAsync();
            await Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Чыгуу" })).ToBeVisibleAsync();
            Assert.Equal(PhoneWidth, await HorizontalExtentAsync(page));

            await page.Locator("a.nav-link[href='/College']").ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/College");
            await Expect(menu).ToBeHiddenAsync();
        });
    }

    [Fact]
    public async Task CollegeDashboard_AtPhoneWidth_FitsTheScreen()
    {
        var page = await NewPageAsync(PhoneWidth, PhoneHeight);
        await SignInAsync(page, "college.admin@wbl.kg");
        await Expect(page.Locator("[data-testid=org-name]")).ToBeVisibleAsync();

        await ScreenshotAsync(page, "college-dashboard-375");

        Assert.Equal(PhoneWidth, await HorizontalExtentAsync(page));
    }

    [Fact]
    public async Task LoginForm_WithTheKeyboardOnly_SignsIn()
    {
        var page = await NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "keyboard-login", async () =>
        {
            await page.GotoAsync("/account/login");

            await TabToAsync(page, "Email");
            await page.Keyboard.TypeAsync("college.admin@wbl.kg");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Password", await ActiveElementIdAsync(page));
            await page.Keyboard.TypeAsync(DemoDataSeeder.DemoPassword);
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("RememberMe", await ActiveElementIdAsync(page));
            await page.Keyboard.PressAsync("Space");
            await Expect(page.Locator("#RememberMe")).ToBeCheckedAsync();
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.Locator("main form button[type=submit]")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");

            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/College");
            await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        });
    }

    /// <summary>The widest the page reaches: the document's scroll width, which exceeds the viewport when something overflows.</summary>
    private static Task<int> HorizontalExtentAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");

    private static Task<string> ActiveElementIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");

    /// <summary>Presses Tab from the top of the page until the element has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < 15; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await ActiveElementIdAsync(page) == id)
            {
                return;
            }
        }

        Assert.Fail($"#{id} cannot be reached with Tab");
    }
}
