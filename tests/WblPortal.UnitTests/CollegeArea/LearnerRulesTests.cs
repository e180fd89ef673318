using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Web;
using WblPortal.Web.Features.Learners;

namespace WblPortal.UnitTests.CollegeArea;

public sealed class LearnerRulesTests
{
    /// <summary>Answers each key as its own text, so tests see which message a rule chose.</summary>
    private sealed class KeyLocalizer<T> : IStringLocalizer<T>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    // 20:00 UTC on 14 March is already 15 March in Bishkek (UTC+6).
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 3, 14, 20, 0, 0, TimeSpan.Zero));

    private static readonly LearnerFieldsValidator Validator =
        new(new KeyLocalizer<SharedResource>(), new KeyLocalizer<CollegeResource>(), Clock);

    private static LearnerFields Adult(Action<LearnerFields>? change = null)
    {
        var fields = new LearnerFields
        {
            LastName = "Өмүрбекова", FirstName = "Айгүл", Pin = "11503200412345", DateOfBirth = new DateOnly(2004, 3, 15), Gender = Gender.Female,
        };
        change?.Invoke(fields);
        return fields;
    }

    private static Dictionary<string, string> Errors(LearnerFields fields) =>
        Validator.Validate(fields).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

    [Fact]
    public void Adult_WithoutRepresentative_IsValid() => Assert.Empty(Errors(Adult()));

    [Theory]
    [InlineData("1150320041234")]
    [InlineData("115032004123456")]
    [InlineData("1150320041234a")]
    [InlineData("1150320041234\u0663")] // an Arabic-Indic digit is not an ASCII digit
    public void Pin_NotFourteenAsciiDigits_IsRefused(string pin) =>
        Assert.Equal("Validation_Pin", Errors(Adult(f => f.Pin = pin))["Pin"]);

    [Fact]
    public void Pin_WithSurroundingSpaces_IsAccepted() => Assert.Empty(Errors(Adult(f => f.Pin = " 11503200412345 ")));

    [Fact]
    public void Minor_NeedsRepresentativeNameAndPhone()
    {
        var errors = Errors(Adult(f => f.DateOfBirth = new DateOnly(2008, 3, 16))); // 17 in Bishkek on 15.03.2026

        Assert.Equal("Validation_RepresentativeRequired", errors["RepresentativeName"]);
        Assert.Equal("Validation_RepresentativeRequired", errors["RepresentativePhone"]);
    }

    [Fact]
    public void EighteenthBirthdayToday_InBishkek_IsAdult() =>
        Assert.Empty(Errors(Adult(f => f.DateOfBirth = new DateOnly(2008, 3, 15))));

    [Fact]
    public void Minor_WithRepresentative_IsValid() =>
        Assert.Empty(Errors(Adult(f =>
        {
            f.DateOfBirth = new DateOnly(2010, 1, 1);
            f.RepresentativeName = "Өмүрбеков Таалай";
            f.RepresentativePhone = "0555123456";
        })));

    [Theory]
    [InlineData(2013, 3, 16, true)]  // 12 until tomorrow
    [InlineData(2013, 3, 15, false)] // 13 today
    [InlineData(1945, 3, 15, true)]  // 81
    [InlineData(1945, 3, 16, false)] // 80
    public void DateOfBirth_OutsideThirteenToEighty_IsRefused(int year, int month, int day, bool refused)
    {
        var errors = Errors(Adult(f =>
        {
            f.DateOfBirth = new DateOnly(year, month, day);
            f.RepresentativeName = "Р";
            f.RepresentativePhone = "0555123456";
        }));

        Assert.Equal(refused, errors.GetValueOrDefault("DateOfBirth") == "Validation_DateOfBirth");
    }

    [Theory]
    [InlineData("+7 701 123 45 67")]
    [InlineData("12345")]
    public void Phone_NotKyrgyz_IsRefused(string phone) =>
        Assert.Equal("Validation_Phone", Errors(Adult(f => f.Phone = phone))["Phone"]);

    [Fact]
    public void ApplyTo_StoresPhonesInE164AndDropsTheNoteWithoutTheFlag()
    {
        var learner = new WblPortal.Domain.Learners.Learner { LastName = "", FirstName = "", Pin = "" };

        Adult(f =>
        {
            f.Phone = "0 (700) 12-34-56";
            f.SpecialNeedsNote = "эскертүү";
            f.Patronymic = "  ";
        }).ApplyTo(learner);

        Assert.Equal(("+996700123456", null, null), (learner.Phone, learner.SpecialNeedsNote, learner.Patronymic));
    }

    [Fact]
    public void PinCheck_AgreeingPin_HasNoWarning() =>
        Assert.Empty(PinCheck.Warnings("11503200412345", new DateOnly(2004, 3, 15), Gender.Female));

    [Fact]
    public void PinCheck_OtherGenderAndDate_WarnsOfBoth() =>
        Assert.Equal([PinCheck.GenderMismatch, PinCheck.DateMismatch], PinCheck.Warnings("21503200412345", new DateOnly(2004, 3, 16), Gender.Female));

    [Fact]
    public void PinCheck_UnreadablePin_HasNoWarning() =>
        Assert.Empty(PinCheck.Warnings("31399200412345", new DateOnly(2004, 3, 15), Gender.Male));
}

public sealed class ImportValueTests
{
    [Theory]
    [InlineData("F", Gender.Female)]
    [InlineData("m", Gender.Male)]
    [InlineData("Ж", Gender.Female)]
    [InlineData("М", Gender.Male)] // Cyrillic
    [InlineData("а", Gender.Female)] // Cyrillic: аял
    [InlineData("Э", Gender.Male)]
    [InlineData(" эркек ", Gender.Male)]
    [InlineData("Женский", Gender.Female)]
    public void ParseGender_ReadsLatinKyrgyzAndRussian(string value, Gender expected) =>
        Assert.Equal(expected, ImportLearners.ParseGender(value));

    [Theory]
    [InlineData("X")]
    [InlineData("")]
    [InlineData("A")] // Latin A is not аял
    public void ParseGender_RefusesOtherValues(string value) => Assert.Null(ImportLearners.ParseGender(value));

    [Theory]
    [InlineData("", false)]
    [InlineData("ооба", true)]
    [InlineData("Да", true)]
    [InlineData("no", false)]
    [InlineData("жок", false)]
    [InlineData("1", true)]
    public void ParseYesNo_ReadsThreeLanguages(string value, bool expected) =>
        Assert.Equal(expected, ImportLearners.ParseYesNo(value));

    [Theory]
    [InlineData("15.03.2004", 2004, 3, 15)]
    [InlineData("5.3.2004", 2004, 3, 5)]
    public void ParseDate_ReadsDayMonthYear(string value, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ImportLearners.ParseDate(value));

    [Theory]
    [InlineData("2004-03-15")]
    [InlineData("03/15/2004")]
    [InlineData("31.02.2004")]
    public void ParseDate_RefusesOtherFormsAndImpossibleDates(string value) => Assert.Null(ImportLearners.ParseDate(value));

    [Fact]
    public void Template_IsTheColumnHeadersWithByteOrderMark() =>
        Assert.Equal("\uFEFF" + string.Join(",", ImportLearners.Columns.Select(c => c.Header)) + "\r\n",
            System.Text.Encoding.UTF8.GetString(ImportLearners.Template()));

    [Fact]
    public void Report_QuotesMessagesWithCommasAndEscapesFormulas()
    {
        var report = ImportLearners.Report([new ImportLearners.Problem(3, "PIN", "a, b"), new ImportLearners.Problem(null, null, "=1+1")], "Row", "Column", "Problem");

        Assert.Equal("Row,Column,Problem\r\n3,PIN,\"a, b\"\r\n,,\"'=1+1\"\r\n", report);
    }
}
