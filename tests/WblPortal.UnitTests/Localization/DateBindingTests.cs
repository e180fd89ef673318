using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using WblPortal.Web.Infrastructure.BadInput;
using WblPortal.Web.Localization;

namespace WblPortal.UnitTests.Localization;

/// <summary>The one binder of every date field: dd.MM.yyyy in every language, ISO too, and a clear message in the
/// user's language for junk and for days that do not exist.</summary>
public sealed class DateBindingTests
{
    private sealed class Form
    {
        public DateOnly? Start { get; set; }
        public DateOnly Day { get; set; }
        public DateTime? StartsAt { get; set; }
    }

    private static readonly IServiceProvider Services = BuildServices();

    [Theory]
    [InlineData("05.12.2026", 2026, 12, 5)]
    [InlineData("5.1.2027", 2027, 1, 5)]
    [InlineData(" 29.02.2028 ", 2028, 2, 29)]
    [InlineData("2026-12-05", 2026, 12, 5)] // ISO: links (?week=…), old bookmarks, machine clients
    public void DayMonthYearOrIso_IsBound_InEveryCulture(string text, int year, int month, int day)
    {
        foreach (var culture in PortalCultures.Names)
        {
            var (result, state, _) = Bind(culture, nameof(Form.Start), text);

            Assert.True(result.IsModelSet, $"{text} in {culture}");
            Assert.Equal(new DateOnly(year, month, day), result.Model);
            Assert.Equal(0, state.ErrorCount);
        }
    }

    [Fact]
    public void Empty_IsNoDate_ForANullableField()
    {
        var (result, state, _) = Bind(PortalCultures.Kyrgyz, nameof(Form.Start), "  ");

        Assert.True(result.IsModelSet);
        Assert.Null(result.Model);
        Assert.Equal(0, state.ErrorCount);
    }

    [Theory]
    [InlineData("ky-KG", "31.02.2027", "«31.02.2027» — календарда мындай күн жок: күндү жана айды текшериңиз.")]
    [InlineData("ru-KG", "31.02.2027", "«31.02.2027» — такой даты нет в календаре: проверьте день и месяц.")]
    [InlineData("en", "00.13.2026", "«00.13.2026» is not a date in the calendar: check the day and the month.")]
    [InlineData("ru-KG", "2027-02-30", "«2027-02-30» — такой даты нет в календаре: проверьте день и месяц.")]
    [InlineData("ky-KG", "abc", "Күндү кк.аа.жжжж түрүндө жазыңыз, мисалы 05.12.2026.")]
    [InlineData("ru-KG", "12/05/2026", "Введите дату в формате дд.мм.гггг, например 05.12.2026.")]
    [InlineData("en", "05.12.26", "Enter the date as dd.mm.yyyy, for example 05.12.2026.")]
    [InlineData("ky-KG", "05.12.2026 10:00", "Күндү кк.аа.жжжж түрүндө жазыңыз, мисалы 05.12.2026.")]
    public void Junk_IsRefused_WithAMessageInTheUsersLanguage_KeepingTheTypedText(string culture, string text, string expected)
    {
        var (result, state, http) = Bind(culture, nameof(Form.Start), text);

        Assert.False(result.IsModelSet);
        var entry = state[nameof(Form.Start)]!;
        Assert.Equal(expected, Assert.Single(entry.Errors).ErrorMessage);
        Assert.Equal(text, entry.AttemptedValue); // redisplayed for the user to correct
        Assert.Contains(expected, Assert.Single(StrictBindingProvider.FailuresOf(http))); // a GET with it answers 400
    }

    [Fact]
    public void NonNullableDate_IsBoundToo()
    {
        var (result, _, _) = Bind(PortalCultures.English, nameof(Form.Day), "07.06.2027");

        Assert.Equal(new DateOnly(2027, 6, 7), result.Model);
    }

    [Theory]
    [InlineData("01.12.2026 15:30", 2026, 12, 1, 15, 30)]
    [InlineData("2026-12-02T09:00", 2026, 12, 2, 9, 0)]
    [InlineData("03.12.2026", 2026, 12, 3, 0, 0)]
    public void DateAndTime_IsBound(string text, int year, int month, int day, int hour, int minute)
    {
        var (result, _, _) = Bind(PortalCultures.Russian, nameof(Form.StartsAt), text);

        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), result.Model);
    }

    [Theory]
    [InlineData("31.11.2026 10:00", "«31.11.2026 10:00» — такой даты нет в календаре: проверьте день и месяц.")]
    [InlineData("завтра", "Введите дату и время в формате дд.мм.гггг чч:мм, например 05.12.2026 14:30.")]
    public void DateAndTime_Junk_IsRefused(string text, string expected)
    {
        var (result, state, _) = Bind(PortalCultures.Russian, nameof(Form.StartsAt), text);

        Assert.False(result.IsModelSet);
        Assert.Equal(expected, Assert.Single(state[nameof(Form.StartsAt)]!.Errors).ErrorMessage);
    }

    [Fact]
    public void OtherTypes_AreLeftToOtherBinders()
    {
        var metadata = Services.GetRequiredService<IModelMetadataProvider>().GetMetadataForType(typeof(int));

        Assert.Null(new DateBinderProvider().GetBinder(new ProviderContext(metadata)));
    }

    private static (ModelBindingResult Result, ModelStateDictionary State, HttpContext Http) Bind(string culture, string property, string text)
    {
        var metadata = Services.GetRequiredService<IModelMetadataProvider>().GetMetadataForProperty(typeof(Form), property);
        var binder = new DateBinderProvider().GetBinder(new ProviderContext(metadata))!;
        var http = new DefaultHttpContext { RequestServices = Services };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor(), new ModelStateDictionary());
        var values = new QueryStringValueProvider(BindingSource.Query,
            new QueryCollection(new Dictionary<string, StringValues> { [property] = text }), CultureInfo.InvariantCulture);
        var context = DefaultModelBindingContext.CreateBindingContext(action, values, metadata, bindingInfo: null, modelName: property);

        var saved = CultureInfo.CurrentUICulture;
        var savedCulture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = PortalCultures.Create(culture);
            binder.BindModelAsync(context).GetAwaiter().GetResult();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
            CultureInfo.CurrentCulture = savedCulture;
        }

        return (context.Result, action.ModelState, http);
    }

    private static IServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddMvcCore();
        return services.BuildServiceProvider();
    }

    private sealed class ProviderContext(ModelMetadata metadata) : ModelBinderProviderContext
    {
        public override BindingInfo BindingInfo { get; } = new();

        public override ModelMetadata Metadata => metadata;

        public override IModelMetadataProvider MetadataProvider => Services.GetRequiredService<IModelMetadataProvider>();

        public override IModelBinder CreateBinder(ModelMetadata metadata) => throw new NotSupportedException();
    }
}
