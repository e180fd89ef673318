using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

/// <summary>A failed sign-in tells nobody whether the address has an account or the account is locked.</summary>
public sealed class SignInAnswerTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData("ky-KG", "Кирүү ишке ашкан жок")]
    [InlineData("ru-KG", "Войти не удалось")]
    [InlineData("en", "Sign-in failed")]
    public async Task Post_UnknownEmailWrongPasswordAndAdminLockedAccount_AllAnswerTheSameLocalizedMessage(string culture, string text)
    {
        var user = await Data.UserAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var locked = await Data.UserAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        using (var scope = Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var row = (await users.FindByIdAsync(locked.Id))!;
            await users.SetLockoutEndDateAsync(row, DateTimeOffset.MaxValue); // as the admin's lock does
        }

        var client = PortalClient.Anonymous(Factory, culture);
        var unknown = await client.PostFormAsync("/account/login", new() { ["Email"] = "nobody-here@test.kg", ["Password"] = TestData.Password });
        var wrong = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = "Wrong-password-1" });
        var lockedRight = await client.PostFormAsync("/account/login", new() { ["Email"] = locked.Email!, ["Password"] = TestData.Password });

        var answers = new List<string>();
        foreach (var response in new[] { unknown, wrong, lockedRight })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add((await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent.Trim());
        }

        Assert.Contains(text, answers[0]);
        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[2]);
    }

    [Fact]
    public async Task Post_UnknownEmail_RunsThePasswordHasherLikeAKnownOne()
    {
        var hasher = new CountingHasher();
        await using var counted = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<ApplicationUser>>(hasher)));
        var client = PortalClient.Anonymous(counted, "en");
        await client.GetAsync("/account/login");
        var before = hasher.Verifications;

        await client.PostFormAsync("/account/login", new() { ["Email"] = "nobody-here@test.kg", ["Password"] = TestData.Password });

        Assert.Equal(before + 1, hasher.Verifications);
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
