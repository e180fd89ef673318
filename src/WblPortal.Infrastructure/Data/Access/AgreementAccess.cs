using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change a tripartite agreement (college, employer, learner) and its history.</summary>
public static class AgreementAccess
{
    /// <summary>The college's staff, the employer's staff (not its mentors) and the learner it names.</summary>
    public static readonly Expression<Func<WblDbContext, TripartiteAgreement, bool>> ReadAgreements =
        (db, a) => db.ScopeAll
                   || (db.ScopeLearnerId == null ? a.CollegeId == db.ScopeCollegeId : a.LearnerId == db.ScopeLearnerId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && a.EmployerId == db.ScopeEmployerId);

    public static readonly Expression<Func<WblDbContext, AgreementHistoryEntry, bool>> ReadHistory =
        (db, a) => db.ScopeAll
                   || (db.ScopeLearnerId == null ? a.CollegeId == db.ScopeCollegeId : a.LearnerId == db.ScopeLearnerId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && a.EmployerId == db.ScopeEmployerId);

    /// <summary>The learner confirms their own; the college writes its own; the employer admin writes rows with its
    /// employer (which fields each may change is decided by the domain methods).</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        TripartiteAgreement agreement when actor.Role == Roles.Learner => agreement.LearnerId == actor.LearnerId,
        AgreementHistoryEntry entry when actor.Role == Roles.Learner => entry.LearnerId == actor.LearnerId,
        TripartiteAgreement agreement => WriteAccess.WritesShared(actor, agreement),
        AgreementHistoryEntry entry => WriteAccess.WritesShared(actor, entry),
        _ => false,
    };
}
