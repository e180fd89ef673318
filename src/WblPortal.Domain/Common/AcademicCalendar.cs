using System.Globalization;

namespace WblPortal.Domain.Common;

/// <summary>The academic year runs from 1 September to 31 August and is named by its first calendar year
/// (2026 = 2026–2027). Every page, list and report that speaks of "the current year" or "the past year" asks here.</summary>
public static class AcademicCalendar
{
    public const int FirstMonth = 9;

    /// <summary>The first day of an academic year.</summary>
    public static DateOnly StartOf(int year) => new(year, FirstMonth, 1);

    /// <summary>The last day of an academic year (31 August of the next calendar year).</summary>
    public static DateOnly EndOf(int year) => StartOf(year + 1).AddDays(-1);

    /// <summary>How people write the year: "2026–2027" (en dash), the same in every language.</summary>
    public static string Label(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}–{year + 1}");

    /// <summary>The academic year a day falls in.</summary>
    public static int YearOf(DateOnly day) => day.Month >= FirstMonth ? day.Year : day.Year - 1;

    /// <summary>The year a college plans for: from August, the year that starts next month.</summary>
    public static int PlanningYearOf(DateOnly day) => YearOf(day.AddMonths(1));

    /// <summary>The last academic year that has ended: the one an annual report covers.</summary>
    public static int PastYearOf(DateOnly day) => YearOf(day) - 1;
}
