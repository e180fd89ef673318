using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real portal on Kestrel (a free loopback port) in the Development environment, with a fresh database of its
/// own that the portal migrates and fills with the demo data and demo accounts, and one headless Chromium
/// (Debian's, <c>WBL_CHROMIUM</c>, default /usr/bin/chromium) shared by every test of the collection.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IPlaywright? _playwright;

    public string ConnectionString { get; } = TestDatabase.ConnectionString("wbl_bt");

    public string MailPickup { get; } = Path.Combine(Path.GetTempPath(), "wbl-bt-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where screenshots go: a folder of the test output directory.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The portal's clock: the system's unless a journey sets its own day.</summary>
    public PortalClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Database:Migrate", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Email:PickupDirectory", MailPickup);
        // Every journey signs in from 127.0.0.1: no rate limit (tested in the integration tests).
        foreach (var kind in new[] { "SignIn", "PasswordReset", "Invitation", "Verify", "Downloads" })
        {
            builder.UseSetting($"RateLimiting:{kind}:PermitLimit", "0");
            builder.UseSetting($"RateLimiting:{kind}:AccountPermitLimit", "0");
        }
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async Task InitializeAsync()
    {
        await TestDatabase.RecreateAsync(ConnectionString);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer(); // migrates and seeds before Kestrel listens
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("WBL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) with the portal as its base address.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ky-KG",
        });

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        await TestDatabase.RecreateAsync(ConnectionString); // drops it: a browser run leaves no database behind
        if (Directory.Exists(MailPickup))
        {
            Directory.Delete(MailPickup, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "browser";
}
