using WblPortal.Domain.Common;

namespace WblPortal.Domain.Workflows;

/// <summary>One step of a workflow: who (user id and name), when, from which status to which, and what changed.
/// Each aggregate keeps its own history table.</summary>
public abstract class WorkflowHistoryEntry : Entity
{
    public DateTimeOffset At { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public string? FromStatus { get; set; }
    public string ToStatus { get; set; } = "";
    public string? Comment { get; set; }
}

public static class WorkflowHistoryEntryExtensions
{
    /// <summary>Fills in the step every history row records: what was done, from which status to which, by whom,
    /// when and why. The aggregate sets only its own ids.</summary>
    public static T Describing<T>(this T entry, string action, Enum? from, Enum to, WorkflowUser by, DateTimeOffset at, string? comment)
        where T : WorkflowHistoryEntry
    {
        entry.Action = action;
        entry.FromStatus = from?.ToString();
        entry.ToStatus = to.ToString();
        entry.UserId = by.UserId;
        entry.UserName = by.Name;
        entry.At = at;
        entry.Comment = comment;
        return entry;
    }
}

/// <summary>A row shared by a college and (optionally) an employer; both ids are copied onto child rows because
/// query filters act only at the query root.</summary>
public interface ISharedWithEmployer : ICollegeOwned
{
    Guid? SharedEmployerId { get; }
}
