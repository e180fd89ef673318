using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Partnerships;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The college sends its drafted report, with the year's computed figures, to the employers it holds a
/// partnership with today, for their agreement or comments, by an answer deadline (default: two weeks).</summary>
public static class SendAnnualReport
{
    public sealed class Command : AnnualReportStep.Command
    {
        /// <summary>The last day the employers have to answer; empty → <see cref="AnnualReport.DefaultAnswerDays"/> after today.</summary>
        public DateOnly? AnswerDeadline { get; set; }
    }

    public sealed class Handler(WblDbContext db, StepRunner steps, CollegeYearFigures.Handler figures, IStringLocalizer<ReportResource> r,
        IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        public Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken) =>
            AnnualReportStep.OnReportAsync(db, steps, r, l, command, async (report, by, at, ct) =>
            {
                var today = clock.BishkekToday();
                var partners = await db.Partnerships.AsNoTracking()
                    .Where(p => p.CollegeId == report.CollegeId
                        && (p.Status == PartnershipStatus.Signed || p.Status == PartnershipStatus.SignedOnPaper)
                        && p.ValidFrom <= today && (p.ValidUntil == null || p.ValidUntil >= today))
                    .OrderBy(p => p.Employer!.Name)
                    .Select(p => new ReportPartner(p.EmployerId, p.Employer!.Name))
                    .ToListAsync(ct);
                var computed = await figures.ComputeAsync(report.CollegeId, report.AcademicYear, ct);
                report.SendToEmployers(partners, CollegeYearFigures.Serialize(computed), by, at, command.AnswerDeadline);
                return null;
            }, cancellationToken);
    }
}
