using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Api;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Api;

/// <summary>The platform admin's page of API clients (/Admin/ApiClients): registering shows the token once and stores
/// only its hash, the list never shows it again, revoking shuts the API to it; every change is audited; nobody else
/// reaches the page.</summary>
public sealed class ApiClientAdminTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static string TokenOn(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#api-token")?.GetAttribute("value") ?? throw new InvalidOperationException("no token on the page");

    [Fact]
    public async Task Post_Create_ShowsTheTokenOnce_StoresOnlyItsHash_AndTheTokenReadsTheApi()
    {
        var admin = await SignInAsync(Roles.PlatformAdmin);

        var response = await admin.PostFormAsync("/Admin/ApiClients/Create",
            new() { ["Name"] = "БИМ маалымат системасы", ["Scopes"] = ApiScopes.Registry }, "/Admin/ApiClients/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = TokenOn(await PortalClient.ParseAsync(response));
        Assert.StartsWith(ApiClient.TokenPrefix, token, StringComparison.Ordinal);
        Assert.True(token.Length >= ApiClient.TokenPrefix.Length + 43, "256 random bits");
        await using (var db = Factory.CreateDbContext())
        {
            var client = await db.ApiClients.SingleAsync();
            Assert.Equal("БИМ маалымат системасы", client.Name);
            Assert.Equal([ApiScopes.Registry], client.Scopes);
            Assert.Equal(ApiClient.Hash(token), client.TokenHash);
            var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(ApiClient) && a.EntityKey == client.Id.ToString());
            Assert.DoesNotContain(token, audit.Changes, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/colleges")).StatusCode);
    }

    [Fact]
    public async Task Get_Index_AfterCreate_NeverShowsTheTokenAgain()
    {
        var admin = await SignInAsync(Roles.PlatformAdmin);
        var created = await admin.PostFormAsync("/Admin/ApiClients/Create",
            new() { ["Name"] = "Статистика", ["Scopes"] = ApiScopes.Figures }, "/Admin/ApiClients/Create");
        var token = TokenOn(await PortalClient.ParseAsync(created));
        var otherAdmin = await SignInAsync(Roles.PlatformAdmin);

        foreach (var who in new[] { admin, otherAdmin })
        {
            var html = await (await who.GetAsync("/Admin/ApiClients")).Content.ReadAsStringAsync();
            Assert.Contains("Статистика", html, StringComparison.Ordinal);
            Assert.Contains(token[..10], html, StringComparison.Ordinal);
            Assert.DoesNotContain(token, html, StringComparison.Ordinal);
            Assert.DoesNotContain(token[..20], html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_Create_WithoutNameOrScope_ShowsLocalizedMessages_SavesNothing()
    {
        var admin = await SignInAsync(Roles.PlatformAdmin);

        var response = await admin.PostFormAsync("/Admin/ApiClients/Create", new() { ["Name"] = "" }, "/Admin/ApiClients/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("#api-token"));
        Assert.Contains("Жок дегенде бир уруксатты тандаңыз.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for=Name]")?.TextContent));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ApiClients.AnyAsync());
    }

    [Fact]
    public async Task Post_Create_WithUnknownScope_SavesNothing()
    {
        var admin = await SignInAsync(Roles.PlatformAdmin);

        var response = await admin.PostFormAsync("/Admin/ApiClients/Create", new() { ["Name"] = "X", ["Scopes"] = "learners" }, "/Admin/ApiClients/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ApiClients.AnyAsync());
    }

    [Fact]
    public async Task Post_Revoke_ShutsTheApiToTheToken_AndIsAudited()
    {
        var (client, token) = await ApiClientFixtures.RegisterAsync(Factory);
        var admin = await SignInAsync(Roles.PlatformAdmin);
        Assert.Equal(HttpStatusCode.OK, (await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/colleges")).StatusCode);

        var response = await admin.PostFormAsync($"/Admin/ApiClients/Revoke/{client.Id}", new() { ["version"] = client.Version.ToString() }, "/Admin/ApiClients");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/colleges")).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.NotNull((await db.ApiClients.SingleAsync()).RevokedAt);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(ApiClient) && a.EntityKey == client.Id.ToString()).Select(a => a.Changes).ToListAsync();
        Assert.Contains(audit, changes => changes.Contains("RevokedAt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_Revoke_UnknownClient_ReturnsNotFound()
    {
        var admin = await SignInAsync(Roles.PlatformAdmin);

        var response = await admin.PostFormAsync($"/Admin/ApiClients/Revoke/{Guid.NewGuid()}", new() { ["version"] = "1" }, "/Admin/ApiClients");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Learner)]
    public async Task ApiClientsPages_AsAnyOtherRole_AreForbidden_AndChangeNothing(string role)
    {
        var (client, token) = await ApiClientFixtures.RegisterAsync(Factory);
        var organization = role switch
        {
            Roles.MinistryAnalyst => (await Data.MinistryAsync()).Id,
            Roles.EmployerAdmin => (await Data.EmployerAsync()).Id,
            _ => (await Data.CollegeAsync()).Id,
        };
        var user = await SignInAsync(role, organization);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/Admin/ApiClients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/Admin/ApiClients/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostFormAsync("/Admin/ApiClients/Create",
            new() { ["Name"] = "Intruder", ["Scopes"] = ApiScopes.Figures })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostFormAsync($"/Admin/ApiClients/Revoke/{client.Id}",
            new() { ["version"] = client.Version.ToString() })).StatusCode);

        await using var db = Factory.CreateDbContext();
        var stored = await db.ApiClients.SingleAsync();
        Assert.Null(stored.RevokedAt);
        Assert.Equal(HttpStatusCode.OK, (await ApiClientFixtures.Caller(Factory, token).GetAsync("/api/v1/colleges")).StatusCode);
    }

    [Fact]
    public async Task ApiClients_AreReadOnlyByThePlatformAdmin_NotByTheMinistry()
    {
        await ApiClientFixtures.RegisterAsync(Factory);
        var ministry = await Data.MinistryAsync();

        await using var asMinistry = Factory.CreateDbContext(new Actor("u-m", Roles.MinistryAnalyst, OrganizationKind.Ministry, ministry.Id));
        await using var asAdmin = Factory.CreateDbContext(new Actor("u-a", Roles.PlatformAdmin, OrganizationKind.Platform, null));

        Assert.False(await asMinistry.ApiClients.AnyAsync());
        Assert.True(await asAdmin.ApiClients.AnyAsync());
    }
}
