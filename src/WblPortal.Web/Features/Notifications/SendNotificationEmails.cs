using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Notifications;
using WblPortal.Infrastructure.Cluster;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Email;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Localization;

using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often the e-mail job looks for unsent notifications; 0 or less switches it off.</summary>
    public int EmailIntervalSeconds { get; set; } = 60;

    /// <summary>How many notifications one run sends at most.</summary>
    public int EmailBatchSize { get; set; } = 100;
}

/// <summary>Sends the copies of each notification to the users it targets (an organization's staff, or the one learner
/// or mentor) by e-mail and Telegram, each in their language (Kyrgyz when unset) and as their preferences say
/// (<see cref="NotificationPreference"/>: channels per kind, quiet hours, daily digest). A run first fans each new
/// notification out into held copies (<see cref="NotificationDelivery"/>), then sends the copies that are due: one
/// message each, or one digest per user and channel.</summary>
public static class SendNotificationEmails
{
    public sealed class Handler(
        IServiceProvider services,
        IPortalEmailSender sender,
        TelegramNotifier telegram,
        IStringLocalizer<WorkflowResource> w,
        IStringLocalizer<PartnershipResource> p,
        IStringLocalizer<AccountResource> a,
        IOptions<NotificationOptions> options,
        PublicLinks links,
        TimeProvider clock,
        ILogger<Handler> logger)
    {
        /// <summary>One run: returns how many new notifications were fanned out.</summary>
        public async Task<int> SendPendingAsync(CancellationToken cancellationToken = default)
        {
            // The job has no request: it reads every inbox as the system.
            await using var db = new WblDbContext(services.GetRequiredService<DbContextOptions<WblDbContext>>(), new FixedActorAccessor(Actor.System));
            var fannedOut = await FanOutAsync(db, cancellationToken);
            await SendDueAsync(db, cancellationToken);
            return fannedOut;
        }

        private async Task<int> FanOutAsync(WblDbContext db, CancellationToken cancellationToken)
        {
            var pending = await db.Notifications.Where(n => n.EmailSentAt == null).OrderBy(n => n.CreatedAt)
                .Take(Math.Max(1, options.Value.EmailBatchSize)).ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                return 0;
            }

            var collegeIds = pending.Where(n => n.RecipientCollegeId != null).Select(n => n.RecipientCollegeId).Distinct().ToList();
            var employerIds = pending.Where(n => n.RecipientEmployerId != null).Select(n => n.RecipientEmployerId).Distinct().ToList();
            var learnerIds = pending.Where(n => n.RecipientLearnerId != null).Select(n => n.RecipientLearnerId).Distinct().ToList();
            var mentorIds = pending.Where(n => n.RecipientMentorId != null).Select(n => n.RecipientMentorId).Distinct().ToList();
            var now = clock.GetUtcNow();
            var users = await Active(db, now)
                .Where(u => (u.LearnerId == null && u.MentorId == null && u.OrganizationId != null
                         && ((u.OrganizationKind == OrganizationKind.College && collegeIds.Contains(u.OrganizationId))
                             || (u.OrganizationKind == OrganizationKind.Employer && employerIds.Contains(u.OrganizationId))))
                        || learnerIds.Contains(u.LearnerId) || mentorIds.Contains(u.MentorId))
                .Select(u => new Target(u.Id, u.Email != null, u.OrganizationKind, u.OrganizationId, u.LearnerId, u.MentorId))
                .ToListAsync(cancellationToken);
            var userIds = users.Select(u => u.UserId).ToList();
            var preferences = await db.NotificationPreferences.AsNoTracking().Where(x => userIds.Contains(x.UserId))
                .ToDictionaryAsync(x => x.UserId, cancellationToken);

            foreach (var notification in pending)
            {
                var kind = NotificationKinds.Of(notification.MessageKey);
                foreach (var user in users.Where(u => u.IsTargetOf(notification)))
                {
                    var preference = preferences.GetValueOrDefault(user.UserId) ?? NotificationPreference.Default(user.UserId);
                    foreach (var channel in Channels(user, preference).Where(c => preference.Wants(c, kind)))
                    {
                        db.NotificationDeliveries.Add(new NotificationDelivery
                        {
                            NotificationId = notification.Id, UserId = user.UserId, Channel = channel, DueAt = preference.DueAt(now),
                            Digest = preference.DailyDigest,
                        });
                    }
                }

                notification.EmailSentAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
            return pending.Count;
        }

        private IEnumerable<NotificationChannel> Channels(Target user, NotificationPreference preference)
        {
            if (user.HasEmail)
            {
                yield return NotificationChannel.Email;
            }

            if (telegram.Enabled && preference.TelegramChatId is not null)
            {
                yield return NotificationChannel.Telegram;
            }
        }

        private async Task SendDueAsync(WblDbContext db, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var due = await db.NotificationDeliveries.Where(d => d.SentAt == null && d.DueAt <= now).OrderBy(d => d.DueAt)
                .Take(Math.Max(1, options.Value.EmailBatchSize) * 10).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return;
            }

            var notificationIds = due.Select(d => d.NotificationId).Distinct().ToList();
            var notifications = await db.Notifications.AsNoTracking().Where(n => notificationIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
            var userIds = due.Select(d => d.UserId).Distinct().ToList();
            var recipients = await Active(db, now).Where(u => userIds.Contains(u.Id))
                .Select(u => new Recipient(u.Id, u.Email, u.FullName, u.PreferredCulture, u.OrganizationKind, u.LearnerId, u.MentorId,
                    db.NotificationPreferences.Where(x => x.UserId == u.Id).Select(x => x.TelegramChatId).FirstOrDefault()))
                .ToDictionaryAsync(u => u.UserId, cancellationToken);

            foreach (var group in due.GroupBy(d => (d.UserId, d.Channel)))
            {
                if (recipients.GetValueOrDefault(group.Key.UserId) is { } user)
                {
                    var single = group.Where(d => !d.Digest).Select(d => new[] { notifications[d.NotificationId] });
                    var digest = group.Where(d => d.Digest).Select(d => notifications[d.NotificationId]).OrderBy(n => n.CreatedAt).ToArray();
                    foreach (var items in digest.Length > 0 ? single.Append(digest) : single)
                    {
                        await SendAsync(db, group.Key.Channel, user, items, digest: ReferenceEquals(items, digest), cancellationToken);
                    }
                }

                // A locked or removed user's copies are dropped, like a failed one: never retried forever.
                foreach (var delivery in group)
                {
                    delivery.SentAt = now;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        private static IQueryable<ApplicationUser> Active(WblDbContext db, DateTimeOffset now) =>
            db.Users.AsNoTracking().Where(u => u.LockoutEnd == null || u.LockoutEnd < now);

        private async Task SendAsync(WblDbContext db, NotificationChannel channel, Recipient user, Notification[] items, bool digest, CancellationToken cancellationToken)
        {
            var previous = CultureInfo.CurrentUICulture;
            var previousCulture = CultureInfo.CurrentCulture;
            var culture = PortalCultures.Create(PortalCultures.Names.Contains(user.PreferredCulture) ? user.PreferredCulture! : PortalCultures.Kyrgyz);
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            try
            {
                if (channel == NotificationChannel.Email && user.Email is not null)
                {
                    await sender.SendAsync(user.Email, Subject(items, digest), EmailBody(user, items), cancellationToken);
                }
                else if (channel == NotificationChannel.Telegram && user.TelegramChatId is { } chat)
                {
                    await telegram.SendAsync(chat, user.Role, items, digest, await ApprovableWeeksAsync(db, user, items, digest, cancellationToken), cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad address does not hold back the others; no personal data in the log.
                logger.LogWarning(ex, "Notification {Channel} copy failed for {Count} notification(s), first {NotificationId}", channel, items.Length, items[0].Id);
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
                CultureInfo.CurrentCulture = previousCulture;
            }
        }

        /// <summary>A mentor's single reminder of weeks waiting: the weeks with submitted entries of that learner now, each
        /// a button (the tap is checked again in the mentor's scope).</summary>
        private static async Task<IReadOnlyList<DateOnly>> ApprovableWeeksAsync(WblDbContext db, Recipient user, Notification[] items, bool digest,
            CancellationToken cancellationToken)
        {
            if (digest || items.Length != 1 || user.MentorId is null || NotificationKinds.Of(items[0].MessageKey) != NotificationKind.WeekToApprove
                || items[0].SubjectType != SendReminders.DiarySubject)
            {
                return [];
            }

            var placementLearnerId = items[0].SubjectId;
            return await db.DiaryEntries.AsNoTracking()
                .Where(e => e.PlacementLearnerId == placementLearnerId && e.Status == DiaryEntryStatus.Submitted)
                .Select(e => e.WeekStart).Distinct().OrderBy(d => d).Take(5).ToListAsync(cancellationToken);
        }

        private string Line(Notification n) => n.SubjectTitle is null ? w[n.MessageKey].Value : $"{w[n.MessageKey].Value} ({n.SubjectTitle})";

        private string Subject(Notification[] items, bool digest) =>
            digest ? a["Digest_Subject", items.Length].Value : Line(items[0]);

        private string EmailBody(Recipient user, Notification[] items)
        {
            var body = $"<p>{WebUtility.HtmlEncode(p["Email_Greeting", user.FullName])}</p>";
            body += items.Length == 1
                ? $"<p>{WebUtility.HtmlEncode(w[items[0].MessageKey])}</p>" + (items[0].SubjectTitle is { } title ? $"<p>{WebUtility.HtmlEncode(title)}</p>" : "")
                : "<ul>" + string.Concat(items.Select(n => $"<li>{WebUtility.HtmlEncode(Line(n))}</li>")) + "</ul>";
            body += $"<p><a href=\"{WebUtility.HtmlEncode(links.To("Inbox"))}\">{WebUtility.HtmlEncode(p["Email_OpenInbox"])}</a></p>";
            body += $"<p>{WebUtility.HtmlEncode(p["Email_Footer"])}</p>";
            return body;
        }
    }

    private sealed record Target(string UserId, bool HasEmail, OrganizationKind Kind, Guid? OrganizationId, Guid? LearnerId, Guid? MentorId)
    {
        public bool IsTargetOf(Notification n) =>
            (n.RecipientLearnerId is not null && n.RecipientLearnerId == LearnerId)
            || (n.RecipientMentorId is not null && n.RecipientMentorId == MentorId)
            || (LearnerId is null && MentorId is null && Kind == OrganizationKind.College && n.RecipientCollegeId is not null && n.RecipientCollegeId == OrganizationId)
            || (LearnerId is null && MentorId is null && Kind == OrganizationKind.Employer && n.RecipientEmployerId is not null && n.RecipientEmployerId == OrganizationId);
    }

    /// <summary>Who a copy goes to; <see cref="Role"/> only says which Area a link opens (learner, mentor, organization).</summary>
    public sealed record Recipient(string UserId, string? Email, string FullName, string? PreferredCulture, OrganizationKind Kind, Guid? LearnerId,
        Guid? MentorId, long? TelegramChatId)
    {
        public string? Role => LearnerId is not null ? Roles.Learner : MentorId is not null ? Roles.Mentor
            : Kind == OrganizationKind.College ? Roles.CollegeStaff : Kind == OrganizationKind.Employer ? Roles.EmployerAdmin : null;
    }
}

/// <summary>Runs <see cref="SendNotificationEmails.Handler"/> every <c>Notifications:EmailIntervalSeconds</c>, on one
/// instance at a time across the instances sharing the database (<see cref="ClusterJobLock"/>).</summary>
public sealed class NotificationEmailService(IServiceScopeFactory scopes, ClusterJobLock cluster, IOptions<NotificationOptions> options,
    ILogger<NotificationEmailService> logger) : BackgroundService
{
    public const string Job = "notification-emails";

    /// <summary>One run, unless another instance is sending: returns whether this instance ran it.</summary>
    public Task<bool> RunOnceAsync(CancellationToken cancellationToken) => cluster.TryRunAsync(Job, async ct =>
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendNotificationEmails.Handler>().SendPendingAsync(ct);
    }, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.EmailIntervalSeconds;
        if (interval <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(interval));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sending notification e-mails failed");
            }
        }
    }
}
