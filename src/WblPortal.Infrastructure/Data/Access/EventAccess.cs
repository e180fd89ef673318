using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Common;
using WblPortal.Domain.Events;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change information events, their participating employers and attendance.</summary>
public static class EventAccess
{
    /// <summary>The college (learners included) and the participating employers.</summary>
    public static readonly Expression<Func<WblDbContext, InformationEvent, bool>> ReadEvents =
        (db, e) => db.ScopeAll || e.CollegeId == db.ScopeCollegeId
                   || (db.ScopeEmployerId != null && db.EventParticipants.Any(p => p.EventId == e.Id && p.EmployerId == db.ScopeEmployerId));

    public static readonly Expression<Func<WblDbContext, EventParticipant, bool>> ReadParticipants =
        (db, p) => db.ScopeAll || p.CollegeId == db.ScopeCollegeId || (db.ScopeEmployerId != null && p.EmployerId == db.ScopeEmployerId);

    public static readonly Expression<Func<WblDbContext, EventAttendance, bool>> ReadAttendance =
        (db, a) => db.ScopeAll || (db.ScopeLearnerId == null ? a.CollegeId == db.ScopeCollegeId : a.LearnerId == db.ScopeLearnerId);

    /// <summary>Events, their participants and attendance are the college's staff's alone.</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        InformationEvent or EventParticipant or EventAttendance => actor.IsCollegeStaff && ((ICollegeOwned)row).CollegeId == actor.CollegeId,
        _ => false,
    };
}
