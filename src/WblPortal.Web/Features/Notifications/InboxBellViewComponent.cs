using Microsoft.AspNetCore.Mvc;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Notifications;

/// <summary>The header's link to the inbox with the number of unread notifications (one COUNT query, kept per user
/// for a short time by <see cref="UnreadCountCache"/>).</summary>
public sealed class InboxBellViewComponent(ListNotifications.Handler handler, UnreadCountCache cache, WblDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await cache.GetAsync(db.Actor, handler.CountUnreadAsync, HttpContext.RequestAborted));
}
