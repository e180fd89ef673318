using System.Security.Claims;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Agreements;

/// <summary>The signed-in user as a workflow step records them (id, name, role).</summary>
public static class CurrentUser
{
    public static WorkflowUser Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? "",
        user.FindFirstValue(ClaimTypes.Role) ?? "");
}
