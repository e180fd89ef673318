using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Mentors;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>A mentor's trainings, kept from the mentor's page. Other employers' mentors and trainings are not found (404).</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class MentorTrainingsController(IStringLocalizer<AppointmentResource> a) : PortalController
{
    public async Task<IActionResult> Create(Guid mentorId, [FromServices] EditMentorTraining.Handler handler, CancellationToken cancellationToken)
    {
        var name = await handler.MentorNameAsync(mentorId, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        return View("Edit", new EditMentorTraining.Command { MentorId = mentorId, Date = null, MentorName = name });
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditMentorTraining.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        if (command is null)
        {
            return NotFound();
        }

        command.MentorName = await handler.MentorNameAsync(command.MentorId, cancellationToken);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditMentorTraining.Command command, [FromServices] EditMentorTraining.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Done:
                Flash(L["Common_Saved"]);
                return RedirectToAction("Details", "Mentors", new { id = command.MentorId });
            case FeatureOutcome.Conflict when command.Id is { } id:
                ClearKeepingBindingFailures();
                command = await handler.LoadAsync(id, cancellationToken) ?? command;
                break;
        }

        AddErrors(result);
        command.MentorName = await handler.MentorNameAsync(command.MentorId, cancellationToken);
        return View("Edit", command);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, uint version, [FromServices] DeleteMentorTraining.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, version, cancellationToken);
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Conflict:
                Flash(L["Common_ConcurrencyConflict"]);
                return RedirectToAction(nameof(Edit), new { id });
            default:
                Flash(a["Flash_TrainingDeleted"]);
                return RedirectToAction("Details", "Mentors", new { id = result.Id });
        }
    }
}
