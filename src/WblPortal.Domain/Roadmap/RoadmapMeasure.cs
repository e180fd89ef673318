using WblPortal.Domain.Common;

namespace WblPortal.Domain.Roadmap;

public enum RoadmapStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Overdue = 4,
}

/// <summary>A measure of the concept's implementation roadmap (Appendix 1): reference data written by the migrations;
/// the ministry keeps its status and a note, everyone else reads it.</summary>
public class RoadmapMeasure : Entity
{
    public int Number { get; set; }
    public required string TextKy { get; set; }
    public required string TextRu { get; set; }
    public required string TextEn { get; set; }
    public required string Executors { get; set; }

    /// <summary>The year (or period) the concept sets, as printed there.</summary>
    public required string Deadline { get; set; }
    public string? CompletionFormKy { get; set; }
    public string? CompletionFormRu { get; set; }
    public string? CompletionFormEn { get; set; }
    public RoadmapStatus Status { get; set; } = RoadmapStatus.Planned;
    public string? Note { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedByName { get; set; }

    public void Update(RoadmapStatus status, string? note, string byName, DateTimeOffset at)
    {
        Status = status;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        UpdatedByName = byName;
        UpdatedAt = at;
    }
}
