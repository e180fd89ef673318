using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Assessments;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's joint assessments: the curator's side of scoring and reconciling, the learners'
/// acknowledgements and disagreements, and marking a placement assessed once every learner's result is final.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class AssessmentsController(IStringLocalizer<AssessmentResource> a, AssessmentDetails.Handler details)
    : ScoringAssessmentsControllerBase(a, details)
{
    [HttpPost]
    public async Task<IActionResult> MarkAssessed(Guid placementId, uint version, [FromServices] MarkPlacementAssessed.Handler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(placementId, version, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        Flash(result.Outcome switch
        {
            FeatureOutcome.Done => A["Flash_PlacementAssessed"],
            FeatureOutcome.Conflict => L["Common_ConcurrencyConflict"],
            _ => result.Errors![0].ErrorMessage,
        });
        return RedirectToAction(nameof(Index), new { placement = placementId });
    }
}
