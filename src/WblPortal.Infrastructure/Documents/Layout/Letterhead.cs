namespace WblPortal.Infrastructure.Documents;

/// <summary>The organization's letterhead at the top of the first page.</summary>
public sealed record Letterhead(string OrganizationName, string? Address = null, byte[]? Logo = null)
{
    /// <summary>Name in the second state language for a bilingual blank (Kyrgyz left, Russian right, logo between).</summary>
    public string? SecondName { get; init; }

    public string? SecondAddress { get; init; }

    /// <summary>Further small lines under the address (phone, e-mail, ИНН).</summary>
    public string? Details { get; init; }

    public double LogoHeight { get; init; } = 52;
}
