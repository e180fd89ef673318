using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change a placement, its learners and its history.</summary>
public static class PlacementAccess
{
    /// <summary>Employers never see the college's drafts; a mentor sees the placements they mentor; a learner those
    /// they are in.</summary>
    public static readonly Expression<Func<WblDbContext, Placement, bool>> ReadPlacements =
        (db, p) => db.ScopeAll
                   || (db.ScopeLearnerId == null
                       ? p.CollegeId == db.ScopeCollegeId
                       : db.PlacementLearners.Any(pl => pl.PlacementId == p.Id && pl.LearnerId == db.ScopeLearnerId))
                   || (db.ScopeEmployerId != null && p.EmployerId == db.ScopeEmployerId && p.SharedWithEmployerAt != null
                       && (db.ScopeMentorId == null || p.MentorId == db.ScopeMentorId));

    public static readonly Expression<Func<WblDbContext, PlacementLearner, bool>> ReadPlacementLearners =
        (db, l) => db.ScopeAll
                   || (db.ScopeLearnerId == null ? l.CollegeId == db.ScopeCollegeId : l.LearnerId == db.ScopeLearnerId)
                   || (db.ScopeEmployerId != null && l.EmployerId == db.ScopeEmployerId && (db.ScopeMentorId == null || l.MentorId == db.ScopeMentorId));

    public static readonly Expression<Func<WblDbContext, PlacementHistoryEntry, bool>> ReadHistory =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && x.EmployerId == db.ScopeEmployerId);

    /// <summary>The college writes its own; the employer admin writes rows with its employer (which fields it may
    /// change is decided by the domain methods).</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        Placement or PlacementLearner or PlacementHistoryEntry => WriteAccess.WritesShared(actor, (ISharedWithEmployer)row),
        _ => false,
    };
}
