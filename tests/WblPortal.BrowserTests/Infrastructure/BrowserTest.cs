using Microsoft.Playwright;
using WblPortal.Infrastructure.Data.Seeding;

namespace WblPortal.BrowserTests.Infrastructure;

/// <summary>Base of the browser tests: the shared portal and Chromium, and a fresh context (own cookies) per test.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(PortalServer server) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected PortalServer Server { get; } = server;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    protected async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Server.NewContextAsync(width, height);
        // CI machines are small and may be busy: give clicks and navigations room rather than fail on load.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A phone: a fresh context with a touch screen of the given size (375×812 by default), mobile viewport rules on.</summary>
    protected async Task<IPage> NewPhonePageAsync(int width = 375, int height = 812)
    {
        var context = await Server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
            Locale = "ky-KG",
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form, as a person would, and waits for the page the portal sends them to.</summary>
    protected static async Task SignInAsync(IPage page, string email, string password = DemoDataSeeder.DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Saves a full-page screenshot under the test output folder and returns its path.</summary>
    protected static async Task<string> ScreenshotAsync(IPage page, string name, float? timeout = null)
    {
        Directory.CreateDirectory(PortalServer.ScreenshotDirectory);
        var file = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '-')) + ".png";
        var path = Path.Combine(PortalServer.ScreenshotDirectory, file);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = timeout });
        return path;
    }

    /// <summary>Runs a test body and, when it fails, keeps a screenshot of the page for the person reading the failure.</summary>
    protected static async Task WithScreenshotOnFailureAsync(IPage page, string name, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            // Best effort: a screenshot that fails or hangs must not hide the test's own failure.
            try
            {
                await ScreenshotAsync(page, "failed-" + name, timeout: 5_000);
            }
            catch (PlaywrightException)
            {
            }
            catch (TimeoutException)
            {
            }

            throw;
        }
    }
}
