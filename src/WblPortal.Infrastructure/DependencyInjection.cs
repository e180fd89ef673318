using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, AuditInterceptor>();
        services.AddDbContext<WblDbContext>((sp, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(WblDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetServices<IInterceptor>()));

        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IPortalEmailSender, PortalEmailSender>();
        return services;
    }
}
