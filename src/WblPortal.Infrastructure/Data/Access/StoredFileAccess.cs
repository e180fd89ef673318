using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Files;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and store uploaded files: the owning college's staff, the owning employer's staff.</summary>
public static class StoredFileAccess
{
    public static readonly Expression<Func<WblDbContext, StoredFile, bool>> ReadFiles =
        (db, f) => db.ScopeAll || (db.ScopeLearnerId == null && f.CollegeId != null && f.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeMentorId == null && f.EmployerId != null && f.EmployerId == db.ScopeEmployerId);

    public static bool CanWrite(Actor actor, StoredFile file) =>
        (actor.IsCollegeStaff && file.CollegeId is not null && file.CollegeId == actor.CollegeId)
        || (actor.Role == Roles.EmployerAdmin && file.EmployerId is not null && file.EmployerId == actor.EmployerId);
}
