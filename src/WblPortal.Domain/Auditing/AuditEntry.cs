namespace WblPortal.Domain.Auditing;

public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
}

/// <summary>One insert, update or delete of a domain row, written in the same transaction as the change.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public Guid? OrganizationId { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>JSON object: property name → { "old": …, "new": … }.</summary>
    public required string Changes { get; set; }
}
