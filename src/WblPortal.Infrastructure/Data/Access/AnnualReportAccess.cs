using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and change a college's annual report, the partner employers' answers and its history.</summary>
public static class AnnualReportAccess
{
    /// <summary>The college's staff; the partner employers it was sent to (never a draft); the ministry (ScopeAll).</summary>
    public static readonly Expression<Func<WblDbContext, AnnualReport, bool>> ReadReports =
        (db, r) => db.ScopeAll || (db.ScopeLearnerId == null && r.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && db.AnnualReportResponses.Any(x => x.ReportId == r.Id && x.EmployerId == db.ScopeEmployerId));

    public static readonly Expression<Func<WblDbContext, AnnualReportResponse, bool>> ReadResponses =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId)
                   || (db.ScopeEmployerId != null && db.ScopeMentorId == null && x.EmployerId == db.ScopeEmployerId);

    /// <summary>History names the college's steps: college staff only.</summary>
    public static readonly Expression<Func<WblDbContext, AnnualReportHistoryEntry, bool>> ReadHistory =
        (db, x) => db.ScopeAll || (db.ScopeLearnerId == null && x.CollegeId == db.ScopeCollegeId);

    /// <summary>The ministry writes its review (accept / return: the domain refuses any other step to it); the college's
    /// staff the report; an employer admin its own answer and the history of its own steps.</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        AnnualReport or AnnualReportHistoryEntry when actor.Role == Roles.MinistryAnalyst => true,
        AnnualReport report when actor.IsCollegeStaff => report.CollegeId == actor.CollegeId,
        AnnualReportHistoryEntry { EmployerId: null } entry when actor.IsCollegeStaff => entry.CollegeId == actor.CollegeId,
        AnnualReportHistoryEntry entry when actor.Role == Roles.EmployerAdmin => entry.EmployerId is not null && entry.EmployerId == actor.EmployerId,
        AnnualReportResponse response => WriteAccess.WritesShared(actor, response),
        _ => false,
    };
}
