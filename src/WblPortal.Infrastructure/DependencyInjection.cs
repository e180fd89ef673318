using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Infrastructure.Cluster;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Interceptors;
using WblPortal.Infrastructure.Email;

namespace WblPortal.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Portal";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");

        // Npgsql resets a connection returned to the pool with DISCARD ALL, sent ahead of the next command: one more
        // statement, and one more transaction, per command. The portal keeps no session state (work_mem, and row-level
        // security's settings, are SET LOCAL: per transaction), so the reset buys nothing. Open transactions are still
        // rolled back on return. A connection string naming the setting keeps its own value.
        var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            npgsql.NoResetOnClose = true;
        }

        // Law No. 58: no personal data in the logs. PostgreSQL's error detail repeats the offending row's values
        // ("Key (pin)=(…) already exists") and an exception is logged with it, so it is off whatever the connection
        // string says; EF Core's parameter values (sensitive data logging) are never logged either.
        npgsql.IncludeErrorDetail = false;
        connectionString = npgsql.ConnectionString;
        // A dropped connection, a database restart or a fail-over is retried (Database:RetryOnFailure, on by default):
        // each EF command or SaveChanges runs again on a fresh connection, waiting up to Database:RetryMaxDelaySeconds
        // between tries. An explicit transaction must then run through the strategy: db.InTransactionAsync (Data/Transactions.cs).
        var retry = configuration.GetValue("Database:RetryOnFailure", true);
        var retryCount = configuration.GetValue("Database:RetryMaxCount", 6);
        var retryDelay = TimeSpan.FromSeconds(configuration.GetValue("Database:RetryMaxDelaySeconds", 5));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, AuditInterceptor>();
        services.AddSingleton(new ClusterJobLock(connectionString));
        services.AddDbContext<WblDbContext>((sp, options) => options
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.MigrationsAssembly(typeof(WblDbContext).Assembly.GetName().Name);
                if (retry)
                {
                    npgsql.EnableRetryOnFailure(retryCount, retryDelay, errorCodesToAdd: null);
                }
            })
            .UseSnakeCaseNamingConvention()
            .EnableSensitiveDataLogging(false)
            .AddInterceptors(sp.GetServices<IInterceptor>()));

        services.AddScoped<PersonalDataAccessLog>();
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IPortalEmailSender, PortalEmailSender>();
        return services;
    }
}
