using System.Security.Claims;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Programmes;

/// <summary>The signed-in user as a workflow step records them (id, display name, role).</summary>
public static class ProgrammeUser
{
    public static WorkflowUser Of(IHttpContextAccessor accessor)
    {
        var user = accessor.HttpContext?.User ?? new ClaimsPrincipal();
        return new WorkflowUser(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? "",
            user.FindFirstValue(ClaimTypes.Role) ?? "");
    }
}
