using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change a joint assessment.</summary>
public static class AssessmentAccess
{
    /// <summary>The college; the employer (read) and the mentor of the placement; the learner only their own, once
    /// final.</summary>
    public static readonly Expression<Func<WblDbContext, Assessment, bool>> ReadAssessments =
        (db, a) => db.ScopeAll
                   || (db.ScopeLearnerId == null ? a.CollegeId == db.ScopeCollegeId : a.LearnerId == db.ScopeLearnerId && a.Status == AssessmentStatus.Final)
                   || (db.ScopeEmployerId != null && a.EmployerId == db.ScopeEmployerId && (db.ScopeMentorId == null || a.MentorId == db.ScopeMentorId));

    /// <summary>The college's staff (curator side), the placement's mentor, the learner (acknowledgement); the employer
    /// admin only hands an open one over to the placement's new mentor (Assessment.HandOverToMentor).</summary>
    public static bool CanWrite(Actor actor, Assessment a) =>
        (actor.IsCollegeStaff && a.CollegeId == actor.CollegeId)
        || (actor.Role == Roles.Mentor && a.MentorId is not null && a.MentorId == actor.MentorId && a.EmployerId == actor.EmployerId)
        || (actor.Role == Roles.EmployerAdmin && a.EmployerId is not null && a.EmployerId == actor.EmployerId)
        || (actor.Role == Roles.Learner && a.LearnerId == actor.LearnerId && a.CollegeId == actor.CollegeId);
}
