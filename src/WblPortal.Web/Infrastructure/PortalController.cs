using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Features;

namespace WblPortal.Web.Infrastructure;

/// <summary>Base of the portal's controllers: maps a use case's <see cref="FeatureResult"/> onto the page.</summary>
public abstract class PortalController : Controller
{
    private IStringLocalizer<SharedResource>? _localizer;

    protected IStringLocalizer<SharedResource> L =>
        _localizer ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>Copies validation failures next to their fields; a concurrency conflict becomes a page-level message.</summary>
    protected void AddErrors(FeatureResult result, string prefix = "")
    {
        if (result.Outcome == FeatureOutcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, L["Common_ConcurrencyConflict"]);
        }

        foreach (var error in result.Errors ?? [])
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            // A value that could not be read ("31.02.2027") keeps the binder's message: the validator only saw it missing.
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            ModelState.AddModelError(key, error.ErrorMessage);
        }
    }

    /// <summary>Empties the model state (the form shows the command's values and only the use case's messages) but keeps
    /// the fields whose text could not be bound, with their message and the text typed.</summary>
    /// <summary>Clears the model state except the fields whose text could not be bound (a date that is no date): they
    /// keep what was typed and the binder's message, so that the form shows the real mistake and the text to correct.</summary>
    protected void ClearKeepingBindingFailures()
    {
        var failures = ModelState.Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => (e.Key, e.Value!.RawValue, e.Value.AttemptedValue, e.Value.Errors[0].ErrorMessage))
            .ToList();
        ModelState.Clear();
        foreach (var (key, raw, attempted, message) in failures)
        {
            ModelState.SetModelValue(key, raw, attempted);
            ModelState.AddModelError(key, message);
        }
    }

    /// <summary>A refused form shown again: only the use case's own messages, plus the fields that could not be read.</summary>
    protected void ShowErrorsOf(FeatureResult result, string prefix = "")
    {
        ClearKeepingBindingFailures();
        AddErrors(result, prefix);
    }

    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>The answer to an edit form's POST: saved → back to the list; not in scope → 404; invalid → the form
    /// again with the errors; a concurrent edit → the form with the current data and the conflict message.
    /// <paramref name="loadChoices"/> fills the choice lists of the command that is shown (the reloaded one after a conflict).</summary>
    protected async Task<IActionResult> SavedOrFormAsync<TCommand>(
        FeatureResult result, TCommand command, Guid? id, Func<Guid, Task<TCommand?>> reload, Func<TCommand, Task>? loadChoices, string view = "Edit")
        where TCommand : class
    {
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Done:
                Flash(L["Common_Saved"]);
                return RedirectToAction("Index");
            case FeatureOutcome.Conflict when id is { } current:
                ModelState.Clear();
                command = await reload(current) ?? command;
                break;
        }

        AddErrors(result);
        if (loadChoices is not null)
        {
            await loadChoices(command);
        }

        return View(view, command);
    }

    /// <summary>The answer to a form that creates or changes a row: not in scope → 404; done → the row's page with a
    /// message; refused → the form again (<paramref name="form"/>) with only the use case's own messages.</summary>
    protected async Task<IActionResult> DoneOrFormAsync(FeatureResult result, string doneMessage, Guid rowId, Func<Task<IActionResult>> form)
    {
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(doneMessage);
            return RedirectToAction("Details", new { id = rowId });
        }

        ShowErrorsOf(result);
        return await form();
    }

    /// <summary>The answer to a delete: not in scope → 404; changed since the user saw it → back to the record
    /// (<paramref name="conflictAction"/>) to see it rather than delete it unseen; otherwise back to the list saying
    /// what happened.</summary>
    protected IActionResult Deleted(FeatureResult result, Guid id, string conflictAction = "Edit")
    {
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Conflict:
                Flash(L["Common_ConcurrencyConflict"]);
                return RedirectToAction(conflictAction, new { id });
            default:
                Flash(result.Outcome == FeatureOutcome.Done ? L["Common_Deleted"] : result.Errors![0].ErrorMessage);
                return RedirectToAction("Index");
        }
    }
}
