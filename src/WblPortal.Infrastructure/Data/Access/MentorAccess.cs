using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Common;
using WblPortal.Domain.Mentors;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change mentors, their training (the mentor registry) and the enterprise head's orders
/// appointing them.</summary>
public static class MentorAccess
{
    /// <summary>Employer users see their own mentors; a mentor user sees only themself; a learner their mentors.</summary>
    public static readonly Expression<Func<WblDbContext, Mentor, bool>> ReadMentors =
        (db, m) => db.ScopeAll || (m.EmployerId == db.ScopeEmployerId && (db.ScopeMentorId == null || m.Id == db.ScopeMentorId))
                   || (db.ScopeLearnerId != null && db.PlacementLearners.Any(pl => pl.LearnerId == db.ScopeLearnerId && pl.MentorId == m.Id));

    public static readonly Expression<Func<WblDbContext, MentorTraining, bool>> ReadTrainings =
        (db, t) => db.ScopeAll || (t.EmployerId == db.ScopeEmployerId && (db.ScopeMentorId == null || t.MentorId == db.ScopeMentorId));

    /// <summary>The orders: the employer's staff; read-only, the colleges whose placements are in the order (their own
    /// lines only); a mentor reads the orders appointing them, and only their own lines.</summary>
    public static readonly Expression<Func<WblDbContext, EnterpriseOrder, bool>> ReadOrders =
        (db, o) => db.ScopeAll || (db.ScopeEmployerId != null && db.ScopeMentorId == null && o.EmployerId == db.ScopeEmployerId)
                   || (db.ScopeCollegeId != null && db.ScopeLearnerId == null && db.EnterpriseOrderLines.Any(l => l.OrderId == o.Id && l.CollegeId == db.ScopeCollegeId))
                   || (db.ScopeMentorId != null && o.EmployerId == db.ScopeEmployerId && db.EnterpriseOrderLines.Any(l => l.OrderId == o.Id && l.MentorId == db.ScopeMentorId));

    public static readonly Expression<Func<WblDbContext, EnterpriseOrderLine, bool>> ReadOrderLines =
        (db, l) => db.ScopeAll || (db.ScopeEmployerId != null && db.ScopeMentorId == null && l.EmployerId == db.ScopeEmployerId)
                   || (db.ScopeCollegeId != null && db.ScopeLearnerId == null && l.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeMentorId != null && l.EmployerId == db.ScopeEmployerId && l.MentorId == db.ScopeMentorId);

    /// <summary>The mentors, the registry and the orders are the employer admin's alone.</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        Mentor or MentorTraining or EnterpriseOrder or EnterpriseOrderLine =>
            actor.Role == Roles.EmployerAdmin && ((IEmployerOwned)row).EmployerId == actor.EmployerId,
        _ => false,
    };
}
