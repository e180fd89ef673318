using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Diaries;

/// <summary>A row of a learner's diary workspace (induction, entries, evidence, mentor's notes): it belongs to one
/// <see cref="PlacementLearner"/> and carries the college, employer and learner ids for the filters and
/// the write rule (Infrastructure/Data/Access/DiaryAccess.cs). Which mentor may see it is decided by the placement learner row itself.</summary>
public interface IDiaryRow : ISharedWithEmployer
{
    Guid PlacementLearnerId { get; }
    Guid LearnerId { get; }
}

/// <summary>Common rules of the diary workspace.</summary>
public static class DiaryRules
{
    /// <summary>The Monday of the date's week: a diary's weeks run Monday to Sunday.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    internal static bool IsMentor(this WorkflowUser by) => by.Role == Roles.Mentor;

    /// <summary>Only placements shared with an employer have a workplace, a mentor and an induction.</summary>
    internal static void RequireWorkplace(Placement placement) =>
        Guard.That(placement.EmployerId is not null && placement.SharedWithEmployerAt is not null
            && placement.Status is PlacementStatus.Confirmed or PlacementStatus.MentorAssigned or PlacementStatus.InProgress
                or PlacementStatus.Completed or PlacementStatus.Assessed, "Diary_PlacementNotRunning");

    internal static void CopyIds(IDiaryRowIds row, PlacementLearner learner)
    {
        row.PlacementLearnerId = learner.Id;
        row.PlacementId = learner.PlacementId;
        row.CollegeId = learner.CollegeId;
        row.EmployerId = learner.EmployerId;
        row.LearnerId = learner.LearnerId;
    }
}

internal interface IDiaryRowIds
{
    Guid PlacementLearnerId { set; }
    Guid PlacementId { set; }
    Guid CollegeId { set; }
    Guid? EmployerId { set; }
    Guid LearnerId { set; }
}
