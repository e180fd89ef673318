using System.Net;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

public sealed class LockoutTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_FiveWrongPasswords_LocksAccountEvenForTheRightPassword()
    {
        var user = await Data.UserAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(Factory, "en");

        for (var i = 0; i < 4; i++)
        {
            var wrong = await PortalClient.ParseAsync(await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = "Wrong-password-" + i }));
            Assert.Contains("Wrong email or password.", wrong.QuerySelector("[role=alert]")!.TextContent);
        }

        var fifth = await PortalClient.ParseAsync(await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = "Wrong-password-5" }));
        Assert.Contains("locked for 15 minutes", fifth.QuerySelector("[role=alert]")!.TextContent);

        var right = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked for 15 minutes", (await PortalClient.ParseAsync(right)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Post_FourWrongPasswords_StillLetsTheRightPasswordIn()
    {
        var user = await Data.UserAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var client = PortalClient.Anonymous(Factory, "en");
        for (var i = 0; i < 4; i++)
        {
            await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = "Wrong-password-" + i });
        }

        var right = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }
}
