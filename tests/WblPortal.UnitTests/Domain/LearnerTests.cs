using WblPortal.Domain.Learners;

namespace WblPortal.UnitTests.Domain;

public sealed class LearnerTests
{
    [Theory]
    [InlineData("2008-05-01", "2026-04-30", 17)]
    [InlineData("2008-05-01", "2026-05-01", 18)]
    [InlineData("2008-05-01", "2026-05-02", 18)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("2010-12-31", "2011-01-01", 0)]
    public void AgeOn_CountsFullYears(string birth, string day, int age)
    {
        Assert.Equal(age, Learner.AgeOn(Date(birth), Date(day)));
    }

    [Theory]
    [InlineData("2008-05-01", "2026-04-30", true)]
    [InlineData("2008-05-01", "2026-05-01", false)]
    [InlineData("2000-01-01", "2026-05-01", false)]
    public void IsMinorOn_IsUnderEighteen(string birth, string day, bool minor)
    {
        var learner = new Learner { LastName = "А", FirstName = "Б", Pin = "10105200712345", DateOfBirth = Date(birth) };

        Assert.Equal(minor, learner.IsMinorOn(Date(day)));
    }

    [Theory]
    [InlineData(null, "Өмүрбекова Айгүл")]
    [InlineData(" ", "Өмүрбекова Айгүл")]
    [InlineData("Бакытовна", "Өмүрбекова Айгүл Бакытовна")]
    public void FullName_JoinsNamesAndSkipsEmptyPatronymic(string? patronymic, string expected)
    {
        var learner = new Learner { LastName = "Өмүрбекова", FirstName = "Айгүл", Patronymic = patronymic, Pin = "10105200712345" };

        Assert.Equal(expected, learner.FullName);
    }

    private static DateOnly Date(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
