using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using WblPortal.Domain.Api;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Api;

/// <summary>API clients written straight to the database (the admin page is tested on its own) and HTTP clients that
/// call the API with their token and no cookie.</summary>
public static class ApiClientFixtures
{
    public static async Task<(ApiClient Client, string Token)> RegisterAsync(PortalFactory factory, string[]? scopes = null, bool revoked = false)
    {
        var (client, token) = ApiClient.Register("Билим берүү маалымат системасы", scopes ?? [.. ApiScopes.All], "test", DateTimeOffset.UtcNow);
        if (revoked)
        {
            client.Revoke("test", DateTimeOffset.UtcNow);
        }

        await using var db = factory.CreateDbContext();
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        return (client, token);
    }

    public static HttpClient Caller(WebApplicationFactory<Program> factory, string? token, string culture = "en")
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}
