using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Users;

/// <summary>The platform admin locks a user out (indefinitely, ending their sessions) or lifts a lockout.</summary>
public static class SetUserLock
{
    public sealed class Handler(UserManager<ApplicationUser> users, WblDbContext db, IStringLocalizer<AccountResource> a)
    {
        public async Task<FeatureResult> HandleAsync(string id, bool locked, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return FeatureResult.NotFound;
            }

            if (locked && user.Id == db.Actor.UserId)
            {
                return FeatureResult.Invalid(string.Empty, a["Users_CannotLockSelf"]);
            }

            if (locked)
            {
                await users.SetLockoutEnabledAsync(user, true);
                await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
                await users.UpdateSecurityStampAsync(user);
            }
            else
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }

            return FeatureResult.Done(Guid.Empty);
        }
    }
}
