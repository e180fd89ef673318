using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

public sealed class TwoFactorTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_EnrolWithCodeFromApp_TurnsOnAndShowsTenRecoveryCodesOnce()
    {
        var user = await Data.UserAsync(Roles.Learner, (await Data.CollegeAsync()).Id);
        var client = await PortalClient.SignedInAsync(Factory, user, "en");

        var page = await client.GetDocumentAsync("/account/two-factor/enable");
        var key = page.QuerySelector("[data-testid=shared-key]")!.TextContent;
        var uri = page.QuerySelector("[data-testid=authenticator-uri]")!.GetAttribute("href")!;
        Assert.StartsWith("otpauth://totp/WBL%20Portal:", uri);
        Assert.Contains("secret=" + key.Replace(" ", "").ToUpperInvariant(), uri);
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("[data-testid=two-factor-qr]")!.GetAttribute("src"));

        var enrolled = await client.PostFormAsync("/account/two-factor/enable", new() { ["Code"] = AuthenticatorApp.Code(key, AuthenticatorApp.CurrentStep) }, "/account/two-factor");

        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        var codes = (await PortalClient.ParseAsync(enrolled)).QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.True((await UserRowAsync(user.Id)).TwoFactorEnabled);
        var status = await client.GetDocumentAsync("/account/two-factor");
        Assert.Contains("Recovery codes left: 10.", status.Body!.TextContent);
        Assert.DoesNotContain(codes[0], status.Body.TextContent);
    }

    [Theory]
    [InlineData("ky-KG", "Код туура эмес, мөөнөтү өткөн же мурда колдонулган.")]
    [InlineData("en", "The code is wrong, expired or already used.")]
    public async Task Post_EnrolWithWrongCode_ShowsLocalizedMessageAndStaysOff(string culture, string message)
    {
        var user = await Data.UserAsync(Roles.Mentor, (await Data.EmployerAsync()).Id);
        var client = await PortalClient.SignedInAsync(Factory, user, culture);
        var key = (await client.GetDocumentAsync("/account/two-factor/enable")).QuerySelector("[data-testid=shared-key]")!.TextContent;
        var wrong = AuthenticatorApp.Code(key, AuthenticatorApp.CurrentStep - 10);

        var response = await client.PostFormAsync("/account/two-factor/enable", new() { ["Code"] = wrong }, "/account/two-factor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim());
        Assert.False((await UserRowAsync(user.Id)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Post_SignInCode_IsAcceptedOnceAndRefusedOnReplay()
    {
        var (user, key, _) = await EnrolledUserAsync(Roles.CollegeStaff);
        var enrolmentStep = AuthenticatorApp.CurrentStep;

        // The code that switched 2FA on has been used: replaying it is refused.
        var first = await PasswordStepAsync(user);
        var replayOfEnrolment = await first.PostFormAsync("/account/login-2fa", new() { ["Code"] = AuthenticatorApp.Code(key, enrolmentStep) }, "/account/login");
        Assert.Equal(HttpStatusCode.OK, replayOfEnrolment.StatusCode);
        Assert.Contains("already used", (await PortalClient.ParseAsync(replayOfEnrolment)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/College")).StatusCode); // not signed in

        // The next step's code signs in, once.
        var next = AuthenticatorApp.Code(key, enrolmentStep + 1);
        var accepted = await first.PostFormAsync("/account/login-2fa", new() { ["Code"] = next }, "/account/login");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/College")).StatusCode);

        var second = await PasswordStepAsync(user);
        var replay = await second.PostFormAsync("/account/login-2fa", new() { ["Code"] = next }, "/account/login");
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/College")).StatusCode);
    }

    [Fact]
    public async Task Post_RecoveryCode_SignsInOnceOnly()
    {
        var (user, _, codes) = await EnrolledUserAsync(Roles.CollegeStaff);

        var first = await PasswordStepAsync(user);
        var accepted = await first.PostFormAsync("/account/login-2fa", new() { ["RecoveryCode"] = codes[3] }, "/account/login");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/College")).StatusCode);

        var second = await PasswordStepAsync(user);
        var reused = await second.PostFormAsync("/account/login-2fa", new() { ["RecoveryCode"] = codes[3] }, "/account/login");
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/College")).StatusCode);
    }

    [Fact]
    public async Task Get_SecondStepWithoutPassword_GoesBackToSignIn()
    {
        var response = await PortalClient.Anonymous(Factory).GetAsync("/account/login-2fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        response.AssertRedirectsTo("/account/login");
    }

    [Fact]
    public async Task Post_Disable_TurnsOffResetsKeyAndStampAndSignInAsksNoCode()
    {
        var (user, _, codes) = await EnrolledUserAsync(Roles.Mentor);
        var client = await SignInWithRecoveryCodeAsync(user, codes[0]);
        var before = await UserRowAsync(user.Id);

        var response = await client.PostFormAsync("/account/two-factor/disable", new(), "/account/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await UserRowAsync(user.Id);
        Assert.False(after.TwoFactorEnabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        var signIn = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        signIn.AssertRedirectsTo("/");
    }

    [Fact]
    public async Task Post_AdminResetsUsersTwoFactor_TurnsItOffAndChangesStamp()
    {
        var (user, _, _) = await EnrolledUserAsync(Roles.CollegeStaff);
        var admin = await SignInAsync(Roles.PlatformAdmin, culture: "en");
        var list = await admin.GetDocumentAsync("/Admin/Users?search=" + Uri.EscapeDataString(user.Email!));
        Assert.NotNull(list.QuerySelector($"form[action='/Admin/Users/ResetTwoFactor/{user.Id}']"));
        var before = await UserRowAsync(user.Id);

        var response = await admin.PostFormAsync($"/Admin/Users/ResetTwoFactor/{user.Id}", new(), "/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await UserRowAsync(user.Id);
        Assert.False(after.TwoFactorEnabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
    }

    [Fact]
    public async Task Post_NonAdminResetsTwoFactor_IsForbidden()
    {
        var (user, _, _) = await EnrolledUserAsync(Roles.CollegeStaff);
        var collegeAdmin = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await collegeAdmin.PostFormAsync($"/Admin/Users/ResetTwoFactor/{user.Id}", new(), "/College");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True((await UserRowAsync(user.Id)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Get_AdminRoleWithoutTwoFactorWhenRequired_IsSentToEnrolmentUntilEnrolled()
    {
        await using var enforced = Factory.WithWebHostBuilder(b => b.UseSetting("Security:RequireTwoFactorForAdmins", "true"));
        var college = await Data.CollegeAsync();
        var admin = await Data.UserAsync(Roles.CollegeAdmin, college.Id);
        var learner = await Data.UserAsync(Roles.Learner, college.Id, learnerId: (await Data.LearnerAsync(college)).Id);
        var client = await PortalClient.SignedInAsync(enforced, admin, "ru-KG");

        var blocked = await client.GetAsync("/College");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        blocked.AssertRedirectsTo("/account/two-factor/enable");
        var enrol = await client.GetDocumentAsync("/account/two-factor/enable");
        Assert.Contains("Подключить приложение-аутентификатор", enrol.QuerySelector("h1")!.TextContent);
        var key = enrol.QuerySelector("[data-testid=shared-key]")!.TextContent;
        var enrolled = await client.PostFormAsync("/account/two-factor/enable", new() { ["Code"] = AuthenticatorApp.Code(key, AuthenticatorApp.CurrentStep) }, "/account/two-factor/enable");
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/College")).StatusCode);

        // Optional for the other roles.
        var learnerClient = await PortalClient.SignedInAsync(enforced, learner);
        Assert.Equal(HttpStatusCode.OK, (await learnerClient.GetAsync("/Learner")).StatusCode);

        // The next sign-in of the admin asks for the code.
        var again = PortalClient.Anonymous(enforced);
        var password = await again.PostFormAsync("/account/login", new() { ["Email"] = admin.Email!, ["Password"] = TestData.Password });
        Assert.StartsWith("/account/login-2fa", password.Headers.Location!.OriginalString);
    }

    private async Task<(ApplicationUser User, string Key, IReadOnlyList<string> RecoveryCodes)> EnrolledUserAsync(string role)
    {
        var organization = role is Roles.Mentor or Roles.EmployerAdmin ? (await Data.EmployerAsync()).Id : (await Data.CollegeAsync()).Id;
        var user = await Data.UserAsync(role, organization);
        var client = await PortalClient.SignedInAsync(Factory, user, "en");
        var key = (await client.GetDocumentAsync("/account/two-factor/enable")).QuerySelector("[data-testid=shared-key]")!.TextContent;
        var enrolled = await client.PostFormAsync("/account/two-factor/enable", new() { ["Code"] = AuthenticatorApp.Code(key, AuthenticatorApp.CurrentStep) }, "/account/two-factor");
        var codes = (await PortalClient.ParseAsync(enrolled)).QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (user, key, codes);
    }

    /// <summary>A client past the password step, asked for the code.</summary>
    private async Task<PortalClient> PasswordStepAsync(ApplicationUser user)
    {
        var client = PortalClient.Anonymous(Factory, "en");
        var response = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.StartsWith("/account/login-2fa", response.Headers.Location!.OriginalString);
        return client;
    }

    private async Task<PortalClient> SignInWithRecoveryCodeAsync(ApplicationUser user, string code)
    {
        var client = await PasswordStepAsync(user);
        var response = await client.PostFormAsync("/account/login-2fa", new() { ["RecoveryCode"] = code }, "/account/login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task<ApplicationUser> UserRowAsync(string id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }
}
