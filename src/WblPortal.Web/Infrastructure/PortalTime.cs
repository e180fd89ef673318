using WblPortal.Domain.Common;
using System.Globalization;

namespace WblPortal.Web.Infrastructure;

/// <summary>How the portal shows an instant: always in Bishkek time (UTC+6 all year, no daylight saving), whatever the
/// server's zone or the offset the value carries (PostgreSQL hands timestamptz back in UTC), as <c>dd.MM.yyyy HH:mm</c>
/// in every language. Views use the <c>&lt;local-time value="..."/&gt;</c> tag helper; texts built in code use these.</summary>
public static class PortalTime
{
    public const string DateTimePattern = "dd.MM.yyyy HH:mm";
    public const string DatePattern = "dd.MM.yyyy";

    public static DateTimeOffset InBishkek(this DateTimeOffset at) => at.ToOffset(BishkekTime.Offset);

    /// <summary>Date and time in Bishkek: "16.11.2026 20:24".</summary>
    public static string Format(DateTimeOffset at) => at.InBishkek().ToString(DateTimePattern, CultureInfo.InvariantCulture);

    /// <summary>The calendar day in Bishkek of an instant: "16.11.2026" (the UTC day differs from 18:00 to midnight UTC).</summary>
    public static string FormatDate(DateTimeOffset at) => at.InBishkek().ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? at) => at is { } value ? Format(value) : "";

    public static string FormatDate(DateTimeOffset? at) => at is { } value ? FormatDate(value) : "";
}
