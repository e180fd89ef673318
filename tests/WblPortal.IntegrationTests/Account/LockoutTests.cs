using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

public sealed class LockoutTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const string GenericFailure = "Sign-in failed: the email or password is wrong, or the account is locked.";

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksAccountEvenForTheRightPassword()
    {
        var user = await Data.UserAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(Factory, "en");

        for (var i = 0; i < 5; i++)
        {
            var wrong = await PortalClient.ParseAsync(await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = "Wrong-password-" + i }));
            Assert.Contains(GenericFailure, wrong.QuerySelector("[role=alert]")!.TextContent);
        }

        var right = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });

        // Locked: the right password does not sign in, and the answer is the one every failure gets.
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(GenericFailure, (await PortalClient.ParseAsync(right)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.True((await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id)).LockoutEnd > DateTimeOffset.UtcNow);
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
