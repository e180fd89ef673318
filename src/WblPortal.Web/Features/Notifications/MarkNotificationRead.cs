using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Notifications;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Notifications;

/// <summary>Mark one notification of the actor's inbox read (or all of them) for the signed-in user alone: the other
/// users of an organization keep theirs unread. Another inbox's answers 404.</summary>
public static class MarkNotificationRead
{
    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var notification = await db.Notifications.AsNoTracking().Where(n => n.Id == id)
                .Select(n => new { n.Id, Read = db.NotificationReads.Any(r => r.NotificationId == n.Id) })
                .SingleOrDefaultAsync(cancellationToken);
            if (notification is null)
            {
                return FeatureResult.NotFound;
            }

            if (!notification.Read)
            {
                db.NotificationReads.Add(Read(id, clock.GetUtcNow()));
                await SaveAsync(cancellationToken);
            }

            return FeatureResult.Done(id);
        }

        public async Task<int> AllAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var unread = await db.Notifications.AsNoTracking().Where(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id))
                .Select(n => n.Id).ToListAsync(cancellationToken);
            db.NotificationReads.AddRange(unread.Select(id => Read(id, now)));
            await SaveAsync(cancellationToken);
            return unread.Count;
        }

        private NotificationRead Read(Guid notificationId, DateTimeOffset at) =>
            new() { NotificationId = notificationId, UserId = db.Actor.UserId!, ReadAt = at };

        /// <summary>The same user marking in two tabs at once: the unique (notification, user) index refuses the second
        /// mark, which changes nothing.</summary>
        private async Task SaveAsync(CancellationToken cancellationToken)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
