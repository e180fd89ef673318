using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Infrastructure.Data;

/// <summary>Used by <c>dotnet ef</c> only: the system actor and a local connection string.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WblDbContext>
{
    public WblDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Portal")
            ?? "Host=localhost;Port=5432;Database=wbl_portal;Username=wbl;Password=wbl";
        var options = new DbContextOptionsBuilder<WblDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options;
        return new WblDbContext(options, new FixedActorAccessor(Actor.System));
    }
}
