using System.Globalization;

namespace WblPortal.Web.Infrastructure;

/// <summary>How a date is typed into the portal's forms: <c>dd.MM.yyyy</c> (the local practice) in every language,
/// with <c>d.M.yyyy</c> tolerated; ISO <c>yyyy-MM-dd</c> is accepted too, for links (<c>?week=2026-12-07</c>), old
/// bookmarks and clients posting machine dates. A date with a time (events) is <c>dd.MM.yyyy HH:mm</c>, or ISO
/// <c>yyyy-MM-ddTHH:mm</c>. Used by the date model binder and the date input tag helper, so that what a form shows is
/// what it reads back.</summary>
public static class DateText
{
    public const string DatePattern = "dd.MM.yyyy";
    public const string DateTimePattern = "dd.MM.yyyy HH:mm";

    /// <summary>The HTML <c>pattern</c> of a date field: the local form or ISO.</summary>
    public const string DateHtmlPattern = @"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}";

    /// <summary>The HTML <c>pattern</c> of a date-and-time field.</summary>
    public const string DateTimeHtmlPattern = @"\d{1,2}\.\d{1,2}\.\d{4}( \d{1,2}:\d{2})?|\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?";

    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    private static readonly string[] DateTimeFormats =
        ["dd.MM.yyyy HH:mm", "d.M.yyyy H:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Why a text is not a date.</summary>
    public enum Problem
    {
        None,

        /// <summary>Not written as a date at all ("abc", "12/05/2026").</summary>
        Format,

        /// <summary>Written as a date, but no such day exists ("31.02.2027", "00.13.2026").</summary>
        NoSuchDay,
    }

    public static Problem TryParseDate(string? text, out DateOnly date)
    {
        var value = text?.Trim() ?? "";
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return Problem.None;
        }

        return LooksLikeDate(value) ? Problem.NoSuchDay : Problem.Format;
    }

    public static Problem TryParseDateTime(string? text, out DateTime at)
    {
        var value = text?.Trim() ?? "";
        if (DateTime.TryParseExact(value, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            return Problem.None;
        }

        // A date alone means its start: "05.12.2026" is 05.12.2026 00:00.
        if (TryParseDate(value, out var day) == Problem.None)
        {
            at = day.ToDateTime(TimeOnly.MinValue);
            return Problem.None;
        }

        at = default;
        return LooksLikeDate(value.Split(' ', 'T')[0]) ? Problem.NoSuchDay : Problem.Format;
    }

    public static string Format(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string Format(DateTime at) => at.ToString(DateTimePattern, CultureInfo.InvariantCulture);

    /// <summary>Digits in the shape of a date (so that the user is told the day does not exist rather than that the
    /// format is wrong).</summary>
    private static bool LooksLikeDate(string value)
    {
        var parts = value.Split('.');
        if (parts.Length == 3 && parts[0].Length is 1 or 2 && parts[1].Length is 1 or 2 && parts[2].Length == 4)
        {
            return parts.All(p => p.All(char.IsAsciiDigit));
        }

        parts = value.Split('-');
        return parts.Length == 3 && parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2
            && parts.All(p => p.All(char.IsAsciiDigit));
    }
}
