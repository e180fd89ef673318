using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Graduates;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change graduates' employment: the college's staff and the graduate themself.</summary>
public static class GraduateAccess
{
    public static readonly Expression<Func<WblDbContext, GraduateEmployment, bool>> ReadEmployments =
        (db, g) => db.ScopeAll || (db.ScopeLearnerId == null ? g.CollegeId == db.ScopeCollegeId : g.LearnerId == db.ScopeLearnerId);

    public static readonly Expression<Func<WblDbContext, GraduateEmploymentHistoryEntry, bool>> ReadHistory =
        (db, g) => db.ScopeAll || (db.ScopeLearnerId == null ? g.CollegeId == db.ScopeCollegeId : g.LearnerId == db.ScopeLearnerId);

    public static bool CanWrite(Actor actor, IGraduateRow g) =>
        g.CollegeId == actor.CollegeId && (actor.IsCollegeStaff || (actor.Role == Roles.Learner && g.LearnerId == actor.LearnerId));
}
