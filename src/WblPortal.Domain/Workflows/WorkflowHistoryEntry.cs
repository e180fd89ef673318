using WblPortal.Domain.Common;

namespace WblPortal.Domain.Workflows;

/// <summary>One step of a workflow: who (user id and name), when, from which status to which, and what changed.
/// Each aggregate keeps its own history table.</summary>
public abstract class WorkflowHistoryEntry : Entity
{
    public DateTimeOffset At { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public string? FromStatus { get; set; }
    public required string ToStatus { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A row shared by a college and (optionally) an employer; both ids are copied onto child rows because
/// query filters act only at the query root.</summary>
public interface ISharedWithEmployer : ICollegeOwned
{
    Guid? SharedEmployerId { get; }
}
