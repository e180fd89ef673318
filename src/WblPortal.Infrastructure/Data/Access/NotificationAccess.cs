using System.Linq.Expressions;
using WblPortal.Domain.Access;
using WblPortal.Domain.Notifications;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>Who may see and write inbox notifications and their reading marks.</summary>
public static class NotificationAccess
{
    /// <summary>An inbox belongs to its recipient (the e-mail and reminder jobs read all as the system). Readers of
    /// every other row (the ministry, the platform admin) are no recipients: their inbox holds nothing of the
    /// colleges'.</summary>
    public static readonly Expression<Func<WblDbContext, Notification, bool>> ReadNotifications =
        (db, n) => db.ScopeSystem
                   || (n.RecipientLearnerId != null && n.RecipientLearnerId == db.ScopeLearnerId)
                   || (n.RecipientMentorId != null && n.RecipientMentorId == db.ScopeMentorId)
                   || (db.ScopeLearnerId == null && n.RecipientCollegeId != null && n.RecipientCollegeId == db.ScopeCollegeId)
                   || (db.ScopeMentorId == null && n.RecipientEmployerId != null && n.RecipientEmployerId == db.ScopeEmployerId);

    /// <summary>Reading marks are each user's own, whoever the user is (the ministry's too); the system reads them all.</summary>
    public static readonly Expression<Func<WblDbContext, NotificationRead, bool>> ReadReads =
        (db, r) => db.ScopeSystem || r.UserId == db.ScopeUserId;

    /// <summary>Notification preferences are each user's own; the sending job and the Telegram webhook read them as the system.</summary>
    public static readonly Expression<Func<WblDbContext, NotificationPreference, bool>> ReadPreferences =
        (db, p) => db.ScopeSystem || p.UserId == db.ScopeUserId;

    /// <summary>Held copies are the sending job's alone.</summary>
    public static readonly Expression<Func<WblDbContext, NotificationDelivery, bool>> ReadDeliveries =
        (db, d) => db.ScopeSystem;

    /// <summary>Raised by a workflow step of the writer's organization (the ministry's steps notify colleges only);
    /// each user marks their own reading.</summary>
    public static bool CanWrite(Actor actor, object row) => row switch
    {
        Notification n when actor.Role == Roles.MinistryAnalyst => n.SenderOrganizationId == actor.OrganizationId && n.RecipientCollegeId is not null,
        NotificationRead r when actor.Role == Roles.MinistryAnalyst => r.UserId == actor.UserId,
        Notification n => actor.IsAuthenticated && n.SenderOrganizationId is not null && n.SenderOrganizationId == actor.OrganizationId,
        NotificationRead r => actor.IsAuthenticated && r.UserId == actor.UserId,
        NotificationPreference p => actor.IsAuthenticated && p.UserId == actor.UserId,
        _ => false,
    };
}
