using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The college submits its report to the ministry.</summary>
public static class SubmitAnnualReport
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<ReportResource> r, IStringLocalizer<SharedResource> l)
    {
        public Task<FeatureResult> HandleAsync(AnnualReportStep.Command command, CancellationToken cancellationToken) =>
            AnnualReportStep.OnReportAsync(db, steps, r, l, command, (report, by, at, _) =>
            {
                report.Submit(by, at);
                IssueCode(report, at);
                return Task.FromResult<FeatureResult?>(null);
            }, cancellationToken);

        /// <summary>The verification code of the submitted report is issued by the college when it submits, so that the
        /// ministry or an employer may be the first to download it (they may not write the college's codes).</summary>
        private void IssueCode(AnnualReport report, DateTimeOffset now)
        {
            if (!db.IssuedDocuments.IgnoreQueryFilters([WblDbContext.TenantFilter]).Any(d => d.Kind == IssuedDocumentKind.AnnualReport && d.EntityId == report.Id))
            {
                db.IssuedDocuments.Add(IssuedDocument.Create(IssuedDocumentKind.AnnualReport, report.Id, report.Title,
                    BishkekTime.DayOf(now), report.CollegeId, null, now));
            }
        }
    }
}
