using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Assessments;

/// <summary>What the assessment pages of the College, Mentor and Employer areas share: the list (scoped by the tenant
/// filters), its export and the assessment page. The scoring parties' steps are in
/// <see cref="ScoringAssessmentsControllerBase"/>.</summary>
public abstract class AssessmentsControllerBase(IStringLocalizer<AssessmentResource> a, AssessmentDetails.Handler details) : PortalController
{
    public const string IndexView = "~/Views/Shared/Assessments/Index.cshtml";
    public const string DetailsView = "~/Views/Shared/Assessments/Details.cshtml";

    protected IStringLocalizer<AssessmentResource> A { get; } = a;

    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ListAssessments.Filter filter, [FromServices] ListAssessments.Handler handler,
        CancellationToken cancellationToken) =>
        View(IndexView, await handler.PageAsync(query, filter, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] ListAssessments.Filter filter, [FromServices] ListAssessments.Handler handler,
        CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, filter).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(A["Assessments_Title"],
            [A["Assessment_Learner"], A["Assessment_Employer"], A["Assessment_Form"], A["Assessment_Period"], A["Assessment_Stage"],
             A["Assessment_CuratorScored"], A["Assessment_MentorScored"], A["Assessment_Grade"], A["Assessment_Disagreement"]],
            rows, r => [r.LearnerName, r.Employer, r.Form, $"{r.StartDate:dd.MM.yyyy}–{r.EndDate:dd.MM.yyyy}", A["Stage_" + r.Stage].Value,
                r.CuratorSubmitted ? L["Common_Yes"].Value : L["Common_No"].Value, r.MentorSubmitted ? L["Common_Yes"].Value : L["Common_No"].Value,
                r.Grade, r.Disagreed ? L["Common_Yes"].Value : L["Common_No"].Value],
            cancellationToken);
        return XlsxFile.Result(file, "assessments");
    }

    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var view = await details.LoadAsync(id, cancellationToken);
        return view is null ? NotFound() : View(DetailsView, view);
    }

    /// <summary>Done → the assessment with a message; refused → the page with the messages next to the fields and what
    /// the user typed (<paramref name="posted"/>) still in the form; changed by someone else meanwhile → the page
    /// with their change, the conflict message and the user's input kept to submit again.</summary>
    protected async Task<IActionResult> AfterStepAsync(Guid id, FeatureResult result, string doneMessage, object? posted, CancellationToken cancellationToken)
    {
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(A[doneMessage]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }

        ShowErrorsOf(result);
        var view = await details.LoadAsync(id, cancellationToken);
        return view is null ? NotFound() : View(DetailsView, view with { Posted = posted });
    }
}

/// <summary>The curator's (College area) and the mentor's (Mentor area) steps: start, score, propose and confirm the
/// final result. Which side the user scores on follows from their role.</summary>
public abstract class ScoringAssessmentsControllerBase(IStringLocalizer<AssessmentResource> a, AssessmentDetails.Handler details)
    : AssessmentsControllerBase(a, details)
{
    [HttpPost]
    public async Task<IActionResult> Start(Guid placementLearnerId, [FromServices] StartAssessment.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(placementLearnerId, cancellationToken);
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Done:
                return RedirectToAction(nameof(Details), new { id = result.Id });
            default:
                Flash(result.Errors is { Count: > 0 } errors ? errors[0].ErrorMessage : L["Common_ConcurrencyConflict"]);
                return RedirectToAction(nameof(Index));
        }
    }

    [HttpPost]
    public async Task<IActionResult> Submit(SubmitScores.Command command, [FromServices] SubmitScores.Handler handler, CancellationToken cancellationToken) =>
        await AfterStepAsync(command.Id, await handler.HandleAsync(command, cancellationToken), "Flash_Scored", command, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Propose(ProposeFinalResult.Command command, [FromServices] ProposeFinalResult.Handler handler, CancellationToken cancellationToken) =>
        await AfterStepAsync(command.Id, await handler.HandleAsync(command, cancellationToken), "Flash_Proposed", command, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Confirm(Guid id, uint version, [FromServices] ConfirmFinalResult.Handler handler, CancellationToken cancellationToken) =>
        await AfterStepAsync(id, await handler.HandleAsync(id, version, cancellationToken), "Flash_Confirmed", null, cancellationToken);
}
