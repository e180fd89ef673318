using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The ministry returns a submitted report to the college, with a comment.</summary>
public static class ReturnAnnualReport
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<ReportResource> r, IStringLocalizer<SharedResource> l)
    {
        public Task<FeatureResult> HandleAsync(AnnualReportStep.Command command, CancellationToken cancellationToken) =>
            AnnualReportStep.OnReportAsync(db, steps, r, l, command, (report, by, at, _) =>
            {
                report.Return(command.Comment ?? "", by, at);
                return Task.FromResult<FeatureResult?>(null);
            }, cancellationToken);
    }
}
