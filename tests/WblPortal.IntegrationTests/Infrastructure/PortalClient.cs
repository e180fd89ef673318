using System.Net;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>An HTTP client that keeps cookies, signs in through the real login form and posts forms with their
/// antiforgery token, as a browser would.</summary>
public sealed partial class PortalClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<PortalClient> SignedInAsync(WebApplicationFactory<Program> factory, ApplicationUser user, string culture = "ky-KG")
    {
        var client = Anonymous(factory, culture);
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password }, "/account/login");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {user.Email} answered {response.StatusCode}");
        }

        return client;
    }

    public static PortalClient Anonymous(WebApplicationFactory<Program> factory, string culture = "ky-KG")
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        return new PortalClient(http);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {response.StatusCode}");
        }

        return await ParseAsync(response);
    }

    /// <summary>Posts a form, taking the antiforgery token from <paramref name="tokenPage"/> (every page's layout has
    /// one, in the language switch).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string tokenPage = "/account/login")
    {
        var page = await (await Http.GetAsync(tokenPage)).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page).Groups[1].Value;
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Http.PostAsync(url, content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
