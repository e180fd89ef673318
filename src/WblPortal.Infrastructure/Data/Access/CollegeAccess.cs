using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change a college and its own reference rows (specialties, curators, study groups).</summary>
public static class CollegeAccess
{
    /// <summary>Staff and learners see their own college; employers see the directory of colleges.</summary>
    public static readonly Expression<Func<WblDbContext, College, bool>> ReadColleges =
        (db, c) => db.ScopeAll || db.ScopeEmployerId != null || c.Id == db.ScopeCollegeId;

    public static readonly Expression<Func<WblDbContext, Specialty, bool>> ReadSpecialties =
        (db, e) => db.ScopeAll || e.CollegeId == db.ScopeCollegeId;

    public static readonly Expression<Func<WblDbContext, Curator, bool>> ReadCurators =
        (db, e) => db.ScopeAll || e.CollegeId == db.ScopeCollegeId;

    public static readonly Expression<Func<WblDbContext, StudyGroup, bool>> ReadStudyGroups =
        (db, e) => db.ScopeAll || e.CollegeId == db.ScopeCollegeId;

    /// <summary>The platform admin registers colleges; a college admin edits their own; the college's staff keep its
    /// specialties, curators and groups.</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        College when actor.Role == Roles.PlatformAdmin => true,
        College college => actor.Role == Roles.CollegeAdmin && college.Id == actor.CollegeId,
        Specialty or Curator or StudyGroup => actor.IsCollegeStaff && ((ICollegeOwned)row).CollegeId == actor.CollegeId,
        _ => false,
    };
}
