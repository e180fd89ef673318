using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace WblPortal.IntegrationTests.Security;

/// <summary>
/// The attack suite: from the portal's own action metadata, every route that takes an id is replayed by each demo
/// party's user (college admin, employer admin, mentor, learner) with the ids of another college's and another
/// employer's rows — one row of every tenant table — as GET and as POST with the attacker's own valid antiforgery
/// token. Every answer must be 404, 403 or 400, and the database must be unchanged afterwards.
/// </summary>
public sealed partial class CrossTenantAttackTests(PortalFactory factory, ITestOutputHelper output) : IntegrationTest(factory)
{
    private const string TokmokCollege = "Токмок ш. Агроөнөр жай колледжи";

    /// <summary>The demo accounts and the Area each works in ("" = the portal's own pages: inbox, documents).</summary>
    private static readonly (string Email, string Area)[] Attackers =
    [
        ("college.admin@wbl.kg", "College"), ("employer@wbl.kg", "Employer"),
        ("mentor@wbl.kg", "Mentor"), ("learner@wbl.kg", "Learner"),
    ];

    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest];

    private sealed record RouteCase(string Area, string Method, string Path, IReadOnlyList<string> QueryOrFormGuids, string Display);

    [Fact]
    public async Task EveryRouteWithAnId_WithAnotherTenantsIds_IsRefusedAndChangesNothing()
    {
        await SeedDemoAsync();
        var (ids, markers) = await ForeignTenantAsync();
        var routes = RoutesWithIds();
        var leaks = new List<string>();
        var statuses = new Dictionary<HttpStatusCode, int>();
        var requests = 0;

        var clients = new List<(PortalClient Client, string Token, string Area, string Email)>();
        foreach (var (email, area) in Attackers)
        {
            var client = await SignInAsync(email);
            clients.Add((client, await TokenAsync(client, "/" + area), area, email));
        }

        var before = await FingerprintAsync();
        foreach (var (client, token, area, email) in clients)
        {
            foreach (var route in routes.Where(r => r.Area == area || r.Area == ""))
            {
                foreach (var (table, id) in IdsFor(route, ids))
                {
                    var response = await SendAsync(client, token, route, id);
                    requests++;
                    statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
                    var refused = Refusals.Contains(response.StatusCode);
                    var body = refused ? "" : await response.Content.ReadAsStringAsync();
                    if (route.Path.Contains("{id}", StringComparison.Ordinal) && !refused)
                    {
                        // The id names the row the page is about: another tenant's row is never found.
                        leaks.Add($"{email} {route.Method} {route.Display} with {table} id → {(int)response.StatusCode}");
                    }
                    else if (markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } marker)
                    {
                        // A filter or form field with another tenant's id may answer (an empty list, the form again),
                        // but never with that tenant's data.
                        leaks.Add($"{email} {route.Method} {route.Display} with {table} id → {(int)response.StatusCode} showing \"{marker}\"");
                    }
                }
            }
        }

        var after = await FingerprintAsync();
        var changed = before.Where(t => after.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).ToList();

        output.WriteLine($"Attack suite: {routes.Count} routes with ids ({routes.Count(r => r.Method == "GET")} GET, "
            + $"{routes.Count(r => r.Method == "POST")} POST), {ids.Count} foreign rows of {ids.Select(i => i.Table).Distinct().Count()} tables, "
            + $"{Attackers.Length} attackers, {requests} requests, {leaks.Count} leaks, tables changed: {changed.Count}");
        output.WriteLine("Answers: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}")));
        Assert.True(requests >= 5000, $"only {requests} requests");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(60)));
        Assert.True(changed.Count == 0, "changed: " + string.Join(", ", changed));
    }

    [Fact]
    public async Task EveryNonPublicRoute_Anonymous_RedirectsToSignIn()
    {
        var provider = Factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>();
        var anonymous = PortalClient.Anonymous(Factory);
        var checkedRoutes = 0;
        var failures = new List<string>();
        foreach (var action in provider.ActionDescriptors.Items.OfType<ControllerActionDescriptor>())
        {
            if (IsPublic(action) || !Methods(action).Contains("GET"))
            {
                continue;
            }

            var path = PathOf(action, Guid.CreateVersion7());
            var response = await anonymous.GetAsync(path);
            checkedRoutes++;
            var location = response.Headers.Location?.OriginalString ?? "";
            if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/account/login", StringComparison.Ordinal))
            {
                failures.Add($"GET {path} → {(int)response.StatusCode} {location}");
            }
        }

        output.WriteLine($"{checkedRoutes} non-public GET routes checked anonymously");
        Assert.True(checkedRoutes > 100, $"only {checkedRoutes} routes");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task SeedDemoAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    private async Task<PortalClient> SignInAsync(string email)
    {
        var client = PortalClient.Anonymous(Factory, "en");
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = DemoDataSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<string> TokenAsync(PortalClient client, string page)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        return TokenPattern().Match(html).Groups[1].Value;
    }

    private static Task<HttpResponseMessage> SendAsync(PortalClient client, string token, RouteCase route, Guid id)
    {
        var path = route.Path.Replace("{id}", id.ToString(), StringComparison.Ordinal);
        var pairs = route.QueryOrFormGuids.Select(name => new KeyValuePair<string, string>(name, id.ToString())).ToList();
        if (route.Method == "GET")
        {
            var query = pairs.Count == 0 ? "" : "?" + string.Join("&", pairs.Select(p => $"{p.Key}={p.Value}"));
            return client.GetAsync(path + query);
        }

        pairs.Add(new("Version", "1"));
        pairs.Add(new("__RequestVerificationToken", token));
        return client.Http.PostAsync(path, new FormUrlEncodedContent(pairs));
    }

    /// <summary>Every GET and POST action of the portal (signed-in pages only) that takes a Guid — as a route id, a
    /// query parameter or a property of its form model.</summary>
    private List<RouteCase> RoutesWithIds()
    {
        var provider = Factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>();
        var routes = new List<RouteCase>();
        foreach (var action in provider.ActionDescriptors.Items.OfType<ControllerActionDescriptor>())
        {
            if (IsPublic(action))
            {
                continue;
            }

            var simple = action.Parameters.Where(p => IsGuid(p.ParameterType)).Select(p => p.Name).ToList();
            var complex = action.Parameters.Where(p => IsFormModel(p.ParameterType))
                .SelectMany(p => p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                .Where(p => IsGuid(p.PropertyType) && p.CanWrite).Select(p => p.Name).ToList();
            var routeHasId = simple.Contains("id", StringComparer.OrdinalIgnoreCase);
            var others = simple.Where(n => !n.Equals("id", StringComparison.OrdinalIgnoreCase)).Concat(complex).Distinct().ToList();
            if (!routeHasId && others.Count == 0)
            {
                continue;
            }

            var path = PathOf(action, null);
            foreach (var method in Methods(action).Where(m => m is "GET" or "POST"))
            {
                var fields = method == "GET" ? others : others.Concat(routeHasId && !path.Contains("{id}", StringComparison.Ordinal) ? ["Id"] : []).ToList();
                routes.Add(new RouteCase(AreaOf(action) ?? "", method, path, fields,
                    $"{action.ControllerName}.{action.ActionName}"));
            }
        }

        return routes;
    }

    private static string? AreaOf(ActionDescriptor action) => action.RouteValues.TryGetValue("area", out var area) ? area : null;

    /// <summary>Every foreign row's id for a route about a row (its {id} or form Id); for a filter such as PlacementId
    /// the ids of the tables it names, and the organizations'.</summary>
    private static IEnumerable<(string Table, Guid Id)> IdsFor(RouteCase route, List<(string Table, Guid Id)> ids)
    {
        if (route.Path.Contains("{id}", StringComparison.Ordinal) || route.QueryOrFormGuids.Contains("Id", StringComparer.OrdinalIgnoreCase))
        {
            return ids;
        }

        var named = route.QueryOrFormGuids.Select(n => SnakeCase(n.EndsWith("Id", StringComparison.OrdinalIgnoreCase) ? n[..^2] : n)).ToList();
        var matching = ids.Where(i => i.Table is "colleges" or "employers" || named.Any(n => n.Length > 0 && i.Table.Contains(n, StringComparison.Ordinal))).ToList();
        return matching.Count > 2 ? matching : ids;
    }

    private static string SnakeCase(string name) => SnakeBoundary().Replace(name, "$1_$2").ToLowerInvariant();

    private static bool IsGuid(Type type) => type == typeof(Guid) || type == typeof(Guid?);

    private static bool IsFormModel(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
        && type.Namespace?.StartsWith("WblPortal", StringComparison.Ordinal) == true;

    private static bool IsPublic(ControllerActionDescriptor action) =>
        action.EndpointMetadata.OfType<IAllowAnonymous>().Any() || !action.EndpointMetadata.OfType<IAuthorizeData>().Any()
            && action.ControllerTypeInfo.Namespace?.Contains(".Areas.", StringComparison.Ordinal) != true;

    private static IReadOnlyList<string> Methods(ActionDescriptor action) =>
        action.EndpointMetadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).Distinct().ToList() is { Count: > 0 } list
            ? list
            : ["GET"];

    /// <summary>The action's path: its attribute route, or the conventional one; "{id}" stands where the id goes.</summary>
    private static string PathOf(ControllerActionDescriptor action, Guid? id)
    {
        var idText = id?.ToString() ?? "{id}";
        var hasId = action.Parameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase));
        string path;
        if (action.AttributeRouteInfo?.Template is { } template)
        {
            path = "/" + RouteToken().Replace(template.TrimStart('/'), m => m.Groups[1].Value.Equals("id", StringComparison.OrdinalIgnoreCase) ? idText : "");
            path = path.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/');
        }
        else
        {
            var area = AreaOf(action);
            path = (area is null ? "" : "/" + area) + $"/{action.ControllerName}/{action.ActionName}" + (hasId ? "/" + idText : "");
        }

        return path.Length == 0 ? "/" : path;
    }

    /// <summary>One row id of every tenant table, of a college and an employer that share nothing with the attackers'
    /// college and employer.</summary>
    private async Task<(List<(string Table, Guid Id)> Ids, IReadOnlyList<string> Markers)> ForeignTenantAsync()
    {
        await using var db = Factory.CreateDbContext();
        var tokmok = await db.Colleges.Where(c => c.NameKy == TokmokCollege).Select(c => c.Id).SingleAsync();
        var attackerEmployer = await db.Users.Where(u => u.Email == "employer@wbl.kg").Select(u => u.OrganizationId).SingleAsync();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.FindPrimaryKey()?.Properties is [{ ClrType: var keyType }] && keyType == typeof(Guid))
            .Select(t => (Table: t.GetTableName()!, College: t.FindProperty("CollegeId") is not null, Employer: t.FindProperty("EmployerId") is not null))
            .Where(t => t.College || t.Employer)
            .DistinctBy(t => t.Table)
            .ToList();

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var shared = string.Join(" UNION ", tables.Where(t => t.College && t.Employer)
            .Select(t => $"SELECT college_id, employer_id FROM {t.Table}"));
        var foreignCollege = await ScalarAsync(connection,
            $"SELECT c.id FROM colleges c WHERE c.id <> @college AND NOT EXISTS (SELECT 1 FROM ({shared}) s WHERE s.college_id = c.id AND s.employer_id = @employer) ORDER BY c.id LIMIT 1",
            tokmok, attackerEmployer);
        var foreignEmployer = await ScalarAsync(connection,
            $"SELECT e.id FROM employers e WHERE e.id <> @employer AND NOT EXISTS (SELECT 1 FROM ({shared}) s WHERE s.employer_id = e.id AND s.college_id = @college) ORDER BY e.id LIMIT 1",
            tokmok, attackerEmployer);

        var ids = new List<(string, Guid)> { ("colleges", foreignCollege), ("employers", foreignEmployer) };
        foreach (var t in tables)
        {
            var where = t.College ? "college_id = @college" : "employer_id = @employer";
            var id = await ScalarOrNullAsync(connection, $"SELECT id FROM {t.Table} WHERE {where} ORDER BY id LIMIT 1",
                foreignCollege, foreignEmployer);
            if (id is { } found)
            {
                ids.Add((t.Table, found));
            }
        }

        // What the foreign tenant's data looks like on a page: its names, its learners' PINs and those of its learners'
        // full names that no learner of another college shares.
        var college = await db.Colleges.Where(c => c.Id == foreignCollege).Select(c => new { c.NameKy, c.NameRu }).SingleAsync();
        var employerName = await db.Employers.Where(e => e.Id == foreignEmployer).Select(e => e.Name).SingleAsync();
        var own = await db.Learners.Where(l => l.CollegeId != foreignCollege).Select(l => l.LastName + " " + l.FirstName).ToListAsync();
        var learners = await db.Learners.Where(l => l.CollegeId == foreignCollege).Select(l => l.LastName + " " + l.FirstName).ToListAsync();
        var pins = await db.Learners.Where(l => l.CollegeId == foreignCollege).Select(l => l.Pin).ToListAsync();
        IReadOnlyList<string> markers = [college.NameKy, college.NameRu, employerName, .. learners.Except(own), .. pins];
        return (ids, markers);
    }

    private static async Task<Guid> ScalarAsync(NpgsqlConnection connection, string sql, Guid college, Guid? employer) =>
        await ScalarOrNullAsync(connection, sql, college, employer) ?? throw new InvalidOperationException("no row: " + sql);

    private static async Task<Guid?> ScalarOrNullAsync(NpgsqlConnection connection, string sql, Guid college, Guid? employer)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("college", college);
        command.Parameters.AddWithValue("employer", (object?)employer ?? DBNull.Value);
        return await command.ExecuteScalarAsync() as Guid?;
    }

    /// <summary>Each table's row count and newest row version: any insert, update or delete changes it.</summary>
    private async Task<Dictionary<string, string>> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text FROM \"{table}\"", connection);
            result[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return result;
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex SnakeBoundary();

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\??\}")]
    private static partial Regex RouteToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
