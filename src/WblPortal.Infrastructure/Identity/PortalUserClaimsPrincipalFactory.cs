using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace WblPortal.Infrastructure.Identity;

public sealed class PortalUserClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.OrganizationKind, user.OrganizationKind.ToString()));
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (user.OrganizationId is { } org)
        {
            identity.AddClaim(new Claim(PortalClaims.OrganizationId, org.ToString()));
        }

        if (user.MentorId is { } mentor)
        {
            identity.AddClaim(new Claim(PortalClaims.MentorId, mentor.ToString()));
        }

        if (user.LearnerId is { } learner)
        {
            identity.AddClaim(new Claim(PortalClaims.LearnerId, learner.ToString()));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(PortalClaims.TwoFactorEnabled, "true"));
        }

        return identity;
    }
}
