using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

/// <summary>Signing out, a lock or a password change ends every session of the user at its next security-stamp check
/// (every minute in production; on every request here).</summary>
public sealed class SessionEndTests(PortalFactory factory) : IntegrationTest(factory)
{
    private WebApplicationFactory<Program> CheckingEveryRequest() =>
        Factory.WithWebHostBuilder(b => b.UseSetting("Security:SessionValidationSeconds", "0"));

    private static async Task AssertSignedOutAsync(PortalClient client, string page)
    {
        var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        response.AssertRedirectsToSignIn();
    }

    [Fact]
    public async Task Post_Logout_EndsTheUsersOtherSessions()
    {
        var college = await Data.CollegeAsync();
        var user = await Data.UserAsync(Roles.CollegeAdmin, college.Id);
        await using var portal = CheckingEveryRequest();
        var phone = await PortalClient.SignedInAsync(portal, user);
        var desktop = await PortalClient.SignedInAsync(portal, user);
        Assert.Equal(HttpStatusCode.OK, (await desktop.GetAsync("/College")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.PostFormAsync("/account/logout", [], "/College")).StatusCode);

        await AssertSignedOutAsync(desktop, "/College");
    }

    [Fact]
    public async Task Get_WithCookieSavedBeforeLogout_RedirectsToSignIn()
    {
        var employer = await Data.EmployerAsync();
        var user = await Data.UserAsync(Roles.EmployerAdmin, employer.Id);
        await using var portal = CheckingEveryRequest();
        var cookies = new CookieContainer();
        var client = new PortalClient(portal.CreateDefaultClient(new CookieContainerHandler(cookies)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/login",
            new() { ["Email"] = user.Email!, ["Password"] = TestData.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Employer")).StatusCode);
        var cookieHeader = cookies.GetCookieHeader(portal.Server.BaseAddress);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/logout", [], "/Employer")).StatusCode);
        var replay = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", cookieHeader);

        await AssertSignedOutAsync(new PortalClient(replay), "/Employer");
    }

    [Fact]
    public async Task Post_AdminLocksUser_EndsTheUsersSession()
    {
        var college = await Data.CollegeAsync();
        var user = await Data.UserAsync(Roles.CollegeStaff, college.Id);
        await using var portal = CheckingEveryRequest();
        var victim = await PortalClient.SignedInAsync(portal, user);
        var admin = await PortalClient.SignedInAsync(portal, await Data.UserAsync(Roles.PlatformAdmin));
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/College")).StatusCode);

        var locked = await admin.PostFormAsync("/Admin/Users/Lock", new() { ["id"] = user.Id, ["locked"] = "true" }, "/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        await AssertSignedOutAsync(victim, "/College");
    }
}
