using WblPortal.Domain.Common;

namespace WblPortal.Web.Infrastructure.Lists;

/// <summary>The "waiting for me" lists (assessments to score, diaries to approve or countersign) open on what the user
/// can act on now: rows of the current academic year (from 1 September, Bishkek time, by <see cref="TimeProvider"/>)
/// and later, waiting on the user's side, oldest due first. Past years and finished rows are one click away
/// (<c>?all=true</c>); a list narrowed to one placement always shows all of it.</summary>
public static class WorkList
{
    /// <summary>The academic year "today" falls in (2026 for 2026–2027).</summary>
    public static int CurrentAcademicYear(TimeProvider clock) => AcademicCalendar.YearOf(clock.BishkekToday());

    /// <summary>The first day of the current academic year: a row whose placement starts earlier is of a past year.</summary>
    public static DateOnly CurrentYearStart(TimeProvider clock) => AcademicCalendar.StartOf(CurrentAcademicYear(clock));
}

/// <summary>The line above a work list saying what it shows, with the link to the other view
/// (<c>Views/Shared/_WorkListScope.cshtml</c>).</summary>
/// <param name="IsWorkList">the default view: current year, waiting items</param>
/// <param name="ShowsAll">the "all" view (<c>?all=true</c>); neither means the list is narrowed to one placement</param>
public sealed record WorkListScope(bool IsWorkList, bool ShowsAll, int AcademicYear);
