using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Operations;

public sealed class OperationsTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Health_ReportsHealthyWithTheDatabase()
    {
        var response = await PortalClient.Anonymous(Factory).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/account/login", null)]
    [InlineData("/College", Roles.CollegeAdmin)]
    [InlineData("/Ministry", Roles.MinistryAnalyst)]
    [InlineData("/no-such-page", null)]
    public async Task Get_Page_SendsSecurityHeaders(string url, string? role)
    {
        var client = role is null ? PortalClient.Anonymous(Factory) : await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync(url);

        var csp = Header(response, "Content-Security-Policy");
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-inline'", scriptSrc);
        Assert.DoesNotContain("'unsafe-eval'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Get_Page_HasNoInlineScript()
    {
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var page = await client.GetDocumentAsync("/Ministry");

        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.Http.PostAsync("/College/Specialties/Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = "230115", ["NameKy"] = "А", ["NameRu"] = "А", ["NqfLevelId"] = "5",
        }));
        var culture = await PortalClient.Anonymous(Factory).Http.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, culture.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Specialties.AnyAsync());
    }

    [Fact]
    public async Task SignIn_StoresDataProtectionKeysInPostgreSql()
    {
        await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        await using var db = Factory.CreateDbContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
        Assert.Contains("<key ", (await db.DataProtectionKeys.FirstAsync()).Xml);
    }

    [Theory]
    [InlineData("ru-KG", "ru", "Войти")]
    [InlineData("en", "en", "Sign in")]
    public async Task Post_Culture_SwitchesLanguageOfPagesAndHtmlLang(string culture, string lang, string signIn)
    {
        // No culture cookie up front: the switch alone must set it.
        var client = new PortalClient(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var before = await client.GetDocumentAsync("/account/login");

        var response = await client.PostFormAsync("/culture", new() { ["culture"] = culture, ["returnUrl"] = "/account/login" });
        var after = await client.GetDocumentAsync("/account/login");

        Assert.Equal("ky", before.DocumentElement.GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        response.AssertRedirectsTo("/account/login");
        Assert.Equal(lang, after.DocumentElement.GetAttribute("lang"));
        Assert.Contains(after.QuerySelectorAll("a, button"), e => e.TextContent.Trim() == signIn);
    }

    [Fact]
    public async Task Post_CultureWithForeignReturnUrl_StaysOnThePortal()
    {
        var client = PortalClient.Anonymous(Factory);

        var response = await client.PostFormAsync("/culture", new() { ["culture"] = "en", ["returnUrl"] = "https://evil.example/" });

        response.AssertRedirectsTo("/");
    }

    [Theory]
    [InlineData("ky-KG", "01.05.2007")]
    [InlineData("ru-KG", "01.05.2007")]
    [InlineData("en", "01.05.2007")]
    public async Task Get_Page_RendersDatesAsDayMonthYear(string culture, string expected)
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college, configure: l => l.DateOfBirth = new DateOnly(2007, 5, 1));
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id, culture: culture);

        var page = await client.GetDocumentAsync("/Learner");

        Assert.Equal(expected, page.QuerySelector("[data-testid=date-of-birth]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("ky-KG", "Сан жазыңыз.")]
    [InlineData("ru-KG", "Введите число.")]
    [InlineData("en", "Enter a number.")]
    public async Task Post_NonNumberInNumberField_ShowsLocalizedModelBindingMessage(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Specialties/Save", new()
        {
            ["Code"] = "230115", ["NameKy"] = "А", ["NameRu"] = "А", ["NqfLevelId"] = "беш",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=NqfLevelId]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Specialties.AnyAsync());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing");
}
