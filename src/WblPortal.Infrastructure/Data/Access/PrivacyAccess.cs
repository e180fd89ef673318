using System.Linq.Expressions;
using WblPortal.Domain.Privacy;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may read the personal-data access log: the learner their own rows, the college's staff their
/// college's rows (the page is the college admin's). The ministry and the platform admin do not: the log names
/// people. Nobody writes it through EF: <see cref="PersonalDataAccessLog"/> inserts with one SQL command, and
/// <see cref="WblDbContext"/>'s SaveChanges refuses any tracked change of it (append-only).</summary>
public static class PrivacyAccess
{
    public static readonly Expression<Func<WblDbContext, PersonalDataAccess, bool>> ReadAccessLog =
        (db, a) => db.ScopeSystem || (db.ScopeLearnerId != null
            ? a.LearnerId == db.ScopeLearnerId
            : db.ScopeCollegeId != null && a.CollegeId == db.ScopeCollegeId);
}
