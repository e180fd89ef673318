using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Security;

/// <summary>Authenticator-app codes that work once: the time step of the last accepted code is kept per user
/// (AspNetUserTokens, login provider <see cref="LoginProvider"/>), and a code of the same or an earlier step is refused,
/// so a code seen over a shoulder or in a proxy log cannot be replayed. One step of clock drift either way is allowed.</summary>
public sealed class ReplayProtectedAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string Name = "WblAuthenticator";
    public const string LoginProvider = "[WblPortal]";
    public const string LastStepTokenName = "LastTotpStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app computes the code; the server sends nothing.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var key = await manager.GetAuthenticatorKeyAsync(user) is { } text ? Totp.FromBase32(text) : null;
        if (key is null || key.Length == 0)
        {
            return false;
        }

        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepTokenName), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        var now = Totp.StepAt(time.GetUtcNow());
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step <= last || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Totp.Code(key, step)), Encoding.ASCII.GetBytes(code)))
            {
                continue;
            }

            // Saved with the user's concurrency stamp: of two requests racing with the same code, one fails here.
            var saved = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepTokenName, step.ToString(CultureInfo.InvariantCulture));
            return saved.Succeeded;
        }

        return false;
    }
}
