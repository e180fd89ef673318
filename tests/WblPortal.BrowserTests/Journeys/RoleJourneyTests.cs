using Microsoft.Playwright;
using WblPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>Every demo account signs in, lands on its party's dashboard in Kyrgyz, switches to Russian in the
/// header and stays in Russian on the next page.</summary>
public sealed class RoleJourneyTests(PortalServer server) : BrowserTest(server)
{
    public static TheoryData<string, string> DemoAccounts => new()
    {
        { "admin@wbl.kg", "/Admin" },
        { "ministry@wbl.kg", "/Ministry" },
        { "college.admin@wbl.kg", "/College" },
        { "curator@wbl.kg", "/College" },
        { "employer@wbl.kg", "/Employer" },
        { "mentor@wbl.kg", "/Mentor" },
        { "learner@wbl.kg", "/Learner" },
    };

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task DemoAccount_SignsIn_SeesDashboardInKyrgyz_SwitchesToRussian_StaysRussian(string email, string dashboard)
    {
        var page = await NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "journey-" + email, async () =>
        {
            await SignInAsync(page, email);

            Assert.Equal(dashboard, new Uri(page.Url).AbsolutePath, ignoreCase: true);
            var response = await page.ReloadAsync();
            Assert.True(response?.Ok, $"{dashboard} answered {response?.Status}");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ky");
            await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
            await Expect(SignOutButton(page)).ToHaveTextAsync("Чыгуу");

            await page.Locator("#culture-select").SelectOptionAsync("ru-KG");

            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
            await Expect(SignOutButton(page)).ToHaveTextAsync("Выйти");
            Assert.Equal(dashboard, new Uri(page.Url).AbsolutePath, ignoreCase: true);

            // The next page, reached through the menu, is Russian too: the choice lives in a cookie.
            var next = page.Locator("#main-nav .navbar-nav a.nav-link, #main-nav .navbar-nav a.dropdown-item").Last;
            if (!await next.IsVisibleAsync())
            {
                await page.Locator("#main-nav .navbar-nav .dropdown-toggle").Last.ClickAsync(); // the last link is in the last group
            }

            // (a link may carry a query, e.g. the mentor's /Mentor/Assessments?pending=true: compare the paths)
            var nextPath = new Uri(new Uri(page.Url), await next.GetAttributeAsync("href")).AbsolutePath;
            await next.ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.Equals(nextPath, StringComparison.OrdinalIgnoreCase));
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
            await Expect(SignOutButton(page)).ToHaveTextAsync("Выйти");
            await Expect(page.Locator("#culture-select")).ToHaveValueAsync("ru-KG");
            var cookies = await page.Context.CookiesAsync();
            Assert.Contains(cookies, c => c.Name == ".AspNetCore.Culture" && c.Value.Contains("ru-KG", StringComparison.Ordinal));
        });
    }

    private static ILocator SignOutButton(IPage page) => page.Locator("form[action='/account/logout'] button[type=submit]");
}
