namespace WblPortal.Infrastructure.Documents;

/// <summary>Page set-up and running texts of a document.</summary>
public sealed record DocumentOptions
{
    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;

    public PageMargins Margins { get; init; } = PageMargins.Official;

    public string FontFamily { get; init; } = Fonts.DocumentFonts.Serif;

    /// <summary>Body text size in points.</summary>
    public double FontSize { get; init; } = 12;

    /// <summary>Line height as a multiple of the font size.</summary>
    public double LineSpacing { get; init; } = 1.2;

    /// <summary>Text at the top of every page, or null for none. May contain {0} (page) and {1} (page count).</summary>
    public string? HeaderText { get; init; }

    /// <summary>
    /// Footer text with {0} = page number and {1} = page count, e.g. "{0}-бет / {1}" or "Страница {0} из {1}";
    /// null for no footer.
    /// </summary>
    public string? FooterFormat { get; init; } = "{0} / {1}";

    public TextAlignment FooterAlignment { get; init; } = TextAlignment.Center;

    /// <summary>An absolute URL the footer of every page links to (the document's verification page), or null.</summary>
    public string? FooterLink { get; init; }

    /// <summary>Size of header and footer text.</summary>
    public double RunningTextSize { get; init; } = 9;

    /// <summary>Suppress the header and footer on a one-page document (an order on one sheet needs no "1 / 1").</summary>
    public bool OmitRunningTextsOnSinglePage { get; init; }

    /// <summary>The document's language (BCP 47, "ky-KG" or "ru-KG"): chooses the hyphenation rules and is written as
    /// the PDF's /Lang.</summary>
    public string Language { get; init; } = "ky-KG";

    public string? Title { get; init; }

    public string? Author { get; init; }

    /// <summary>Fix the creation date for reproducible output; null means now.</summary>
    public DateTime? CreationDate { get; init; }
}
