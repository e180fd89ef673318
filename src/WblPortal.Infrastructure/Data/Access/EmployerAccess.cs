using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Employers;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change an employer and its sites.</summary>
public static class EmployerAccess
{
    /// <summary>Their own users see their own row; college staff see the directory of employers; a learner the
    /// employers of their own placements.</summary>
    public static readonly Expression<Func<WblDbContext, Employer, bool>> ReadEmployers =
        (db, e) => db.ScopeAll || (db.ScopeCollegeId != null && db.ScopeLearnerId == null) || e.Id == db.ScopeEmployerId
                   || (db.ScopeLearnerId != null && db.PlacementLearners.Any(pl => pl.LearnerId == db.ScopeLearnerId && pl.Placement!.EmployerId == e.Id));

    /// <summary>Sites with their capacity: the employer's own; colleges read them to name a site when proposing.</summary>
    public static readonly Expression<Func<WblDbContext, EmployerSite, bool>> ReadSites =
        (db, s) => db.ScopeAll || s.EmployerId == db.ScopeEmployerId || (db.ScopeCollegeId != null && db.ScopeLearnerId == null);

    /// <summary>The platform admin registers employers; the employer admin edits their own and its sites.</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        Employer when actor.Role == Roles.PlatformAdmin => true,
        Employer employer => actor.Role == Roles.EmployerAdmin && employer.Id == actor.EmployerId,
        EmployerSite site => actor.Role == Roles.EmployerAdmin && site.EmployerId == actor.EmployerId,
        _ => false,
    };
}
