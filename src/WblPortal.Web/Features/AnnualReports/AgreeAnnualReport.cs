using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>A partner employer agrees with the report sent to it (a comment is optional).</summary>
public static class AgreeAnnualReport
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<ReportResource> r, IStringLocalizer<SharedResource> l)
    {
        public Task<FeatureResult> HandleAsync(AnnualReportStep.Command command, CancellationToken cancellationToken) =>
            AnnualReportStep.OnResponseAsync(db, steps, r, l, command, agree: true, cancellationToken);
    }
}
