using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

public sealed class ChangePasswordTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const string NewPassword = "Jany-syrsoz-2026-kuz";

    [Fact]
    public async Task Post_ChangePassword_NewPasswordWorksOldDoesNotAndSecurityStampChanges()
    {
        var user = await Data.UserAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        var client = await PortalClient.SignedInAsync(Factory, user, "en");
        var stampBefore = await StampAsync(user.Id);

        var response = await client.PostFormAsync("/account/change-password", new()
        {
            ["CurrentPassword"] = TestData.Password, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        }, "/account/change-password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(stampBefore, await StampAsync(user.Id)); // other sessions end at their next stamp check
        var page = await client.GetDocumentAsync("/account/two-factor"); // this session goes on
        Assert.Contains("The password has been changed.", page.Body!.TextContent);
        var newSignIn = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, newSignIn.StatusCode);
        var oldSignIn = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, oldSignIn.StatusCode);
    }

    [Theory]
    [InlineData("ky-KG", "Учурдагы сырсөз туура эмес.")]
    [InlineData("en", "The current password is wrong.")]
    public async Task Post_WrongCurrentPassword_ShowsMessageNextToFieldAndChangesNothing(string culture, string message)
    {
        var user = await Data.UserAsync(Roles.Learner, (await Data.CollegeAsync()).Id);
        var client = await PortalClient.SignedInAsync(Factory, user, culture);
        var stampBefore = await StampAsync(user.Id);

        var response = await client.PostFormAsync("/account/change-password", new()
        {
            ["CurrentPassword"] = "Not-the-password-1", ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        }, "/account/change-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=CurrentPassword]")!.TextContent.Trim());
        Assert.Equal(stampBefore, await StampAsync(user.Id));
    }

    [Fact]
    public async Task Post_MismatchedConfirmation_ShowsMessageNextToField()
    {
        var client = await SignInAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id, culture: "ru-KG");

        var response = await client.PostFormAsync("/account/change-password", new()
        {
            ["CurrentPassword"] = TestData.Password, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword + "x",
        }, "/account/change-password");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Пароли не совпадают.", page.QuerySelector("[data-valmsg-for=ConfirmPassword]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        var response = await PortalClient.Anonymous(Factory).GetAsync("/account/change-password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        response.AssertRedirectsToSignIn();
    }

    private async Task<string?> StampAsync(string userId)
    {
        await using var db = Factory.CreateDbContext();
        return (await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId)).SecurityStamp;
    }
}
