using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Privacy;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and record learners' consents (Law No. 58): the learner their own; the college's staff their
/// college's learners'; an employer (a mentor) only the consents of learners placed with it (mentored by them), which
/// decide what of the learner it may see. The ministry and the platform admin do not: a consent names a person.</summary>
public static class ConsentAccess
{
    public static readonly Expression<Func<WblDbContext, PersonalDataConsent, bool>> ReadConsents =
        (db, c) => db.ScopeSystem
                   || (db.ScopeLearnerId != null ? c.LearnerId == db.ScopeLearnerId : db.ScopeCollegeId != null && c.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.PlacementLearners
                       .Where(pl => pl.EmployerId == db.ScopeEmployerId && (db.ScopeMentorId == null || pl.MentorId == db.ScopeMentorId))
                       .Select(pl => pl.LearnerId).Contains(c.LearnerId));

    /// <summary>The college's staff record paper consents and withdrawals of their learners; a learner gives and
    /// withdraws their own.</summary>
    public static bool CanWrite(Actor actor, PersonalDataConsent consent) =>
        consent.CollegeId == actor.CollegeId
        && (actor.IsCollegeStaff || (actor.Role == Roles.Learner && consent.LearnerId == actor.LearnerId));
}
