using WblPortal.Domain.Common;

namespace WblPortal.UnitTests.Domain;

public sealed class AcademicCalendarTests
{
    [Theory]
    [InlineData("2026-09-01", 2026)]
    [InlineData("2026-12-05", 2026)]
    [InlineData("2027-08-31", 2026)]
    [InlineData("2026-08-31", 2025)]
    public void YearOf_StartsOnTheFirstOfSeptember(string day, int year) =>
        Assert.Equal(year, AcademicCalendar.YearOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-07-31", 2025)]
    [InlineData("2026-08-01", 2026)]
    [InlineData("2026-12-05", 2026)]
    public void PlanningYearOf_LooksAMonthAhead(string day, int year) =>
        Assert.Equal(year, AcademicCalendar.PlanningYearOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-12-05", 2025)]
    [InlineData("2026-08-31", 2024)]
    public void PastYearOf_IsTheLastYearThatEnded(string day, int year) =>
        Assert.Equal(year, AcademicCalendar.PastYearOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
