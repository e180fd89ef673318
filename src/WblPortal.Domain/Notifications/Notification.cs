using WblPortal.Domain.Common;

namespace WblPortal.Domain.Notifications;

/// <summary>An inbox item for a step waiting on another party. The recipient is an organization (college or
/// employer inbox) or one learner or mentor. <see cref="MessageKey"/> is a WorkflowResource key; the e-mail copy is
/// sent later by a background job, which sets <see cref="EmailSentAt"/>.</summary>
public class Notification : Entity
{
    public Guid? RecipientCollegeId { get; set; }
    public Guid? RecipientEmployerId { get; set; }
    public Guid? RecipientLearnerId { get; set; }
    public Guid? RecipientMentorId { get; set; }

    /// <summary>The organization whose step raised it, set by the persistence layer to the writer's (the scope for
    /// inserting it).</summary>
    public Guid? SenderOrganizationId { get; set; }

    public required string MessageKey { get; set; }
    public required string SubjectType { get; set; }
    public Guid SubjectId { get; set; }
    public string? SubjectTitle { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EmailSentAt { get; set; }
}

/// <summary>One user's reading of a notification: an organization's inbox is shared, but each of its users marks
/// what they have read for themselves.</summary>
public class NotificationRead : Entity
{
    public Guid NotificationId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}

/// <summary>An aggregate whose transitions raise notifications; the persistence layer adds them to the same
/// SaveChanges as the transition.</summary>
public interface IRaisesNotifications
{
    IReadOnlyList<Notification> RaisedNotifications { get; }

    void ClearRaisedNotifications();
}

/// <summary>Collects raised notifications for an aggregate (not mapped).</summary>
public sealed class NotificationOutbox
{
    private readonly List<Notification> _items = [];

    public IReadOnlyList<Notification> Items => _items;

    public void Clear() => _items.Clear();

    public void ToCollege(Guid collegeId, string key, string subjectType, Guid subjectId, string? title, DateTimeOffset at) =>
        _items.Add(New(key, subjectType, subjectId, title, at, n => n.RecipientCollegeId = collegeId));

    public void ToEmployer(Guid employerId, string key, string subjectType, Guid subjectId, string? title, DateTimeOffset at) =>
        _items.Add(New(key, subjectType, subjectId, title, at, n => n.RecipientEmployerId = employerId));

    public void ToLearner(Guid learnerId, string key, string subjectType, Guid subjectId, string? title, DateTimeOffset at) =>
        _items.Add(New(key, subjectType, subjectId, title, at, n => n.RecipientLearnerId = learnerId));

    public void ToMentor(Guid mentorId, string key, string subjectType, Guid subjectId, string? title, DateTimeOffset at) =>
        _items.Add(New(key, subjectType, subjectId, title, at, n => n.RecipientMentorId = mentorId));

    private static Notification New(string key, string subjectType, Guid subjectId, string? title, DateTimeOffset at, Action<Notification> recipient)
    {
        var n = new Notification { MessageKey = key, SubjectType = subjectType, SubjectId = subjectId, SubjectTitle = title, CreatedAt = at };
        recipient(n);
        return n;
    }
}
