using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Hosts the portal against a real PostgreSQL database of its own (created and migrated once per test run) and
/// empties it between tests with Respawn, keeping the reference data the migrations wrote.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int TestPasswordHashIterations = 10_000;

    private Respawner? _respawner;

    public string ConnectionString { get; } = TestDatabase.ConnectionString("wbl_it");

    /// <summary>The configured public address of the portal under test.</summary>
    public const string PublicUrl = "https://portal.test";

    public string MailPickup { get; } = Path.Combine(Path.GetTempPath(), "wbl-it-mail-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Database:Migrate", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        // Links in mails and documents come from here, whatever Host header a request carries.
        builder.UseSetting("Portal:PublicUrl", PublicUrl);
        builder.UseSetting("Email:PickupDirectory", MailPickup);
        // Tests call the notification e-mail sender directly; no timer.
        builder.UseSetting("Notifications:EmailIntervalSeconds", "0");
        // Likewise the reminder job (Reminders tests call it with their own clock).
        builder.UseSetting("Reminders:IntervalMinutes", "0");
        // The national figures are recomputed before each read, so that tests see the rows they just wrote.
        builder.UseSetting("Ministry:FiguresRefreshOnRead", "true");
        // The ministry's figures are checked against hand-computed counts of a few learners: exact here. The suppression
        // itself is tested on a portal with the production setting (MinistryArea/SmallCellSuppressionTests).
        builder.UseSetting("Privacy:SuppressSmallCells", "false");
        // Account security: admins' second factor is off (the 2FA tests turn it on), no rate limit trips ordinary
        // tests (RateLimitTests set low ones), and a cheap password hash (each test hashes two passwords; the rehash
        // test checks that hashes below the configured cost are upgraded).
        builder.UseSetting("Security:RequireTwoFactorForAdmins", "false");
        builder.UseSetting("Security:PasswordHashIterations", TestPasswordHashIterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var kind in new[] { "SignIn", "PasswordReset", "Invitation", "Verify", "Downloads" })
        {
            builder.UseSetting($"RateLimiting:{kind}:PermitLimit", "0");
            builder.UseSetting($"RateLimiting:{kind}:AccountPermitLimit", "0");
        }
        builder.ConfigureServices(services => services.AddSingleton<SqlCommandCounter>());
        builder.ConfigureServices(services =>
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<SqlCommandCounter>()));
    }

    public async Task InitializeAsync()
    {
        await TestDatabase.RecreateAsync(ConnectionString);
        _ = Server; // starts the host, which migrates the database
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory", "regions", "nqf_levels", "wbl_forms", "working_time_limits", "data_protection_keys", "asp_net_roles"],
        });
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
        if (Directory.Exists(MailPickup))
        {
            Directory.Delete(MailPickup, recursive: true);
        }
    }

    /// <summary>A context acting as the given actor (the system by default), outside any request.</summary>
    public WblDbContext CreateDbContext(Actor? actor = null)
    {
        var options = Services.GetRequiredService<DbContextOptions<WblDbContext>>();
        return new WblDbContext(options, new FixedActorAccessor(actor ?? Actor.System));
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
