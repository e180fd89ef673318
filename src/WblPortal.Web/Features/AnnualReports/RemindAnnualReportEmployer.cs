using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The college reminds a partner employer that has not answered the report yet: an inbox notification (the
/// e-mail copy follows with the other notifications), at most once a day per employer; recorded in the history.</summary>
public static class RemindAnnualReportEmployer
{
    public sealed class Command : AnnualReportStep.Command
    {
        public Guid EmployerId { get; set; }
    }

    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<ReportResource> r, IStringLocalizer<SharedResource> l)
    {
        public Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken) =>
            AnnualReportStep.OnReportAsync(db, steps, r, l, command, (report, by, at, _) =>
            {
                report.Remind(command.EmployerId, by, at);
                return Task.FromResult<FeatureResult?>(null);
            }, cancellationToken);
    }
}
