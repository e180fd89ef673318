using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Features;
using WblPortal.Web.Infrastructure;
using Preferences = WblPortal.Web.Features.Notifications.EditNotificationPreferences;

namespace WblPortal.Web.Controllers;

/// <summary>The signed-in user's own notification preferences, for every role (linked from the account page).</summary>
[Route("account/notifications")]
[Authorize]
public sealed class NotificationPreferencesController(Preferences.Handler handler, IStringLocalizer<AccountResource> a) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Index(Preferences.Command command, CancellationToken cancellationToken)
    {
        var result = await handler.SaveAsync(command, cancellationToken);
        if (result.Outcome != FeatureOutcome.Done)
        {
            AddErrors(result);
            return View(handler.ModelOf(command, await handler.MineAsync(cancellationToken)));
        }

        Flash(a["Preferences_Saved"]);
        return Redirect("/account/notifications");
    }

    /// <summary>A fresh one-time link to the bot, shown on the page once.</summary>
    [HttpPost("telegram-link")]
    public async Task<IActionResult> TelegramLink(CancellationToken cancellationToken)
    {
        var link = await handler.CreateTelegramLinkAsync(cancellationToken);
        return link is null ? NotFound() : View(nameof(Index), await handler.LoadAsync(link, cancellationToken));
    }

    [HttpPost("telegram-unlink")]
    public async Task<IActionResult> TelegramUnlink(CancellationToken cancellationToken)
    {
        await handler.UnlinkTelegramAsync(cancellationToken);
        Flash(a["Telegram_Unlinked"]);
        return Redirect("/account/notifications");
    }
}
