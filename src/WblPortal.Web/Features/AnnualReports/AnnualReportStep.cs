using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>What the workflow steps on an annual report share (SendAnnualReport, SubmitAnnualReport,
/// AgreeAnnualReport, CommentOnAnnualReport, AcceptAnnualReport, ReturnAnnualReport, one file each): the form a step
/// posts, the report loaded in scope, the comment's length, and the row whose version guards the step — the report, or
/// for an employer's answer its own response row. Which party may take which step is the domain's rule; each Area's
/// controller offers only its party's steps.</summary>
public static class AnnualReportStep
{
    /// <summary>The step form; a step with a field of its own (the send step's deadline, the reminded employer) derives
    /// from it.</summary>
    public class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Comment { get; set; }
    }

    /// <summary>The college's and the ministry's steps: on the report itself.</summary>
    internal static Task<FeatureResult> OnReportAsync(WblDbContext db, StepRunner steps, IStringLocalizer<ReportResource> r,
        IStringLocalizer<SharedResource> l, Command command,
        Func<AnnualReport, WorkflowUser, DateTimeOffset, CancellationToken, Task<FeatureResult?>> step, CancellationToken cancellationToken) =>
        RunAsync(db, steps, r, l, command, onResponse: false, step, cancellationToken);

    /// <summary>A partner employer's answer: the report's response row of the actor's employer (none → not found).</summary>
    internal static Task<FeatureResult> OnResponseAsync(WblDbContext db, StepRunner steps, IStringLocalizer<ReportResource> r,
        IStringLocalizer<SharedResource> l, Command command, bool agree, CancellationToken cancellationToken) =>
        RunAsync(db, steps, r, l, command, onResponse: true, (report, by, at, _) =>
        {
            report.Respond(db.Actor.EmployerId!.Value, agree, command.Comment, by, at);
            return Task.FromResult<FeatureResult?>(null);
        }, cancellationToken);

    private static async Task<FeatureResult> RunAsync(WblDbContext db, StepRunner steps, IStringLocalizer<ReportResource> r,
        IStringLocalizer<SharedResource> l, Command command, bool onResponse,
        Func<AnnualReport, WorkflowUser, DateTimeOffset, CancellationToken, Task<FeatureResult?>> step, CancellationToken cancellationToken)
    {
        var report = await db.AnnualReports.Include(x => x.Responses).SingleOrDefaultAsync(x => x.Id == command.Id, cancellationToken);
        if (report is null)
        {
            return FeatureResult.NotFound;
        }

        if (command.Comment?.Length > 4000)
        {
            return FeatureResult.Invalid(nameof(Command.Comment), l["Validation_MaxLength", 4000]);
        }

        var refusals = new Refusals(r, key => key switch
        {
            "AnnualReport_CommentRequired" => nameof(Command.Comment),
            "AnnualReport_DeadlineOutOfRange" => nameof(SendAnnualReport.Command.AnswerDeadline),
            _ => "",
        });
        if (!onResponse)
        {
            return await steps.RunAsync(report, command.Version, step, refusals, cancellationToken);
        }

        // The employer's answer is its own row: its version guards against a stale page.
        var response = report.Responses.FirstOrDefault(x => x.EmployerId == db.Actor.EmployerId);
        return await steps.RunAsync(response, command.Version, (_, by, at, ct) => step(report, by, at, ct), refusals, cancellationToken,
            doneId: _ => report.Id);
    }
}
