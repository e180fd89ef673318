using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change the diary workspace (safety inductions, diary entries, evidence, mentor's notes).</summary>
public static class DiaryAccess
{
    // A row is seen by whoever sees its placement learner row (the college, the employer, the learner's current mentor,
    // the learner); the mentor's notes are not for the learner. The visible placement learner rows are an uncorrelated
    // IN (hashed once per query), not an EXISTS per diary row.
    public static readonly Expression<Func<WblDbContext, SafetyInduction, bool>> ReadInductions =
        (db, x) => db.ScopeAll || db.PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId);

    public static readonly Expression<Func<WblDbContext, DiaryEntry, bool>> ReadEntries =
        (db, x) => db.ScopeAll || db.PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId);

    public static readonly Expression<Func<WblDbContext, DiaryEvidence, bool>> ReadEvidence =
        (db, x) => db.ScopeAll || db.PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId);

    public static readonly Expression<Func<WblDbContext, MentorNote, bool>> ReadMentorNotes =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && db.PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId));

    // The reference is the mentor's until submitted: a draft is seen only by the mentor (of the placement learner row),
    // the submitted reference by every party of the row, the learner included.
    public static readonly Expression<Func<WblDbContext, MentorReference, bool>> ReadMentorReferences =
        (db, x) => db.ScopeAll || ((x.Status == MentorReferenceStatus.Submitted || (db.ScopeMentorId != null && x.MentorId == db.ScopeMentorId))
                                   && db.PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId));

    /// <summary>Rows are loaded through the filtered context, so the ids here only keep each party to its own
    /// organization and learner: the learner writes their own entries and acknowledges their induction; the mentor
    /// writes for the learners of their employer they can see; the employer admin records inductions; the college
    /// countersigns.</summary>
    public static bool CanWrite(Actor actor, IDiaryRow row) => actor.Role switch
    {
        Roles.Learner => row.LearnerId == actor.LearnerId && row is not (MentorNote or MentorReference),
        Roles.Mentor => actor.MentorId is not null && row.SharedEmployerId is not null && row.SharedEmployerId == actor.EmployerId
                        && (row is not MentorReference reference || reference.MentorId == actor.MentorId),
        Roles.EmployerAdmin => row is SafetyInduction && row.SharedEmployerId is not null && row.SharedEmployerId == actor.EmployerId,
        _ => actor.IsCollegeStaff && row is DiaryEntry && row.CollegeId == actor.CollegeId,
    };
}
