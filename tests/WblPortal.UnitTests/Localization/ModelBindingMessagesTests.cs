using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Web.Localization;

namespace WblPortal.UnitTests.Localization;

public sealed class ModelBindingMessagesTests
{
    private sealed class Form
    {
        public int Count { get; set; }
        public decimal? Amount { get; set; }
        public DateOnly Start { get; set; }
        public Guid Id { get; set; }
    }

    [Theory]
    [InlineData("ky-KG", nameof(Form.Count), "Сан жазыңыз.")]
    [InlineData("ru-KG", nameof(Form.Amount), "Введите число.")]
    [InlineData("en", nameof(Form.Count), "Enter a number.")]
    [InlineData("ky-KG", nameof(Form.Start), "Күндү кк.аа.жжжж түрүндө жазыңыз.")]
    [InlineData("ru-KG", nameof(Form.Start), "Введите дату в формате дд.мм.гггг.")]
    [InlineData("en", nameof(Form.Id), "The value 'abc' is not valid for Id.")]
    [InlineData("ru-KG", nameof(Form.Id), "Значение «abc» недопустимо для поля «Id».")]
    public void AttemptedValueIsInvalid_SpeaksTheUsersLanguageAndNamesWhatToEnter(string culture, string property, string expected)
    {
        var metadata = MetadataProvider().GetMetadataForProperty(typeof(Form), property);

        var message = InCulture(culture, () => metadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor("abc", property));

        Assert.Equal(expected, message);
    }

    [Theory]
    [InlineData("ky-KG", "Бул талааны толтуруңуз.")]
    [InlineData("en", "Fill in this field.")]
    public void ValueMustNotBeNull_IsLocalized(string culture, string expected)
    {
        var metadata = MetadataProvider().GetMetadataForProperty(typeof(Form), nameof(Form.Count));

        Assert.Equal(expected, InCulture(culture, () => metadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor("x")));
    }

    private static IModelMetadataProvider MetadataProvider()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddMvcCore();
        services.ConfigureOptions<LocalizedModelBindingMessages>();
        return services.BuildServiceProvider().GetRequiredService<IModelMetadataProvider>();
    }

    private static string InCulture(string culture, Func<string> message)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = PortalCultures.Create(culture);
            return message();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
