using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Privacy;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>What each reader of an annual report may see of it (Law No. 58 "On personal information": personal data
/// only to those with a right to the person). The tenant filter decides who finds the report at all; this decides
/// what of it they read:
/// <list type="bullet">
/// <item>the college's own staff: everything, with the learners' names;</item>
/// <item>a partner employer: the counts, and of the placements only its own;</item>
/// <item>the ministry and the platform: only reports submitted to the ministry, never a learner's name.</item>
/// </list></summary>
public static class AnnualReportReaders
{
    /// <summary>Whether the actor may open the report (its page and document) at all. A report the college is still
    /// preparing (draft, with the employers) is the college's and its partners' working paper, not the ministry's.</summary>
    public static bool MayOpen(Actor actor, AnnualReportStatus status) =>
        !IsNational(actor) || status is AnnualReportStatus.Submitted or AnnualReportStatus.Accepted or AnnualReportStatus.Returned;

    /// <summary>The figures cut to what the actor may read: the ministry and the platform also get small counts
    /// suppressed (<see cref="AnnualReportFigures.ForNationalReader"/>).</summary>
    public static AnnualReportFigures FiguresFor(Actor actor, Guid collegeId, AnnualReportFigures figures, SmallCellRule smallCells) => actor switch
    {
        { IsSystem: true } => figures,
        { IsCollegeStaff: true } when actor.CollegeId == collegeId => figures,
        { EmployerId: { } employerId } => figures.ForEmployer(employerId),
        _ => figures.ForNationalReader(smallCells),
    };

    private static bool IsNational(Actor actor) => actor.ReadsAll && !actor.IsSystem;
}
