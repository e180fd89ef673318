using System.Security.Claims;
using WblPortal.Domain.Access;

namespace WblPortal.Infrastructure.Identity;

/// <summary>Claims that carry the actor's organization in the sign-in cookie.</summary>
public static class PortalClaims
{
    public const string OrganizationKind = "wbl:org_kind";
    public const string OrganizationId = "wbl:org_id";
    public const string MentorId = "wbl:mentor_id";
    public const string LearnerId = "wbl:learner_id";
    public const string FullName = "wbl:full_name";

    /// <summary>Present when the user has an authenticator app enrolled (and so signed in with it).</summary>
    public const string TwoFactorEnabled = "wbl:2fa";

    public static Actor ToActor(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Actor.Anonymous;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        var kind = Enum.TryParse<OrganizationKind>(principal.FindFirstValue(OrganizationKind), out var k) ? k : (OrganizationKind?)null;
        return new Actor(userId, role, kind, GuidOf(principal, OrganizationId), GuidOf(principal, MentorId), GuidOf(principal, LearnerId))
        {
            DisplayName = principal.FindFirstValue(FullName) ?? principal.Identity?.Name ?? userId,
        };
    }

    private static Guid? GuidOf(ClaimsPrincipal principal, string type) =>
        Guid.TryParse(principal.FindFirstValue(type), out var id) ? id : null;
}
