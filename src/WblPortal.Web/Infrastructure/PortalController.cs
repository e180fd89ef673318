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
            ModelState.AddModelError(key, error.ErrorMessage);
        }
    }

    protected void Flash(string message) => TempData["Flash"] = message;
}
