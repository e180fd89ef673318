using Microsoft.AspNetCore.Identity;
using Npgsql;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Infrastructure;

/// <summary>Refuses to start a Production portal that is set up like a demo: open host filtering, a public address
/// that is not HTTPS, the development database password, or a demo account that still has the demo password.</summary>
public static class ProductionReadiness
{
    /// <summary>The demo seed's accounts (the same emails as in the README).</summary>
    private static readonly string[] DemoEmails =
        ["admin@wbl.kg", "ministry@wbl.kg", "college.admin@wbl.kg", "curator@wbl.kg", "employer@wbl.kg", "mentor@wbl.kg", "learner@wbl.kg"];

    /// <summary>What is wrong with the configuration; empty when it may run in Production.</summary>
    public static IReadOnlyList<string> ConfigurationProblems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var allowedHosts = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(allowedHosts) || allowedHosts.Split(';').Any(h => h.Trim() == "*"))
        {
            problems.Add("AllowedHosts must name the portal's host names (not '*').");
        }

        if (PublicLinks.Parse(configuration[$"{PortalOptions.Section}:{nameof(PortalOptions.PublicUrl)}"]) is not { Scheme: "https" })
        {
            problems.Add("Portal:PublicUrl must be the portal's https:// address.");
        }

        if (configuration.GetValue<bool>("Database:SeedDemoData"))
        {
            problems.Add("Database:SeedDemoData must be false.");
        }

        if (!configuration.GetValue("Privacy:SuppressSmallCells", true))
        {
            problems.Add("Privacy:SuppressSmallCells must be true.");
        }

        var connection = configuration.GetConnectionString(WblPortal.Infrastructure.DependencyInjection.ConnectionStringName) ?? "";
        if (new NpgsqlConnectionStringBuilder(connection).Password == "wbl")
        {
            problems.Add("ConnectionStrings:Portal uses the development password.");
        }

        return problems;
    }

    /// <summary>Throws when the Production configuration or data would run the portal with demo secrets.</summary>
    public static async Task EnsureReadyForProductionAsync(this WebApplication app)
    {
        if (!app.Environment.IsProduction())
        {
            return;
        }

        var problems = ConfigurationProblems(app.Configuration).ToList();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            foreach (var email in DemoEmails)
            {
                if (await users.FindByEmailAsync(email) is { } user && await users.CheckPasswordAsync(user, DemoDataSeeder.DemoPassword))
                {
                    problems.Add($"The demo account {email} still has the demo password.");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The portal refuses to run in Production: " + string.Join(" ", problems));
        }
    }
}
