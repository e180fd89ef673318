using System.Globalization;
using WblPortal.Web.Localization;

namespace WblPortal.UnitTests.Localization;

public sealed class PortalCulturesTests
{
    [Theory]
    [InlineData("ky-KG")]
    [InlineData("ru-KG")]
    [InlineData("en")]
    public void Create_WritesShortDatesAsDayMonthYear(string name)
    {
        var culture = PortalCultures.Create(name);

        Assert.Equal("dd.MM.yyyy", culture.DateTimeFormat.ShortDatePattern);
        Assert.Equal("07.03.2026", new DateOnly(2026, 3, 7).ToString("d", culture));
        Assert.Equal("07.03.2026", new DateTime(2026, 3, 7, 0, 0, 0, DateTimeKind.Unspecified).ToString("d", culture));
        Assert.Equal(new DateOnly(2026, 3, 7), DateOnly.Parse("07.03.2026", culture));
    }

    [Fact]
    public void Names_AreKyrgyzFirstThenRussianAndEnglish()
    {
        Assert.Equal(["ky-KG", "ru-KG", "en"], PortalCultures.Names);
        Assert.Equal(PortalCultures.Names, PortalCultures.Create().Select(c => c.Name));
    }

    [Fact]
    public void Create_KeepsTheCulturesLanguage()
    {
        Assert.Equal("ky", PortalCultures.Create("ky-KG").TwoLetterISOLanguageName);
        Assert.Equal("ru", PortalCultures.Create("ru-KG").TwoLetterISOLanguageName);
        Assert.NotEqual(CultureInfo.InvariantCulture.Name, PortalCultures.Create("ky-KG").Name);
    }
}
