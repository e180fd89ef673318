using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Common;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change a WBL programme, its sections, participants, comments and history, and the
/// college's competencies.</summary>
public static class ProgrammeAccess
{
    /// <summary>Competencies are not confidential: employers discussing a programme read them with its outcomes.</summary>
    public static readonly Expression<Func<WblDbContext, Competency, bool>> ReadCompetencies =
        (db, c) => db.ScopeAll || c.CollegeId == db.ScopeCollegeId || db.ScopeEmployerId != null;

    /// <summary>An employer sees those it is invited to, once under discussion (and after approval).</summary>
    public static readonly Expression<Func<WblDbContext, WblProgramme, bool>> ReadProgrammes =
        (db, p) => db.ScopeAll || (db.ScopeLearnerId == null && p.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null
                       && (p.Status == ProgrammeStatus.UnderDiscussion || p.Status == ProgrammeStatus.Approved)
                       && db.ProgrammeParticipants.Any(pp => pp.ProgrammeId == p.Id && pp.EmployerId == db.ScopeEmployerId));

    // Sections: an employer reads them through the programme's own filter (invited, under discussion or approved).
    // Learners and mentors read the outcomes and load of their own placements' programmes (for the diary).
    public static readonly Expression<Func<WblDbContext, ProgrammeLoad, bool>> ReadLoads =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId) || (db.ScopeEmployerId != null && db.ScopeMentorId == null && db.Programmes.Any(p => p.Id == x.ProgrammeId))
                   || ((db.ScopeLearnerId != null || db.ScopeMentorId != null) && db.Placements.Any(p => p.ProgrammeId == x.ProgrammeId));

    public static readonly Expression<Func<WblDbContext, ProgrammeOutcome, bool>> ReadOutcomes =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId) || (db.ScopeEmployerId != null && db.ScopeMentorId == null && db.Programmes.Any(p => p.Id == x.ProgrammeId))
                   || ((db.ScopeLearnerId != null || db.ScopeMentorId != null) && db.Placements.Any(p => p.ProgrammeId == x.ProgrammeId));

    public static readonly Expression<Func<WblDbContext, ProgrammeFormContent, bool>> ReadFormContents =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId) || (db.ScopeEmployerId != null && db.ScopeMentorId == null && db.Programmes.Any(p => p.Id == x.ProgrammeId));

    public static readonly Expression<Func<WblDbContext, ProgrammeParticipant, bool>> ReadParticipants =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && x.EmployerId == db.ScopeEmployerId);

    public static readonly Expression<Func<WblDbContext, ProgrammeComment, bool>> ReadComments =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && x.EmployerId == db.ScopeEmployerId);

    public static readonly Expression<Func<WblDbContext, ProgrammeHistoryEntry, bool>> ReadHistory =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId);

    /// <summary>The programme and its sections, participants and history are the college's alone; a comment is written
    /// by the college or an invited employer's admin (what it may say is decided by the domain).</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        WblProgramme or ProgrammeLoad or ProgrammeOutcome or ProgrammeFormContent or ProgrammeHistoryEntry or Competency
            or ProgrammeParticipant => actor.IsCollegeStaff && ((ICollegeOwned)row).CollegeId == actor.CollegeId,
        ProgrammeComment comment => WriteAccess.WritesShared(actor, comment),
        _ => false,
    };
}
