using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Notifications;

/// <summary>Mark one notification of the actor's inbox read (or all of them); another's answers 404.</summary>
public static class MarkNotificationRead
{
    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (notification is null)
            {
                return FeatureResult.NotFound;
            }

            notification.MarkRead(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return FeatureResult.Done(id);
        }

        public async Task<int> AllAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var unread = await db.Notifications.Where(n => n.ReadAt == null).ToListAsync(cancellationToken);
            foreach (var n in unread)
            {
                n.MarkRead(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            return unread.Count;
        }
    }
}
