using System.Globalization;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>The state language an official document is printed in.</summary>
public enum DocumentLanguage
{
    Ky = 1,
    Ru = 2,
}

public static class DocumentLanguages
{
    /// <summary>"ky" or "ru" (a culture name such as "ru-KG" works too); anything else is Kyrgyz, the default.</summary>
    public static DocumentLanguage Parse(string? value) =>
        value is not null && value.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? DocumentLanguage.Ru : DocumentLanguage.Ky;

    public static string Code(this DocumentLanguage language) => language == DocumentLanguage.Ru ? "ru" : "ky";

    /// <summary>Picks the Kyrgyz or Russian form.</summary>
    public static string Pick(this DocumentLanguage language, string ky, string ru) => language == DocumentLanguage.Ru ? ru : ky;
}

/// <summary>Dates as official papers write them: "2024-жылдын 29-майындагы" / "29 мая 2024 г.", and dd.MM.yyyy.</summary>
public static class OfficialDates
{
    // Kyrgyz month names with the locative-attributive (-дагы), ablative (-дан) and dative (-га) endings.
    private static readonly string[] KyAttributive =
        ["январындагы", "февралындагы", "мартындагы", "апрелиндеги", "майындагы", "июнундагы", "июлундагы", "августундагы", "сентябрындагы", "октябрындагы", "ноябрындагы", "декабрындагы"];

    private static readonly string[] KyFrom =
        ["январынан", "февралынан", "мартынан", "апрелинен", "майынан", "июнунан", "июлунан", "августунан", "сентябрынан", "октябрынан", "ноябрынан", "декабрынан"];

    private static readonly string[] KyTo =
        ["январына", "февралына", "мартына", "апрелине", "майына", "июнуна", "июлуна", "августуна", "сентябрына", "октябрына", "ноябрына", "декабрына"];

    private static readonly string[] RuGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    public static string Short(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00A0" };

    /// <summary>A share as the portal's pages write it in ky and ru: "42,1 %" (decimal comma, the sign kept on the line).</summary>
    public static string Percent(decimal value) => Number(value) + "\u00A0%";

    /// <summary>A number with at most one decimal, with a decimal comma: "42,1", "576".</summary>
    public static string Number(decimal value) => value.ToString("0.#", DecimalComma);

    /// <summary>"2024-жылдын 29-майындагы" / "от 29 мая 2024 г." — the date of an act, before its number.</summary>
    public static string OfAct(DateOnly date, DocumentLanguage language) => language == DocumentLanguage.Ru
        ? $"от {date.Day} {RuGenitive[date.Month - 1]} {date.Year} г."
        : $"{date.Year}-жылдын {date.Day}-{KyAttributive[date.Month - 1]}";

    /// <summary>"2026-жылдын 1-апрелинен 28-апрелине чейин" / "с 1 апреля 2026 г. по 28 апреля 2026 г.".</summary>
    public static string Period(DateOnly start, DateOnly end, DocumentLanguage language)
    {
        if (language == DocumentLanguage.Ru)
        {
            return $"с {start.Day} {RuGenitive[start.Month - 1]} {start.Year} г. по {end.Day} {RuGenitive[end.Month - 1]} {end.Year} г.";
        }

        var from = $"{start.Year}-жылдын {start.Day}-{KyFrom[start.Month - 1]}";
        var to = start.Year == end.Year ? $"{end.Day}-{KyTo[end.Month - 1]}" : $"{end.Year}-жылдын {end.Day}-{KyTo[end.Month - 1]}";
        return $"{from} {to} чейин";
    }

    /// <summary>"2024-жылдын 29-майындагы №825/1 буйругу" / "приказ №825/1 от 29 мая 2024 г.".</summary>
    public static string OrderReference(string number, DateOnly date, DocumentLanguage language) => language == DocumentLanguage.Ru
        ? $"приказ №{number} {OfAct(date, language)}"
        : $"{OfAct(date, language)} №{number} буйругу";
}
