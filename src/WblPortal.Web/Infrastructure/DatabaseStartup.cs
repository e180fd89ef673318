using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Seeding;

namespace WblPortal.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>Applies migrations when Database:Migrate is true, then seeds the demo data when
    /// Database:SeedDemoData is true (allowed only in Development).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (configuration.GetValue<bool>("Database:Migrate"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WblDbContext>();
            await DatabaseInitializer.MigrateAsync(db);
        }

        if (configuration.GetValue<bool>("Database:SeedDemoData"))
        {
            if (!app.Environment.IsDevelopment())
            {
                throw new InvalidOperationException("Demo data is seeded only in Development.");
            }

            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }
}
