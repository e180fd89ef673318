using Microsoft.AspNetCore.Identity;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Users;

/// <summary>The platform admin resets a user's second factor (a lost phone): the authenticator is switched off, its
/// key replaced and the security stamp changed, so the user's sessions end. Users who must use a second factor
/// enrol a new authenticator at their next sign-in.</summary>
public static class ResetTwoFactor
{
    public sealed class Handler(UserManager<ApplicationUser> users)
    {
        public async Task<FeatureResult> HandleAsync(string id)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return FeatureResult.NotFound;
            }

            await DisableAsync(users, user);
            return FeatureResult.Done(Guid.Empty);
        }

        /// <summary>Also used when users switch their own second factor off.</summary>
        public static async Task DisableAsync(UserManager<ApplicationUser> users, ApplicationUser user)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
            await users.ResetAuthenticatorKeyAsync(user); // also changes the security stamp
        }
    }
}
