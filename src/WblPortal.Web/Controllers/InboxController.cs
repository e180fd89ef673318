using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Notifications;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Controllers;

/// <summary>The inbox of every signed-in role: notifications addressed to the user or their organization.</summary>
[Authorize]
public sealed class InboxController : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] bool unread, [FromServices] ListNotifications.Handler handler,
        CancellationToken cancellationToken)
    {
        return View(await handler.PageAsync(query, unread, cancellationToken));
    }

    /// <summary>Marks it read, then opens the page it is about (or the inbox).</summary>
    [HttpPost]
    public async Task<IActionResult> MarkRead(Guid id, string? returnUrl, [FromServices] MarkNotificationRead.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        return LocalUrl.SafeOr(Url, returnUrl, "") is { Length: > 0 } local ? LocalRedirect(local) : RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> MarkAllRead([FromServices] MarkNotificationRead.Handler handler, CancellationToken cancellationToken)
    {
        await handler.AllAsync(cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}
