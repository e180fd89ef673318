using System.Security.Claims;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Authorization;

/// <summary>The actor of the current HTTP request, read from the sign-in cookie's claims (once per principal).</summary>
public sealed class HttpActorAccessor(IHttpContextAccessor httpContextAccessor) : IActorAccessor
{
    private ClaimsPrincipal? _principal;
    private Actor _actor = Actor.Anonymous;

    public Actor Actor
    {
        get
        {
            var principal = httpContextAccessor.HttpContext?.User;
            if (principal is null)
            {
                return Actor.Anonymous;
            }

            if (!ReferenceEquals(principal, _principal))
            {
                _actor = PortalClaims.ToActor(principal);
                _principal = principal;
            }

            return _actor;
        }
    }
}
