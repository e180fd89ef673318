using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and write invitations. They name people: only an organization's staff read them, not its
/// mentors or learners. The public acceptance page looks a token up by name of the filter (a token look-up).</summary>
public static class InvitationAccess
{
    public static readonly Expression<Func<WblDbContext, Invitation, bool>> ReadInvitations =
        (db, i) => db.ScopeAll || (db.ScopeStaffOrganizationId != null && i.OrganizationId == db.ScopeStaffOrganizationId);

    /// <summary>An invitation may be written only into the actor's own organization. The invitee accepting it has no
    /// actor yet: that one change (<c>AcceptedAt</c>, once) is let through by <see cref="WblDbContext"/>.</summary>
    public static bool CanWrite(Actor actor, Invitation invitation) =>
        actor.IsSystem
        || actor.Role == Roles.PlatformAdmin
        || (actor.IsCollegeStaff && actor.CollegeId != null
            && invitation.OrganizationKind == OrganizationKind.College && invitation.OrganizationId == actor.CollegeId)
        || (actor.Role == Roles.EmployerAdmin && actor.EmployerId != null
            && invitation.OrganizationKind == OrganizationKind.Employer && invitation.OrganizationId == actor.EmployerId);
}
