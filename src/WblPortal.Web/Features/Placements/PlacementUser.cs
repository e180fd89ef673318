using System.Security.Claims;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Placements;

/// <summary>The signed-in user as the workflow records them (id, display name, role).</summary>
public static class PlacementUser
{
    public static WorkflowUser Of(ClaimsPrincipal? principal)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = principal?.FindFirstValue(PortalClaims.FullName) ?? principal?.Identity?.Name ?? id;
        return new WorkflowUser(id, name, principal?.FindFirstValue(ClaimTypes.Role) ?? "");
    }
}
