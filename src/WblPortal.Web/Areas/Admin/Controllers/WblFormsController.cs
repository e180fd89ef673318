using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.WblForms;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Admin.Controllers;

/// <summary>The WBL forms catalogue and the NQF levels' minimum WBL shares: reference data only the platform admin
/// changes (the context refuses anyone else's write as well).</summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class WblFormsController : PortalController
{
    public async Task<IActionResult> Index([FromServices] ListWblForms.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(cancellationToken));

    public async Task<IActionResult> Edit(int id, [FromServices] EditWblForm.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        return command is null ? NotFound() : View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditWblForm.Command command, [FromServices] EditWblForm.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Index));
        }

        ShowErrorsOf(result);
        return View("Edit", command);
    }

    public async Task<IActionResult> EditLevel(int id, [FromServices] EditNqfLevel.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        return command is null ? NotFound() : View(command);
    }

    [HttpPost]
    public async Task<IActionResult> SaveLevel(EditNqfLevel.Command command, [FromServices] EditNqfLevel.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Index));
        }

        ShowErrorsOf(result);
        return View("EditLevel", command);
    }
}
