using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WblPortal.Infrastructure;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Infrastructure.Operations;

/// <summary>
/// <c>/health/live</c>: the process answers (no dependency checked: a load balancer or orchestrator restarts an
/// instance only when this fails). <c>/health/ready</c>: the database answers and every migration this build knows is
/// applied (a proxy sends traffic only while this passes). <c>/health</c> is the ready check, kept for existing probes.
/// </summary>
public static class HealthEndpoints
{
    public const string Ready = "ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks()
            .AddNpgSql(configuration.GetConnectionString(DependencyInjection.ConnectionStringName)!, name: "database", tags: [Ready],
                timeout: TimeSpan.FromSeconds(5))
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [Ready], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static void MapPortalHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
    }
}

/// <summary>Healthy when the database holds every migration of this build (two small queries of the migrations
/// history; probes come every few seconds, not per request).</summary>
public sealed class MigrationsAppliedCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WblDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied");
    }
}
