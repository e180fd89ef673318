using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

/// <summary>A diary week may not total more hours than the Labour Code's weekly limit for the learner's age
/// (art. 91: under 16 — 24 h, 16–18 — 36 h; adults — 40 h), the limits given as reference data.</summary>
public class WeeklyHoursTests
{
    private static readonly WorkflowUser MentorUser = new("u-mentor", "Сыдыков Марат", Roles.Mentor);

    private static readonly WorkingTimeLimit[] Limits =
    [
        new() { Id = 1, MinAge = 0, MaxAge = 16, HoursPerWeek = 24, SourceKy = "КР Эмгек кодекси, 91-берене", SourceRu = "Трудовой кодекс КР, ст. 91", SourceEn = "Labour Code, art. 91" },
        new() { Id = 2, MinAge = 16, MaxAge = 18, HoursPerWeek = 36, SourceKy = "КР Эмгек кодекси, 91-берене", SourceRu = "Трудовой кодекс КР, ст. 91", SourceEn = "Labour Code, art. 91" },
        new() { Id = 3, MinAge = 18, MaxAge = null, HoursPerWeek = 40, SourceKy = "КР Эмгек кодекси", SourceRu = "Трудовой кодекс КР", SourceEn = "Labour Code" },
    ];

    private static readonly DateOnly Monday = new(2026, 4, 6);

    private readonly Placement _placement = In(PlacementStatus.InProgress);
    private readonly List<DiaryEntry> _entries = [];
    private readonly SafetyInduction _induction;

    public WeeklyHoursTests() =>
        _induction = SafetyInduction.Record(_placement.Learners[0], _placement, InductionTopics.All, new DateOnly(2026, 4, 1), "Токтосунов Эрлан",
            "Эмгекти коргоо инженери", MentorUser, At);

    private static DateOnly BornAged(int age) => Monday.AddYears(-age).AddDays(-30);

    private DiaryEntry Entry(DateOnly date, decimal hours, Guid? corrects = null) =>
        DiaryEntry.Write(_placement.Learners[0], _placement, _induction, _entries, new DiaryEntryContent(date, hours, "Станокту тазалоо", []), [], corrects,
            LearnerUser, At);

    private void Keep(DateOnly date, decimal hours) => _entries.Add(Entry(date, hours));

    private void FullDays(int days, decimal hours = 8)
    {
        for (var i = 0; i < days; i++)
        {
            Keep(Monday.AddDays(i), hours);
        }
    }

    [Theory]
    [InlineData(14, 24)]
    [InlineData(15, 24)]
    [InlineData(16, 36)]
    [InlineData(17, 36)]
    [InlineData(18, 40)]
    [InlineData(45, 40)]
    public void LimitFor_TakesTheBandOfTheAge(int age, int hours) =>
        Assert.Equal(hours, WeeklyHours.LimitFor(Limits, age)!.HoursPerWeek);

    [Fact]
    public void Check_AFifteenYearOldsFourthDayOfEightHours_IsRefusedNamingTheLimitAndTheWeek()
    {
        FullDays(3);

        var ex = Assert.Throws<WorkflowException>(() => WeeklyHours.Check(Limits, BornAged(15), _entries, Entry(Monday.AddDays(3), 1)));

        Assert.Equal(WeeklyHours.RefusalKey, ex.Key);
        Assert.Equal(24, ex.Arguments[0]);
        Assert.Equal("06.04.2026", ex.Arguments[1]);
        Assert.Equal("12.04.2026", ex.Arguments[2]);
        Assert.Equal(25m, ex.Arguments[3]);
        Assert.Equal(15, ex.Arguments[4]);
        Assert.Equal("Трудовой кодекс КР, ст. 91", ((LocalizedText)ex.Arguments[5]).Ru);
    }

    [Fact]
    public void Check_ASeventeenYearOld_MayReachThirtySixHoursButNotPassThem()
    {
        FullDays(4);

        WeeklyHours.Check(Limits, BornAged(17), _entries, Entry(Monday.AddDays(4), 4));
        Throws(WeeklyHours.RefusalKey, () => WeeklyHours.Check(Limits, BornAged(17), _entries, Entry(Monday.AddDays(4), 4.5m)));
    }

    [Fact]
    public void Check_AnAdult_MayWorkFortyHours()
    {
        FullDays(4);

        WeeklyHours.Check(Limits, BornAged(19), _entries, Entry(Monday.AddDays(4), 8));
        Keep(Monday.AddDays(4), 8);
        Throws(WeeklyHours.RefusalKey, () => WeeklyHours.Check(Limits, BornAged(19), _entries, Entry(Monday.AddDays(5), 1)));
    }

    [Fact]
    public void Check_AnEditedEntry_DoesNotCountItsOldHoursTwice()
    {
        FullDays(3);
        var monday = _entries[0];

        monday.Edit(_placement, _induction, _entries, new DiaryEntryContent(Monday, 8, "Станокту майлоо", []), [], LearnerUser);

        WeeklyHours.Check(Limits, BornAged(15), _entries, monday);
    }

    [Fact]
    public void Check_ACorrection_ReplacesTheHoursOfTheEntryItCites()
    {
        FullDays(3);
        var tuesday = _entries[1];
        tuesday.Submit(LearnerUser, At);
        DiaryEntry.ApproveWeek([tuesday], MentorUser, At);

        WeeklyHours.Check(Limits, BornAged(15), _entries, Entry(Monday.AddDays(1), 8, corrects: tuesday.Id));
        Throws(WeeklyHours.RefusalKey, () => WeeklyHours.Check(Limits, BornAged(15), _entries, Entry(Monday.AddDays(1), 9, corrects: tuesday.Id)));
    }

    [Fact]
    public void Check_OtherWeeksHours_DoNotCount()
    {
        FullDays(3);

        WeeklyHours.Check(Limits, BornAged(15), _entries, Entry(Monday.AddDays(7), 8));
    }

    [Fact]
    public void Check_ABirthdayInTheWeek_KeepsTheYoungerAgesLimitForThatWeek()
    {
        FullDays(3);
        var sixteenOnWednesday = Monday.AddDays(2).AddYears(-16);

        Throws(WeeklyHours.RefusalKey, () => WeeklyHours.Check(Limits, sixteenOnWednesday, _entries, Entry(Monday.AddDays(3), 1)));
        for (var i = 7; i < 10; i++)
        {
            Keep(Monday.AddDays(i), 8);
        }

        WeeklyHours.Check(Limits, sixteenOnWednesday, _entries, Entry(Monday.AddDays(10), 8)); // 32 h: the next week is a 16-year-old's
    }

    [Fact]
    public void Check_WithoutALimitForTheAge_RefusesNothing()
    {
        FullDays(5);

        WeeklyHours.Check(Limits[..2], BornAged(30), _entries, Entry(Monday.AddDays(5), 12));
    }
}
