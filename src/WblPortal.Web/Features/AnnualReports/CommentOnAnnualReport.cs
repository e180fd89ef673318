using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>A partner employer answers the report sent to it with comments instead of agreement.</summary>
public static class CommentOnAnnualReport
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<ReportResource> r, IStringLocalizer<SharedResource> l)
    {
        public Task<FeatureResult> HandleAsync(AnnualReportStep.Command command, CancellationToken cancellationToken) =>
            AnnualReportStep.OnResponseAsync(db, steps, r, l, command, agree: false, cancellationToken);
    }
}
