using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using WblPortal.Domain.Access;
using WblPortal.Domain.Notifications;

namespace WblPortal.Web.Features.Notifications;

/// <summary>
/// The header bell's unread count, kept per user for <see cref="Lifetime"/> instead of a COUNT on every signed-in page.
/// The key carries a generation per inbox the user reads (their own marks, their learner or mentor inbox, their
/// organization's): a notification saved to an inbox, or a mark saved by a user, bumps that generation, so this
/// instance answers the new count at once; another instance of the portal catches up within the lifetime.
/// </summary>
public sealed class UnreadCountCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, long> _generations = new();

    public async Task<int> GetAsync(Actor actor, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return await count(cancellationToken);
        }

        // The key is taken before counting: a change saved meanwhile bumps a generation, and the count stored under the
        // old key is never read again.
        var key = Key(actor);
        if (cache.TryGetValue(key, out int unread))
        {
            return unread;
        }

        unread = await count(cancellationToken);
        cache.Set(key, unread, Lifetime);
        return unread;
    }

    /// <summary>Inboxes (see <see cref="InboxesOf(Notification)"/>) whose unread counts changed.</summary>
    public void Changed(IEnumerable<string> inboxes)
    {
        foreach (var inbox in inboxes)
        {
            _generations.AddOrUpdate(inbox, 1, (_, g) => g + 1);
        }
    }

    public static IEnumerable<string> InboxesOf(Notification n)
    {
        if (n.RecipientLearnerId is { } learner)
        {
            yield return "learner:" + learner;
        }

        if (n.RecipientMentorId is { } mentor)
        {
            yield return "mentor:" + mentor;
        }

        if (n.RecipientCollegeId is { } college)
        {
            yield return "college:" + college;
        }

        if (n.RecipientEmployerId is { } employer)
        {
            yield return "employer:" + employer;
        }
    }

    public static string UserInbox(string userId) => "user:" + userId;

    private string Key(Actor a) => string.Join('|', "unread", a.UserId,
        Generation(UserInbox(a.UserId!)),
        a.LearnerId is { } l ? Generation("learner:" + l) : 0,
        a.MentorId is { } m ? Generation("mentor:" + m) : 0,
        a.CollegeId is { } c ? Generation("college:" + c) : 0,
        a.EmployerId is { } e ? Generation("employer:" + e) : 0);

    private long Generation(string inbox) => _generations.TryGetValue(inbox, out var g) ? g : 0;
}

/// <summary>Tells <see cref="UnreadCountCache"/> which inboxes a save changed: notifications added, marks added or removed.</summary>
public sealed class UnreadCountInterceptor(UnreadCountCache cache) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var inboxes = new List<string>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is Notification n && entry.State == EntityState.Added)
            {
                inboxes.AddRange(UnreadCountCache.InboxesOf(n));
            }
            else if (entry.Entity is NotificationRead r && entry.State is EntityState.Added or EntityState.Deleted)
            {
                inboxes.Add(UnreadCountCache.UserInbox(r.UserId));
            }
        }

        if (inboxes.Count > 0)
        {
            _pending.AddOrUpdate(context, inboxes);
        }
    }

    private void Publish(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var inboxes))
        {
            _pending.Remove(context);
            cache.Changed(inboxes.Distinct());
        }
    }
}
