using System.Buffers.Binary;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Security;

namespace WblPortal.IntegrationTests.Account;

public sealed class PasswordPolicyTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData("password12", "Пароль должен содержать не менее 12 символов.")]
    [InlineData("qwertyuiop12", "Этот пароль входит в число самых распространённых")]
    [InlineData("Password1234", "Этот пароль входит в число самых распространённых")]
    public async Task Post_ChangeToWeakPassword_ShowsLocalizedReasonAndKeepsOldPassword(string weak, string message)
    {
        var user = await Data.UserAsync(Roles.Mentor, (await Data.EmployerAsync()).Id);
        var client = await PortalClient.SignedInAsync(Factory, user, "ru-KG");

        var response = await client.PostFormAsync("/account/change-password", new()
        {
            ["CurrentPassword"] = TestData.Password, ["NewPassword"] = weak, ["ConfirmPassword"] = weak,
        }, "/account/change-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for=NewPassword]")!.TextContent);
        var old = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
    }

    [Theory]
    [InlineData("Demo-2026-wbl")]
    [InlineData("jany jyl kelet, kar jaayt")]
    public async Task Validate_LongUncommonPassword_IsAccepted(string password)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { FullName = "x", UserName = "x@test.kg", Email = "x@test.kg" };

        foreach (var validator in users.PasswordValidators)
        {
            Assert.True((await validator.ValidateAsync(users, user, password)).Succeeded);
        }
    }

    [Fact]
    public void CommonPasswordList_IsShippedAndCaseInsensitive()
    {
        Assert.True(CommonPasswordValidator.IsCommon("1qaz2wsx3edc"));
        Assert.True(CommonPasswordValidator.IsCommon("QWERTYUIOP12"));
        Assert.False(CommonPasswordValidator.IsCommon("Demo-2026-wbl"));
    }

    [Fact]
    public async Task Post_SignInWithHashBelowConfiguredCost_RehashesAtConfiguredCost()
    {
        var user = await Data.UserAsync(Roles.Learner, (await Data.CollegeAsync()).Id);
        var weakHasher = new PasswordHasher<ApplicationUser>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));
        await using (var db = Factory.CreateDbContext())
        {
            var row = await db.Users.SingleAsync(u => u.Id == user.Id);
            row.PasswordHash = weakHasher.HashPassword(row, TestData.Password);
            await db.SaveChangesAsync();
        }

        var signIn = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await using var check = Factory.CreateDbContext();
        var hash = Convert.FromBase64String((await check.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id)).PasswordHash!);
        Assert.Equal(0x01, hash[0]); // Identity V3
        Assert.Equal((uint)KeyDerivationPrfSha512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal((uint)PortalFactory.TestPasswordHashIterations, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
        var again = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public void PasswordHashIterations_DefaultIsOwaspFigureForPbkdf2Sha512()
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot(), "src", "WblPortal.Web", "appsettings.json"))
            .Build()
            .GetSection(SecurityOptions.Section).Get<SecurityOptions>()!;

        Assert.Equal(210_000, new SecurityOptions().PasswordHashIterations);
        Assert.Equal(210_000, settings.PasswordHashIterations);
        Assert.True(settings.RequireTwoFactorForAdmins);
    }

    private const int KeyDerivationPrfSha512 = 2;

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WblPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("WblPortal.sln not found above the test folder.");
    }
}
