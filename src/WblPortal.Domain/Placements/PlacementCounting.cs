namespace WblPortal.Domain.Placements;

/// <summary>Which placements count as "in WBL".</summary>
public static class PlacementCounting
{
    /// <summary>The statuses of a placement that took place: the one definition of "in WBL" for the national figures and
    /// the colleges' annual reports (<c>CollegeYearFiguresQuery</c>); the materialized views of the national figures
    /// spell the same list in SQL.</summary>
    public static readonly PlacementStatus[] CountedStatuses = [PlacementStatus.InProgress, PlacementStatus.Completed, PlacementStatus.Assessed];
}
