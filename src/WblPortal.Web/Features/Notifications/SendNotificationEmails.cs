using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using WblPortal.Domain.Access;
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

/// <summary>Sends the e-mail copy of each notification not yet sent to the users it targets (an organization's staff,
/// or the one learner or mentor), each in their preferred language (Kyrgyz when unset), and marks it sent.</summary>
public static class SendNotificationEmails
{
    public sealed class Handler(
        IServiceProvider services,
        IPortalEmailSender sender,
        IStringLocalizer<WorkflowResource> w,
        IStringLocalizer<PartnershipResource> p,
        IOptions<NotificationOptions> options,
        PublicLinks links,
        TimeProvider clock,
        ILogger<Handler> logger)
    {
        /// <summary>One run: returns how many notifications were handled.</summary>
        public async Task<int> SendPendingAsync(CancellationToken cancellationToken = default)
        {
            // The job has no request: it reads every inbox as the system.
            await using var db = new WblDbContext(services.GetRequiredService<DbContextOptions<WblDbContext>>(), new FixedActorAccessor(Actor.System));
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
            var users = await db.Users.AsNoTracking()
                .Where(u => u.Email != null && (u.LockoutEnd == null || u.LockoutEnd < now)
                    && ((u.LearnerId == null && u.MentorId == null && u.OrganizationId != null
                         && ((u.OrganizationKind == OrganizationKind.College && collegeIds.Contains(u.OrganizationId))
                             || (u.OrganizationKind == OrganizationKind.Employer && employerIds.Contains(u.OrganizationId))))
                        || learnerIds.Contains(u.LearnerId) || mentorIds.Contains(u.MentorId)))
                .Select(u => new Recipient(u.Email!, u.FullName, u.OrganizationKind, u.OrganizationId, u.LearnerId, u.MentorId, u.PreferredCulture))
                .ToListAsync(cancellationToken);

            foreach (var notification in pending)
            {
                foreach (var user in users.Where(u => u.IsTargetOf(notification)))
                {
                    try
                    {
                        await SendAsync(notification, user, cancellationToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // One bad address does not hold back the others; no personal data in the log.
                        logger.LogWarning(ex, "Notification {NotificationId} e-mail failed", notification.Id);
                    }
                }

                notification.EmailSentAt = clock.GetUtcNow();
            }

            await db.SaveChangesAsync(cancellationToken);
            return pending.Count;
        }

        private async Task SendAsync(Notification notification, Recipient user, CancellationToken cancellationToken)
        {
            var previous = CultureInfo.CurrentUICulture;
            var previousCulture = CultureInfo.CurrentCulture;
            var culture = PortalCultures.Create(PortalCultures.Names.Contains(user.PreferredCulture) ? user.PreferredCulture! : PortalCultures.Kyrgyz);
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            try
            {
                var message = w[notification.MessageKey].Value;
                var subject = notification.SubjectTitle is null ? message : $"{message} ({notification.SubjectTitle})";
                var body = $"<p>{WebUtility.HtmlEncode(p["Email_Greeting", user.FullName])}</p><p>{WebUtility.HtmlEncode(message)}</p>";
                if (notification.SubjectTitle is not null)
                {
                    body += $"<p>{WebUtility.HtmlEncode(notification.SubjectTitle)}</p>";
                }

                body += $"<p><a href=\"{WebUtility.HtmlEncode(links.To("Inbox"))}\">{WebUtility.HtmlEncode(p["Email_OpenInbox"])}</a></p>";

                body += $"<p>{WebUtility.HtmlEncode(p["Email_Footer"])}</p>";
                await sender.SendAsync(user.Email, subject, body, cancellationToken);
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
                CultureInfo.CurrentCulture = previousCulture;
            }
        }
    }

    private sealed record Recipient(string Email, string FullName, OrganizationKind Kind, Guid? OrganizationId, Guid? LearnerId, Guid? MentorId, string? PreferredCulture)
    {
        public bool IsTargetOf(Notification n) =>
            (n.RecipientLearnerId is not null && n.RecipientLearnerId == LearnerId)
            || (n.RecipientMentorId is not null && n.RecipientMentorId == MentorId)
            || (LearnerId is null && MentorId is null && Kind == OrganizationKind.College && n.RecipientCollegeId is not null && n.RecipientCollegeId == OrganizationId)
            || (LearnerId is null && MentorId is null && Kind == OrganizationKind.Employer && n.RecipientEmployerId is not null && n.RecipientEmployerId == OrganizationId);
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
