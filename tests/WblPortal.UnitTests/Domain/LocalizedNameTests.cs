using WblPortal.Domain.Common;

namespace WblPortal.UnitTests.Domain;

public sealed class LocalizedNameTests
{
    [Theory]
    [InlineData("ky-KG", "en-name", "Кыргызча")]
    [InlineData("ky", "en-name", "Кыргызча")]
    [InlineData("ru-KG", "en-name", "Русский")]
    [InlineData("RU", "en-name", "Русский")]
    [InlineData("en", "en-name", "en-name")]
    [InlineData("en-US", "en-name", "en-name")]
    [InlineData("en", null, "Русский")]
    [InlineData("en", " ", "Русский")]
    [InlineData("fr-FR", "en-name", "Кыргызча")]
    [InlineData("", "en-name", "Кыргызча")]
    public void Pick_ChoosesTheCulturesNameWithRussianFallbackForEnglish(string culture, string? english, string expected)
    {
        Assert.Equal(expected, LocalizedName.Pick("Кыргызча", "Русский", english, culture));
    }
}
