using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Employers;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer admin edits the own employer's profile; the id always comes from the actor, never the form.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class ProfileController(IActorAccessor actor) : PortalController
{
    public async Task<IActionResult> Index([FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
    {
        var command = actor.Actor.EmployerId is { } id ? await handler.LoadAsync(id, cancellationToken) : null;
        if (command is null)
        {
            return NotFound();
        }

        await handler.LoadChoicesAsync(command, cancellationToken);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditEmployer.Command command, [FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
    {
        if (actor.Actor.EmployerId is not { } own)
        {
            return NotFound();
        }

        command.Id = own;
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

        AddErrors(result);
        if (result.Outcome == FeatureOutcome.Conflict)
        {
            ShowErrorsOf(result);
            command = (await handler.LoadAsync(own, cancellationToken))!;
        }

        await handler.LoadChoicesAsync(command, cancellationToken);
        return View("Index", command);
    }
}
