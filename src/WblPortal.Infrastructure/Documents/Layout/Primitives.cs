using PdfSharp.Drawing;

namespace WblPortal.Infrastructure.Documents;

/// <summary>A font face at a size. Family is one of <see cref="Fonts.DocumentFonts"/>' families.</summary>
public readonly record struct FontSpec(string Family, double Size, bool Bold = false, bool Italic = false)
{
    public XFontStyleEx Style => (Bold, Italic) switch
    {
        (true, true) => XFontStyleEx.BoldItalic,
        (true, false) => XFontStyleEx.Bold,
        (false, true) => XFontStyleEx.Italic,
        _ => XFontStyleEx.Regular,
    };

    public FontSpec With(bool bold, bool italic) => this with { Bold = bold, Italic = italic };
}

/// <summary>A piece of text with its emphasis; paragraphs are sequences of runs (e.g. a bold label then plain text).</summary>
public readonly record struct TextRun(string Text, bool Bold = false, bool Italic = false)
{
    public static TextRun Plain(string text) => new(text);

    public static TextRun Strong(string text) => new(text, Bold: true);

    public static TextRun Emphasis(string text) => new(text, Italic: true);

    public static implicit operator TextRun(string text) => new(text);
}

public enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}

public enum PageOrientation
{
    Portrait,
    Landscape,
}

/// <summary>Lengths are PDF points (1/72 in); these convert from the millimetres documents are specified in.</summary>
public static class Units
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public static double Mm(double millimetres) => millimetres * PointsPerMillimetre;

    public const double A4ShortSide = 595.2756; // 210 mm
    public const double A4LongSide = 841.8898;  // 297 mm
}

/// <summary>Page margins in points.</summary>
public readonly record struct PageMargins(double Top, double Right, double Bottom, double Left)
{
    /// <summary>The usual margins of CIS official papers: left 30 mm (binding), right 10, top and bottom 20.</summary>
    public static PageMargins Official => FromMillimetres(20, 10, 20, 30);

    public static PageMargins FromMillimetres(double top, double right, double bottom, double left) =>
        new(Units.Mm(top), Units.Mm(right), Units.Mm(bottom), Units.Mm(left));

    public static PageMargins Uniform(double points) => new(points, points, points, points);
}

/// <summary>Which pages a fixed-position element (e.g. the verification QR code) is drawn on.</summary>
public enum OverlayPages
{
    First,
    Last,
    Every,
}

/// <summary>The page corner a fixed-position element is measured from.</summary>
public enum PageAnchor
{
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}
