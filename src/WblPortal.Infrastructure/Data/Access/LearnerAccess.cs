using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Learners;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change a learner.</summary>
public static class LearnerAccess
{
    /// <summary>A learner user sees only themself; college users see their college's learners; an employer the
    /// learners of placements shared with it (a mentor those they mentor), whom it must know to confirm and accept
    /// them. The employer's learners are an uncorrelated IN (a hashed subplan run once per query over the index
    /// (employer_id, mentor_id)), not an EXISTS per learner row: under the OR PostgreSQL cannot turn EXISTS into a join.</summary>
    public static readonly Expression<Func<WblDbContext, Learner, bool>> ReadLearners =
        (db, l) => db.ScopeAll || (db.ScopeLearnerId == null ? l.CollegeId == db.ScopeCollegeId : l.Id == db.ScopeLearnerId)
                   || (db.ScopeEmployerId != null && db.PlacementLearners
                       .Where(pl => pl.EmployerId == db.ScopeEmployerId && (db.ScopeMentorId == null || pl.MentorId == db.ScopeMentorId))
                       .Select(pl => pl.LearnerId).Contains(l.Id));

    /// <summary>The college's staff keep their college's learners.</summary>
    public static bool CanWrite(Actor actor, Learner learner) =>
        actor.IsCollegeStaff && learner.CollegeId == actor.CollegeId;
}
