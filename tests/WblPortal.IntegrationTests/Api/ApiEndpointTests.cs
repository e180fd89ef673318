using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WblPortal.Domain.Access;
using WblPortal.Domain.Api;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.IntegrationTests.MinistryArea;

namespace WblPortal.IntegrationTests.Api;

/// <summary>The read-only API under /api/v1: every endpoint answers the ministry's own figures (the figures of
/// <see cref="MinistryDataset"/>, computed by hand in the ministry's tests) to a client with the scope, and refuses —
/// as an RFC 7807 problem, never the HTML page — a call without a token, with an unknown or revoked token, with the
/// wrong scope, with the sign-in cookie alone, over the rate limit, or with junk in the query.</summary>
public sealed class ApiEndpointTests(PortalFactory factory) : IntegrationTest(factory)
{
    public static readonly TheoryData<string> Endpoints =
    [
        "/api/v1/figures/national?year=2025",
        "/api/v1/figures/colleges?year=2025",
        "/api/v1/table1?year=2025",
        "/api/v1/colleges",
        "/api/v1/employers",
    ];

    private static WebApplicationFactory<Program>? _limited;

    /// <summary>The shared portal with a limit of 3 API calls per client per minute (a second host, started once per run).</summary>
    private WebApplicationFactory<Program> Limited =>
        _limited ??= Factory.WithWebHostBuilder(b => b.UseSetting("Api:PermitLimit", "3").UseSetting("Api:WindowSeconds", "60"));

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Get_National_AnswersTheDashboardsFigures()
    {
        await MinistryDataset.CreateAsync(Data);
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory);

        var json = await JsonOf(await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/figures/national?year=2025"));

        Assert.Equal(2025, json.GetProperty("year").GetInt32());
        var stats = json.GetProperty("stats").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("value").GetDecimal());
        Assert.Equal(2, stats["colleges"]);
        Assert.Equal(5, stats["learners"]);
        Assert.Equal(3, stats["female"]);
        Assert.Equal(2, stats["male"]);
        var byForm = json.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "by-form");
        var production = byForm.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == "Production practice (technological etc.)");
        Assert.Equal([5m, 3m, 2m, 2m, 0m, 0m], production.GetProperty("values").EnumerateArray().Select(v => v.GetDecimal()).ToArray());
    }

    [Fact]
    public async Task Get_CollegeFigures_AnswersOneRowPerCollegeInWbl_Paged()
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory);
        var caller = ApiClientFixtures.Caller(Factory, token);

        var json = await JsonOf(await caller.GetAsync("/api/v1/figures/colleges?year=2025&pageSize=1"));

        Assert.Equal(2, json.GetProperty("total").GetInt32());
        var first = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(set.A.Id, first.GetProperty("collegeId").GetGuid());
        Assert.Equal(3, first.GetProperty("learners").GetInt32());
        var second = await JsonOf(await caller.GetAsync("/api/v1/figures/colleges?year=2025&pageSize=1&page=2"));
        Assert.Equal(set.B.Id, Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("collegeId").GetGuid());
    }

    [Fact]
    public async Task Get_Table1_AnswersTheConceptsTable()
    {
        var set = await MinistryDataset.CreateAsync(Data);
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory);

        var json = await JsonOf(await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/table1?year=2025"));

        var columns = json.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        var production = columns.IndexOf("production_practice");
        var excursion = columns.IndexOf("excursion");
        var rowA = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("collegeId").GetGuid() == set.A.Id);
        Assert.Equal(3, rowA.GetProperty("cells")[production].GetInt32());
        Assert.Equal(2, rowA.GetProperty("cells")[excursion].GetInt32());
        Assert.Equal(3, json.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Get_Colleges_ListsOrganizationsOnly()
    {
        var college = await Data.CollegeAsync(c => c.DirectorName = "Директоров Жеке Адам");
        await Data.CollegeAsync();
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory, [ApiScopes.Registry]);

        var response = await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/colleges?pageSize=1");
        var text = await response.Content.ReadAsStringAsync();
        var json = await JsonOf(response);

        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain("Директоров", text, StringComparison.Ordinal);
        var all = await JsonOf(await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/colleges"));
        Assert.Contains(all.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == college.Id && c.GetProperty("nameKy").GetString() == college.NameKy);
    }

    [Fact]
    public async Task Get_Employers_ListsOrganizationsWithoutContacts()
    {
        var employer = await Data.EmployerAsync(e => { e.ContactPerson = "Байланышов Жеке"; e.Phone = "+996555000111"; e.Email = "kontakt@example.kg"; });
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory, [ApiScopes.Registry]);

        var response = await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/employers");
        var text = await response.Content.ReadAsStringAsync();
        var json = await JsonOf(response);

        var row = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(employer.Name, row.GetProperty("name").GetString());
        Assert.Equal(employer.Sector.ToString(), row.GetProperty("sector").GetString());
        foreach (var secret in new[] { "Байланышов", "+996555000111", "kontakt@example.kg", employer.Inn })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Get_WithoutToken_Returns401Problem(string url)
    {
        var response = await ApiClientFixtures.Caller(Factory, null).GetAsync(url);

        await AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Get_WithUnknownToken_Returns401Problem(string url)
    {
        await ApiClientFixtures.RegisterAsync(Factory);

        await AssertProblem(await ApiClientFixtures.Caller(Factory, ApiClient.TokenPrefix + "not-a-registered-token").GetAsync(url), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Get_WithRevokedToken_Returns401Problem(string url)
    {
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory, revoked: true);

        await AssertProblem(await ApiClientFixtures.Caller(Factory, token).GetAsync(url), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/v1/figures/national", ApiScopes.Registry)]
    [InlineData("/api/v1/figures/colleges", ApiScopes.Registry)]
    [InlineData("/api/v1/table1", ApiScopes.Registry)]
    [InlineData("/api/v1/colleges", ApiScopes.Figures)]
    [InlineData("/api/v1/employers", ApiScopes.Figures)]
    public async Task Get_WithoutTheScope_Returns403Problem(string url, string onlyScope)
    {
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory, [onlyScope]);

        await AssertProblem(await ApiClientFixtures.Caller(Factory, token).GetAsync(url), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.PlatformAdmin)]
    public async Task Get_WithSignInCookieOnly_Returns401Problem(string role)
    {
        var signedIn = await SignInAsync(role, role == Roles.MinistryAnalyst ? (await Data.MinistryAsync()).Id : null);

        await AssertProblem(await signedIn.GetAsync("/api/v1/figures/national"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Get_OverTheClientsRateLimit_Returns429WithRetryAfter_OtherClientsUnaffected()
    {
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory, [ApiScopes.Registry]);
        var (_, other) = await ApiClientFixtures.RegisterAsync(Factory, [ApiScopes.Registry]);
        var caller = ApiClientFixtures.Caller(Limited, token);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync("/api/v1/colleges")).StatusCode);
        }

        var refused = await caller.GetAsync("/api/v1/colleges");

        await AssertProblem(refused, (HttpStatusCode)429);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.OK, (await ApiClientFixtures.Caller(Limited, other).GetAsync("/api/v1/colleges")).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/figures/national?year=abc")]
    [InlineData("/api/v1/figures/national?year=99999999999")]
    [InlineData("/api/v1/figures/national?region=%00")]
    [InlineData("/api/v1/figures/colleges?page=0")]
    [InlineData("/api/v1/table1?year=1900")]
    [InlineData("/api/v1/colleges?pageSize=100000")]
    [InlineData("/api/v1/employers?page=-1")]
    [InlineData("/api/v1/employers?page=%D2%A3")]
    public async Task Get_JunkQuery_Returns400Problem(string url)
    {
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory);

        await AssertProblem(await ApiClientFixtures.Caller(Factory, token).GetAsync(url), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_UnknownApiPath_Returns404Problem()
    {
        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory);

        await AssertProblem(await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/learners"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_OpenApiDocument_IsAnonymousAndListsEveryEndpoint()
    {
        var response = await ApiClientFixtures.Caller(Factory, null).GetAsync("/api/v1/openapi.json");
        var json = await JsonOf(response);

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["/api/v1/colleges", "/api/v1/employers", "/api/v1/figures/colleges", "/api/v1/figures/national", "/api/v1/table1"], paths);
        Assert.Equal("bearer", json.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }
}
