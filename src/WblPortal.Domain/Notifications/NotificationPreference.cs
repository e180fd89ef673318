using WblPortal.Domain.Common;

namespace WblPortal.Domain.Notifications;

/// <summary>The events a user chooses channels for; every other notification is <see cref="Other"/>.</summary>
public enum NotificationKind
{
    WeekToApprove = 0,
    EntryReturned = 1,
    PlacementProposed = 2,
    AgreementToConfirm = 3,
    AssessmentToScore = 4,
    Other = 5,
}

/// <summary>Where a copy of a notification goes besides the inbox (which always gets it).</summary>
public enum NotificationChannel
{
    Email = 0,
    Telegram = 1,
}

public static class NotificationKinds
{
    public static readonly IReadOnlyList<NotificationKind> All = Enum.GetValues<NotificationKind>();

    /// <summary>Every kind switched on: the default of a user who never saved preferences.</summary>
    public static readonly int AllMask = All.Aggregate(0, (mask, kind) => mask | Bit(kind));

    public static int Bit(NotificationKind kind) => 1 << (int)kind;

    /// <summary>The kind of a notification's message (a WorkflowResource key).</summary>
    public static NotificationKind Of(string messageKey) => messageKey switch
    {
        "Notify_ReminderDiaryWeeks" => NotificationKind.WeekToApprove,
        "Notify_DiaryEntryReturned" => NotificationKind.EntryReturned,
        "Notify_PlacementProposed" => NotificationKind.PlacementProposed,
        "Notify_AgreementToConfirm" => NotificationKind.AgreementToConfirm,
        "Notify_ReminderAssessments" or "Notify_AssessmentHandedOver" => NotificationKind.AssessmentToScore,
        _ => NotificationKind.Other,
    };
}

/// <summary>One user's choice of channels per kind of notification, quiet hours (Bishkek time; copies are held until
/// they end) and a daily digest instead of single messages. A user without a row gets <see cref="Default"/>: every
/// kind by e-mail and Telegram (when linked), at once.</summary>
public class NotificationPreference : Entity
{
    public static readonly TimeOnly DefaultDigestAt = new(18, 0);

    public required string UserId { get; set; }
    public int EmailKinds { get; set; } = NotificationKinds.AllMask;
    public int TelegramKinds { get; set; } = NotificationKinds.AllMask;
    public TimeOnly? QuietFrom { get; set; }
    public TimeOnly? QuietTo { get; set; }
    public bool DailyDigest { get; set; }
    public TimeOnly DigestAt { get; set; } = DefaultDigestAt;

    /// <summary>The Telegram chat the user linked (by the one-time link); null when not linked.</summary>
    public long? TelegramChatId { get; set; }

    /// <summary>SHA-256 (hex) of the one-time linking token; the token itself is shown once and never stored.</summary>
    public string? TelegramLinkTokenHash { get; set; }

    public DateTimeOffset? TelegramLinkExpiresAt { get; set; }

    public static NotificationPreference Default(string userId) => new() { UserId = userId };

    public bool Wants(NotificationChannel channel, NotificationKind kind) =>
        ((channel == NotificationChannel.Email ? EmailKinds : TelegramKinds) & NotificationKinds.Bit(kind)) != 0;

    public bool HasQuietHours => QuietFrom is { } from && QuietTo is { } to && from != to;

    /// <summary>Whether a Bishkek wall-clock time falls in the quiet hours [from, to); a span whose end is before its
    /// start runs across midnight (22:00–07:00).</summary>
    public bool IsQuietAt(TimeOnly local)
    {
        if (!HasQuietHours)
        {
            return false;
        }

        var (from, to) = (QuietFrom!.Value, QuietTo!.Value);
        return from < to ? local >= from && local < to : local >= from || local < to;
    }

    /// <summary>When a copy of a notification raised at <paramref name="now"/> goes out: at once; or at the next digest
    /// time; and never inside the quiet hours (then when they end).</summary>
    public DateTimeOffset DueAt(DateTimeOffset now)
    {
        var due = DailyDigest ? Next(now, DigestAt) : now;
        var local = TimeOnly.FromDateTime(due.ToOffset(BishkekTime.Offset).DateTime);
        return IsQuietAt(local) ? Next(due, QuietTo!.Value) : due;
    }

    /// <summary>The first moment at or after <paramref name="after"/> when the Bishkek clock shows <paramref name="time"/>.</summary>
    private static DateTimeOffset Next(DateTimeOffset after, TimeOnly time)
    {
        var at = BishkekTime.At(BishkekTime.DayOf(after), time);
        return at >= after ? at : at.AddDays(1);
    }
}

/// <summary>One copy of a notification for one user on one channel, held until <see cref="DueAt"/> (quiet hours, the
/// daily digest) and marked when sent. Written and read by the sending job alone.</summary>
public class NotificationDelivery : Entity
{
    public Guid NotificationId { get; set; }
    public required string UserId { get; set; }
    public NotificationChannel Channel { get; set; }
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Goes out in the user's daily digest with the others due then, not as a message of its own.</summary>
    public bool Digest { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
