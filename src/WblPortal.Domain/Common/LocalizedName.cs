namespace WblPortal.Domain.Common;

/// <summary>Picks the name for a UI culture from the Kyrgyz, Russian and English forms.</summary>
public static class LocalizedName
{
    public static string Pick(string ky, string ru, string? en, string cultureName) =>
        cultureName.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? ru
        : cultureName.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? (string.IsNullOrWhiteSpace(en) ? ru : en)
        : ky;
}
