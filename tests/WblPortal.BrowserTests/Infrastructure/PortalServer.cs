using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace WblPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real portal on Kestrel (a free loopback port) in the Development environment, with a fresh database of its
/// own that the portal migrates and fills with the demo data and demo accounts, and one headless Chromium
/// (Debian's, <c>WBL_CHROMIUM</c>, default /usr/bin/chromium) shared by every test of the collection.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IPlaywright? _playwright;

    public string ConnectionString { get; } = DatabaseName("wbl_bt");

    public string MailPickup { get; } = Path.Combine(Path.GetTempPath(), "wbl-bt-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where screenshots go: a folder of the test output directory.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Database:Migrate", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Email:PickupDirectory", MailPickup);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public async Task InitializeAsync()
    {
        await DropDatabaseAsync();
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
        await DropDatabaseAsync();
        if (Directory.Exists(MailPickup))
        {
            Directory.Delete(MailPickup, recursive: true);
        }
    }

    /// <summary>WBL_TEST_DB (a connection string without a database) or the local server scripts/test.sh starts;
    /// the database name carries the process id, so parallel runs do not meet.</summary>
    private static string DatabaseName(string prefix)
    {
        var server = Environment.GetEnvironmentVariable("WBL_TEST_DB") ?? "Host=localhost;Port=5432;Username=wbl;Password=wbl";
        return new NpgsqlConnectionStringBuilder(server) { Database = prefix + "_" + Environment.ProcessId }.ConnectionString;
    }

    private async Task DropDatabaseAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        var database = builder.Database!;
        builder.Database = "postgres";
        builder.Pooling = false;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalServer>
{
    public const string Name = "browser";
}
