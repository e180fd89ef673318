using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change a college–employer partnership: the college's staff and the employer's staff
/// (its mentors and the college's learners do not see it).</summary>
public static class PartnershipAccess
{
    public static readonly Expression<Func<WblDbContext, Partnership, bool>> ReadPartnerships =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && x.EmployerId == db.ScopeEmployerId);

    public static readonly Expression<Func<WblDbContext, PartnershipHistoryEntry, bool>> ReadHistory =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && x.EmployerId == db.ScopeEmployerId);

    /// <summary>The college writes its own; the employer admin writes rows with its employer (which fields it may
    /// change is decided by the domain methods).</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        Partnership or PartnershipHistoryEntry => WriteAccess.WritesShared(actor, (ISharedWithEmployer)row),
        _ => false,
    };
}
