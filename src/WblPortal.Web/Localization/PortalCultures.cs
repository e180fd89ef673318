using System.Globalization;

namespace WblPortal.Web.Localization;

/// <summary>The portal's three languages. Kyrgyz is the default; every culture writes dates as dd.MM.yyyy,
/// the local practice (ICU's ky-KG default is d/M/yyyy).</summary>
public static class PortalCultures
{
    public const string Kyrgyz = "ky-KG";
    public const string Russian = "ru-KG";
    public const string English = "en";
    public const string DatePattern = "dd.MM.yyyy";

    public static readonly IReadOnlyList<string> Names = [Kyrgyz, Russian, English];

    public static IList<CultureInfo> Create() => Names.Select(Create).ToList();

    public static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name);
        culture.DateTimeFormat.ShortDatePattern = DatePattern;
        culture.DateTimeFormat.DateSeparator = ".";
        return culture;
    }

    /// <summary>The short label of a culture in the language switch.</summary>
    public static string Label(string name) => name switch
    {
        Kyrgyz => "Кыргызча",
        Russian => "Русский",
        _ => "English",
    };
}
