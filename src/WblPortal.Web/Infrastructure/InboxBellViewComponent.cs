using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Features.Notifications;

namespace WblPortal.Web.Infrastructure;

/// <summary>The header's link to the inbox with the number of unread notifications (one COUNT query).</summary>
public sealed class InboxBellViewComponent(ListNotifications.Handler handler) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await handler.CountUnreadAsync(HttpContext.RequestAborted));
}
