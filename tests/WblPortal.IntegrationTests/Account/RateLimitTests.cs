using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

/// <summary>Each test runs a portal of its own with low limits (the shared test portal has none).</summary>
public sealed class RateLimitTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_SignInBeyondTheAccountLimit_Answers429WithLocalizedPage()
    {
        await using var portal = Limited("SignIn", clientLimit: 100, accountLimit: 2);
        var user = await Data.UserAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(portal, "ru-KG");

        for (var i = 0; i < 2; i++)
        {
            var wrong = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = "Wrong-password-" + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        // Even the right password waits: the account's budget is spent, whoever asks.
        var limited = await PortalClient.Anonymous(portal, "ru-KG").PostFormAsync("/account/login", new() { ["Email"] = user.Email!.ToUpperInvariant(), ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
        Assert.Equal("Слишком много запросов. Подождите минуту и повторите попытку.",
            (await PortalClient.ParseAsync(limited)).QuerySelector("[data-testid=error-message]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_SignInBeyondTheClientLimit_Answers429ForAnyAccount()
    {
        await using var portal = Limited("SignIn", clientLimit: 3, accountLimit: 100);
        var client = PortalClient.Anonymous(portal, "ky-KG");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.PostFormAsync("/account/login", new() { ["Email"] = $"guess{i}@test.kg", ["Password"] = "Guess-password-" + i })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Post_ForgotPasswordBeyondTheAccountLimit_Answers429AndSendsNoMoreMail()
    {
        await using var portal = Limited("PasswordReset", clientLimit: 100, accountLimit: 1);
        var user = await Data.UserAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var client = PortalClient.Anonymous(portal, "en");

        var first = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = user.Email! });
        var second = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = user.Email! });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("Too many requests.", (await PortalClient.ParseAsync(second)).QuerySelector("[data-testid=error-message]")!.TextContent);
    }

    [Theory]
    [InlineData("Verify", "/verify/ABCD-EFGH")]
    [InlineData("Invitation", "/account/accept-invitation?token=unknown")]
    public async Task Get_AnonymousEndpointBeyondTheClientLimit_Answers429(string kind, string url)
    {
        await using var portal = Limited(kind, clientLimit: 2, accountLimit: 0);
        var client = PortalClient.Anonymous(portal, "en");

        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);
        var third = await client.GetAsync(url);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Get_ExportsBeyondTheUsersLimit_Answer429AndOtherPagesStillWork()
    {
        await using var portal = Limited("Downloads", clientLimit: 2, accountLimit: 0);
        var user = await Data.UserAsync(Roles.PlatformAdmin);
        var client = await PortalClient.SignedInAsync(portal, user, "en");

        var first = await client.GetAsync("/Admin/Colleges/Export");
        var second = await client.GetAsync("/Admin/Employers/Export");
        var third = await client.GetAsync("/Admin/Colleges/Export");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("text/html; charset=utf-8", third.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Colleges")).StatusCode);

        // Another user has a budget of their own.
        var other = await PortalClient.SignedInAsync(portal, await Data.UserAsync(Roles.PlatformAdmin), "en");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Admin/Colleges/Export")).StatusCode);
    }

    private WebApplicationFactory<Program> Limited(string kind, int clientLimit, int accountLimit) =>
        Factory.WithWebHostBuilder(b => b
            .UseSetting($"RateLimiting:{kind}:PermitLimit", clientLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting($"RateLimiting:{kind}:AccountPermitLimit", accountLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting($"RateLimiting:{kind}:WindowSeconds", "60"));
}
