using System.Security.Claims;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Infrastructure;

/// <summary>The signed-in user as the domain records them in a workflow step's history.</summary>
public static class ActingUser
{
    public static WorkflowUser ToWorkflowUser(this ClaimsPrincipal principal) =>
        new(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            principal.FindFirstValue(PortalClaims.FullName) ?? principal.Identity?.Name ?? "",
            principal.FindFirstValue(ClaimTypes.Role) ?? "");

    /// <summary>Today in Bishkek (UTC+6, no daylight saving).</summary>
    public static DateOnly BishkekToday(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Bishkek).DateTime);

    public static readonly TimeSpan Bishkek = TimeSpan.FromHours(6);
}
