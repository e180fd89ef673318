using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace WblPortal.IntegrationTests.Junk;

/// <summary>Junk in any query parameter or form field never answers 5xx: every route and form the portal's endpoint
/// metadata lists, for every demo role, with each kind of junk value.</summary>
public sealed partial class JunkInputFuzzTests(PortalFactory factory, ITestOutputHelper output) : IntegrationTest(factory)
{
    /// <summary>The demo accounts, one per area (the curator stands in for the college staff).</summary>
    internal static readonly (string Email, string Area)[] DemoAccounts =
    [
        ("college.admin@wbl.kg", "College"),
        ("curator@wbl.kg", "College"),
        ("employer@wbl.kg", "Employer"),
        ("mentor@wbl.kg", "Mentor"),
        ("learner@wbl.kg", "Learner"),
        ("ministry@wbl.kg", "Ministry"),
        ("admin@wbl.kg", "Admin"),
    ];

    [Fact]
    public async Task EveryRouteAndForm_JunkInEachParameter_NeverAnswers5xx()
    {
        var clock = Stopwatch.StartNew();
        // The national figures are not recomputed on every read here (seconds each): the fuzz reads the dashboard often.
        await using var portal = QuietPortal();
        var (run, roles, actions) = await CrawlDemoAsync(portal);
        var crawled = clock.Elapsed;
        var roleByArea = roles.Where(r => r.Name != "curator@wbl.kg").GroupBy(r => r.Area).ToDictionary(g => g.Key, g => g.First());
        roleByArea.Remove("");
        await run.FuzzGetsAsync(roleByArea, roles);
        var gets = clock.Elapsed;
        await run.FuzzPostsAsync(roleByArea, roles);

        output.WriteLine($"actions: {actions.Count(a => a.Method == "GET")} GET, {actions.Count(a => a.Method == "POST")} POST; "
            + $"junk kinds: {JunkValue.All.Count}; crawled pages: {run.Pages}; routes with a real URL: {run.SampledRoutes}; forms: {run.Forms}");
        output.WriteLine($"requests: {run.Requests} ({string.Join(", ", run.StatusClasses.OrderBy(s => s.Key).Select(s => $"{s.Key}xx: {s.Value}"))}); "
            + $"seed and crawl {crawled.TotalSeconds:0}s, GET {(gets - crawled).TotalSeconds:0}s, POST {(clock.Elapsed - gets).TotalSeconds:0}s");
        output.WriteLine("GET routes without a real URL (placeholder id): " + string.Join(", ", run.UnsampledGets));
        output.WriteLine("POST actions without a form on any crawled page: " + string.Join(", ", run.UnreachedPosts));
        foreach (var failure in run.Failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(run.Failures.Count == 0, $"{run.Failures.Count} answers failed:\n" + string.Join("\n", run.Failures.Take(60)));
    }

    [Fact]
    public async Task EveryList_EachSortKeyBothWaysAndAJunkKey_ReturnsOk()
    {
        await using var portal = QuietPortal();
        var (run, _, _) = await CrawlDemoAsync(portal);
        var crawlFailures = run.Failures.Count;

        await run.CheckSortKeysAsync();

        output.WriteLine($"lists: {run.Lists}, sort keys: {run.SortKeys}, requests: {run.Requests}");
        Assert.True(run.Lists >= 30, $"only {run.Lists} lists found");
        Assert.True(run.Failures.Count == crawlFailures, string.Join("\n", run.Failures.Skip(crawlFailures).Take(60)));
    }

    /// <summary>The portal with the demo data's accounts, without the per-read refresh of the national figures (seconds
    /// each) and without logging every request and SQL command (which doubles the run's time).</summary>
    private WebApplicationFactory<Program> QuietPortal() => Factory.WithWebHostBuilder(b => b
        .UseSetting("Ministry:FiguresRefreshOnRead", "false")
        .UseSetting("Serilog:MinimumLevel:Default", "Error")
        .UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Error"));

    /// <summary>Seeds the demo data, signs in every demo account (and an anonymous visitor) and crawls their pages.</summary>
    private static async Task<(JunkRun Run, List<JunkRole> Roles, IReadOnlyList<PortalAction> Actions)> CrawlDemoAsync(WebApplicationFactory<Program> portal)
    {
        await SeedDemoAsync(portal);
        var actions = PortalMap.Actions(portal.Services);
        var run = new JunkRun(actions);
        var roles = new List<JunkRole> { await RoleAsync(portal, null, "") };
        foreach (var (email, area) in DemoAccounts)
        {
            roles.Add(await RoleAsync(portal, email, area));
        }

        foreach (var role in roles)
        {
            var starts = role.Area.Length == 0 ? new[] { "/", "/account/login", "/verify" } : ["/" + role.Area, "/Inbox"];
            await run.CrawlAsync(role, starts);
        }

        return (run, roles, actions);
    }

    internal static async Task SeedDemoAsync(WebApplicationFactory<Program> portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    private static async Task<JunkRole> RoleAsync(WebApplicationFactory<Program> portal, string? email, string area)
    {
        var http = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var client = new PortalClient(http);
        var login = await http.GetStringAsync("/account/login");
        var token = TokenPattern().Match(login).Groups[1].Value;
        if (email is null)
        {
            return new JunkRole("anonymous", area, client, token);
        }

        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = DemoDataSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await http.GetStringAsync("/Inbox");
        return new JunkRole(email, area, client, TokenPattern().Match(page).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
