using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Notifications;

/// <summary>The actor's inbox, newest first: the tenant filter keeps it to notifications addressed to the user (a learner,
/// a mentor) or to their organization; read or unread is the signed-in user's own (the reads' filter is per user).</summary>
public static class ListNotifications
{
    public sealed record Row(Guid Id, string MessageKey, string SubjectType, Guid SubjectId, string? SubjectTitle, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    /// <summary>The inbox page: one page of notifications, all or only unread.</summary>
    public sealed record Page(PagedList<Row> List, bool UnreadOnly);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Page> PageAsync(ListQuery query, bool unreadOnly, CancellationToken cancellationToken) =>
            new(await ListAsync(query, unreadOnly, cancellationToken), unreadOnly);

        private Task<PagedList<Row>> ListAsync(ListQuery query, bool unreadOnly, CancellationToken cancellationToken)
        {
            var notifications = db.Notifications.AsNoTracking();
            if (unreadOnly)
            {
                notifications = notifications.Where(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id));
            }

            return notifications.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
                .Select(n => new Row(n.Id, n.MessageKey, n.SubjectType, n.SubjectId, n.SubjectTitle, n.CreatedAt,
                    db.NotificationReads.Where(r => r.NotificationId == n.Id).Select(r => (DateTimeOffset?)r.ReadAt).FirstOrDefault()))
                .ToPagedListAsync(query, cancellationToken);
        }

        public Task<int> CountUnreadAsync(CancellationToken cancellationToken) =>
            db.Notifications.CountAsync(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id), cancellationToken);
    }
}
