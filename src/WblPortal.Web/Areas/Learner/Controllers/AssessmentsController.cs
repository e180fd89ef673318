using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Assessments;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>The learner's final assessments: read, acknowledge, and record disagreement if any.</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class AssessmentsController(IStringLocalizer<AssessmentResource> a) : PortalController
{
    public async Task<IActionResult> Index([FromServices] ListMyAssessments.Handler handler, CancellationToken cancellationToken) =>
        View("~/Views/Shared/Assessments/Mine.cshtml", await handler.LoadAsync(cancellationToken));

    public async Task<IActionResult> Details(Guid id, [FromServices] AssessmentDetails.Handler handler, CancellationToken cancellationToken)
    {
        var view = await handler.LoadAsync(id, cancellationToken);
        return view is null ? NotFound() : View(AssessmentsControllerBase.DetailsView, view);
    }

    [HttpPost]
    public async Task<IActionResult> Acknowledge(AcknowledgeAssessment.Command command, [FromServices] AcknowledgeAssessment.Handler handler,
        [FromServices] AssessmentDetails.Handler details, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(a["Flash_Acknowledged"]);
            return RedirectToAction(nameof(Details), new { id = command.Id });
        }

        ShowErrorsOf(result);
        var view = await details.LoadAsync(command.Id, cancellationToken);
        return view is null ? NotFound() : View(AssessmentsControllerBase.DetailsView, view with { Posted = command });
    }
}
