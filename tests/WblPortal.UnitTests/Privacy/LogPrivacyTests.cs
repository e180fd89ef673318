using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WblPortal.Infrastructure;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Operations;

namespace WblPortal.UnitTests.Privacy;

/// <summary>Law No. 58: nothing the portal configures lets personal data into the logs (EF Core parameter values,
/// PostgreSQL error detail, query strings).</summary>
public sealed class LogPrivacyTests
{
    private static DbContextOptions<WblDbContext> OptionsFor(string environment, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = connectionString,
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["Database:SensitiveDataLogging"] = "true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration);
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DbContextOptions<WblDbContext>>();
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void AddInfrastructure_OutsideDevelopment_NeverLogsParameterValuesOrErrorDetail(string environment)
    {
        var options = OptionsFor(environment, "Host=localhost;Database=wbl_portal;Username=wbl;Password=wbl;Include Error Detail=true");

        Assert.False(options.FindExtension<CoreOptionsExtension>()!.IsSensitiveDataLoggingEnabled);
        var connectionString = options.Extensions.OfType<RelationalOptionsExtension>().Single().ConnectionString!;
        Assert.False(new NpgsqlConnectionStringBuilder(connectionString).IncludeErrorDetail);
    }

    [Fact]
    public void Sources_TurnSensitiveDataLoggingOnNowhere()
    {
        var root = Path.Combine(RepositoryFiles.Root(), "src");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select(line => (f, line)))
            .Where(x => x.line.Contains("EnableSensitiveDataLogging(", StringComparison.Ordinal) && !x.line.Contains("EnableSensitiveDataLogging(false)", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("?q=%D3%A8%D0%BC%D2%AF", "?q=*")]
    [InlineData("/College/Learners?q=10100000000008&page=2", "/College/Learners?q=*&page=*")]
    [InlineData("https://portal.test/account/reset?email=a%40b.kg&token=x#top", "https://portal.test/account/reset?email=*&token=*")]
    [InlineData("/College/Learners", "/College/Learners")]
    [InlineData("Is it done?", "Is it done?")]
    public void Mask_KeepsParameterNamesAndDropsTheirValues(string text, string expected) =>
        Assert.Equal(expected, QueryStringMasking.Mask(text));
}
