using Microsoft.Extensions.Options;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Security;

/// <summary>When <see cref="SecurityOptions.RequireTwoFactorForAdmins"/> is on, a signed-in user of a role that must
/// use a second factor and has not enrolled one is sent to the enrolment page for every page but the account's own.</summary>
public static class TwoFactorEnrolment
{
    public const string EnrolPath = "/account/two-factor/enable";

    public static readonly IReadOnlySet<string> RequiredRoles =
        new HashSet<string>([Roles.PlatformAdmin, Roles.MinistryAnalyst, Roles.CollegeAdmin, Roles.EmployerAdmin]);

    private static readonly string[] OpenPaths = ["/account", "/culture", "/error", "/health", "/verify", "/lib", "/css", "/js"];

    public static bool IsRequiredFor(System.Security.Claims.ClaimsPrincipal user) => RequiredRoles.Any(user.IsInRole);

    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && !user.HasClaim(c => c.Type == PortalClaims.TwoFactorEnabled)
            && IsRequiredFor(user)
            && context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireTwoFactorForAdmins
            && !OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(EnrolPath);
            return;
        }

        await next();
    });
}
