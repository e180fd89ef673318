using WblPortal.Domain.Common;

namespace WblPortal.UnitTests.Domain;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("10105200712345", true)]
    [InlineData("0010520071234", false)]
    [InlineData("001052007123456", false)]
    [InlineData("1010520071234a", false)]
    [InlineData(" 10105200712345", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsPinAndIsInn_AcceptExactlyFourteenDigits(string? value, bool expected)
    {
        Assert.Equal(expected, Identifiers.IsPin(value));
        Assert.Equal(expected, Identifiers.IsInn(value));
    }

    [Theory]
    [InlineData("+996 (555) 12-34-56", "+996555123456")]
    [InlineData("+996555123456", "+996555123456")]
    [InlineData("996555123456", "+996555123456")]
    [InlineData("0555 12 34 56", "+996555123456")]
    [InlineData("555123456", "+996555123456")]
    [InlineData("+555123456", null)]
    [InlineData("+7 701 123 45 67", null)]
    [InlineData("12345", null)]
    [InlineData("1555123456", null)]
    [InlineData("   ", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void NormalizePhone_GivesKyrgyzE164OrNull(string? input, string? expected)
    {
        Assert.Equal(expected, Identifiers.NormalizePhone(input));
    }

    [Theory]
    [InlineData("10105200712345", Gender.Female, "2007-05-01")]
    [InlineData("23112199900001", Gender.Male, "1999-12-31")]
    [InlineData("30105200712345", null, "2007-05-01")]
    [InlineData("13213200712345", Gender.Female, null)]
    [InlineData("12902200800001", Gender.Female, "2008-02-29")]
    [InlineData("12902200700001", Gender.Female, null)]
    public void ReadPin_ReadsGenderAndBirthDate(string pin, Gender? gender, string? birthDate)
    {
        var (readGender, readDate) = Identifiers.ReadPin(pin);

        Assert.Equal(gender, readGender);
        Assert.Equal(birthDate is null ? null : DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), readDate);
    }

    [Theory]
    [InlineData("1010520071234")]
    [InlineData("abc")]
    [InlineData("")]
    public void ReadPin_OfNonPin_ReadsNothing(string pin)
    {
        Assert.Equal((null, null), Identifiers.ReadPin(pin));
    }
}
