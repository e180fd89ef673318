using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Placements;

/// <summary>What the college's and the employer's placement pages share: taking a workflow step and answering it.</summary>
public abstract class PlacementsControllerBase(IStringLocalizer<PlacementResource> p, bool forEmployer) : PortalController
{
    protected IStringLocalizer<PlacementResource> P { get; } = p;

    /// <summary>Done → the placement page with a message; refused → the same page with the reason next to the step.</summary>
    protected async Task<IActionResult> StepAsync(Task<FeatureResult> step, PlacementStep.Command command,
        PlacementDetails.Handler details, string flash, CancellationToken cancellationToken)
    {
        var result = await step;
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(P[flash]);
            return RedirectToAction("Details", new { id = command.Id });
        }

        ShowErrorsOf(result);
        var model = await details.LoadAsync(command.Id, forEmployer, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        return View("Details", await CompleteAsync(model, cancellationToken) with { PostedStep = command });
    }

    /// <summary>What a party's page adds to the shared details (the employer: its site's load).</summary>
    protected virtual Task<PlacementDetails.Model> CompleteAsync(PlacementDetails.Model model, CancellationToken cancellationToken) =>
        Task.FromResult(model);
}
