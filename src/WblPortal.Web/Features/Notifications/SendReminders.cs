using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Cluster;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Features.Diaries;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Notifications;

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How often the reminder job runs; 0 or less switches it off.</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>A diary week submitted this many days ago and still not approved is reminded of.</summary>
    public int UnapprovedWeekDays { get; set; } = 7;

    /// <summary>The same reminder (same message, subject and recipient) is not repeated within this many days.</summary>
    public int RepeatDays { get; set; } = 3;
}

/// <summary>
/// Reminders through the inbox (and so the e-mail copy <see cref="SendNotificationEmails"/> sends): diary weeks submitted
/// and not approved for <see cref="ReminderOptions.UnapprovedWeekDays"/> days (to the mentor and the employer's inbox), and
/// joint assessments still pending after a placement ended (completed, or its end date passed: to the college's inbox and
/// the mentor). Nothing is reminded of again within <see cref="ReminderOptions.RepeatDays"/> days.
/// </summary>
public static class SendReminders
{
    public const string DiaryWeeksKey = "Notify_ReminderDiaryWeeks";
    public const string AssessmentsKey = "Notify_ReminderAssessments";
    public const string DiarySubject = WblPortal.Domain.Diaries.DiaryEntry.NotificationSubject;
    public const string AssessmentsSubject = "PlacementAssessments";

    private static readonly PlacementStatus[] Running = [PlacementStatus.InProgress, PlacementStatus.Completed];

    public sealed class Handler(IServiceProvider services, IOptions<ReminderOptions> options, TimeProvider clock)
    {
        /// <summary>One run: returns how many reminders were added to inboxes.</summary>
        public async Task<int> RemindAsync(CancellationToken cancellationToken = default)
        {
            var now = clock.GetUtcNow();
            var today = clock.BishkekToday();
            var settings = options.Value;

            // The job has no request: it reads every tenant as the system.
            await using var db = new WblDbContext(services.GetRequiredService<DbContextOptions<WblDbContext>>(), new FixedActorAccessor(Actor.System));
            var candidates = new List<Notification>();

            var stale = await new PendingWeeks.Handler(db).StaleAsync(now.AddDays(-Math.Max(0, settings.UnapprovedWeekDays)), cancellationToken);
            if (stale.Count > 0)
            {
                var ids = stale.Select(s => s.PlacementLearnerId).Distinct().ToList();
                var learners = await db.PlacementLearners.AsNoTracking().Where(l => ids.Contains(l.Id))
                    .Select(l => new { l.Id, l.EmployerId, l.MentorId, Name = l.Learner!.LastName + " " + l.Learner.FirstName })
                    .ToDictionaryAsync(l => l.Id, cancellationToken);
                foreach (var weeks in stale.GroupBy(s => s.PlacementLearnerId))
                {
                    var learner = learners[weeks.Key];
                    var title = $"{learner.Name}: {string.Join(", ", weeks.Select(w => w.WeekStart).Distinct().Order().Select(w => $"{w:dd.MM.yyyy}–{w.AddDays(6):dd.MM.yyyy}"))}";
                    var mentorId = weeks.Select(w => w.MentorId).FirstOrDefault(m => m is not null) ?? learner.MentorId;
                    if (mentorId is { } mentor)
                    {
                        candidates.Add(New(DiaryWeeksKey, DiarySubject, weeks.Key, title, now, n => n.RecipientMentorId = mentor));
                    }

                    if (learner.EmployerId is { } employer)
                    {
                        candidates.Add(New(DiaryWeeksKey, DiarySubject, weeks.Key, title, now, n => n.RecipientEmployerId = employer));
                    }
                }
            }

            // Placements that ended (completed, or in progress past their end date) with a learner whose assessment is
            // not final or not started.
            var pending = await db.Placements.AsNoTracking()
                .Where(p => p.RequiresAssessment && p.MentorId != null && Running.Contains(p.Status)
                    && (p.Status == PlacementStatus.Completed || p.EndDate < today)
                    && p.Learners.Any(l => !db.Assessments.Any(a => a.PlacementLearnerId == l.Id && a.Status == AssessmentStatus.Final)))
                .Select(p => new { p.Id, p.CollegeId, p.MentorId, Employer = p.Employer!.Name, p.StartDate, p.EndDate })
                .ToListAsync(cancellationToken);
            foreach (var p in pending)
            {
                var title = $"{p.Employer} {p.StartDate:dd.MM.yyyy}–{p.EndDate:dd.MM.yyyy}".Trim();
                candidates.Add(New(AssessmentsKey, AssessmentsSubject, p.Id, title, now, n => n.RecipientCollegeId = p.CollegeId));
                candidates.Add(New(AssessmentsKey, AssessmentsSubject, p.Id, title, now, n => n.RecipientMentorId = p.MentorId));
            }

            if (candidates.Count == 0)
            {
                return 0;
            }

            var since = now.AddDays(-Math.Max(0, settings.RepeatDays));
            var subjects = candidates.Select(c => c.SubjectId).Distinct().ToList();
            var recent = (await db.Notifications.AsNoTracking()
                    .Where(n => (n.MessageKey == DiaryWeeksKey || n.MessageKey == AssessmentsKey) && subjects.Contains(n.SubjectId) && n.CreatedAt > since)
                    .Select(n => new { n.MessageKey, n.SubjectId, n.RecipientCollegeId, n.RecipientEmployerId, n.RecipientMentorId })
                    .ToListAsync(cancellationToken))
                .Select(n => (n.MessageKey, n.SubjectId, n.RecipientCollegeId, n.RecipientEmployerId, n.RecipientMentorId))
                .ToHashSet();
            var added = candidates.Where(c => !recent.Contains((c.MessageKey, c.SubjectId, c.RecipientCollegeId, c.RecipientEmployerId, c.RecipientMentorId))).ToList();
            db.Notifications.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            return added.Count;
        }

        private static Notification New(string key, string subjectType, Guid subjectId, string title, DateTimeOffset at, Action<Notification> recipient)
        {
            var n = new Notification { MessageKey = key, SubjectType = subjectType, SubjectId = subjectId, SubjectTitle = title.Length > 300 ? title[..299] + "…" : title, CreatedAt = at };
            recipient(n);
            return n;
        }
    }
}

/// <summary>Runs <see cref="SendReminders.Handler"/> every <c>Reminders:IntervalMinutes</c> (off when 0), on one instance
/// at a time across the instances sharing the database (<see cref="ClusterJobLock"/>).</summary>
public sealed class ReminderService(IServiceScopeFactory scopes, ClusterJobLock cluster, IOptions<ReminderOptions> options, ILogger<ReminderService> logger)
    : BackgroundService
{
    public const string Job = "reminders";

    /// <summary>One run, unless another instance is reminding: returns whether this instance ran it.</summary>
    public Task<bool> RunOnceAsync(CancellationToken cancellationToken) => cluster.TryRunAsync(Job, async ct =>
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendReminders.Handler>().RemindAsync(ct);
    }, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.IntervalMinutes;
        if (interval <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(interval));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sending reminders failed");
            }
        }
    }
}
