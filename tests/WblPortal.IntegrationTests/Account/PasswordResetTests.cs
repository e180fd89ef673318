using System.Net;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

public sealed class PasswordResetTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const string NewPassword = "Jany-syrsoz-2026";

    [Theory]
    [InlineData("ky-KG", "сырсөздү калыбына келтирүү")]
    [InlineData("ru-KG", "восстановление пароля")]
    [InlineData("en", "reset your password")]
    public async Task Post_ForgotPassword_EmailsLocalizedLinkThatSetsNewPassword(string culture, string subject)
    {
        var user = await Data.UserAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(Factory, culture);

        var sent = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = user.Email! });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var mail = Assert.Single(MailPickup.Read(Factory.MailPickup));
        Assert.Contains(user.Email!, mail.To);
        Assert.Contains(subject, mail.Subject);
        Assert.Contains(user.FullName, mail.Body);
        Assert.Contains(user.FullName, mail.Text);
        var link = mail.LinkTo("/account/reset-password");
        Assert.Contains(link, mail.Text);

        var form = await client.GetDocumentAsync(link);
        var fields = new Dictionary<string, string>
        {
            ["UserId"] = form.QuerySelector("input[name=UserId]")!.GetAttribute("value")!,
            ["Token"] = form.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["Password"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        };
        var reset = await client.PostFormAsync("/account/reset-password", fields);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var signIn = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var oldPassword = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);

        // The link is single use: the security stamp changed with the password.
        var again = await client.PostFormAsync("/account/reset-password", fields);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Post_ForgotPasswordForUnknownEmail_AnswersTheSameAndSendsNothing()
    {
        var user = await Data.UserAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var client = PortalClient.Anonymous(Factory, "en");

        var known = await PortalClient.ParseAsync(await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = user.Email! }));
        var unknown = await PortalClient.ParseAsync(await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = "nobody@test.kg" }));

        Assert.Equal(known.QuerySelector("main")!.TextContent, unknown.QuerySelector("main")!.TextContent);
        Assert.Single(MailPickup.Read(Factory.MailPickup));
    }

    [Fact]
    public async Task Post_ResetWithForgedToken_ShowsInvalidLinkAndKeepsPassword()
    {
        var user = await Data.UserAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(Factory, "en");

        var response = await client.PostFormAsync("/account/reset-password", new()
        {
            ["UserId"] = user.Id, ["Token"] = "Zm9yZ2Vk", ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("The link is invalid or has expired.", page.QuerySelector("[role=alert]")!.TextContent);
        var signIn = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Post_ResetWithMismatchedPasswords_ShowsLocalizedMessageNextToField()
    {
        var client = PortalClient.Anonymous(Factory, "ru-KG");

        var response = await client.PostFormAsync("/account/reset-password", new()
        {
            ["UserId"] = "x", ["Token"] = "y", ["Password"] = NewPassword, ["ConfirmPassword"] = "Other-password-1",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Пароли не совпадают.", page.QuerySelector("[data-valmsg-for=ConfirmPassword]")!.TextContent.Trim());
    }
}
