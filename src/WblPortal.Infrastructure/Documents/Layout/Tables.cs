namespace WblPortal.Infrastructure.Documents;

/// <summary>A table column: a fixed width in points or a share of the width left over by fixed columns.</summary>
public sealed record TableColumn(double Width, bool IsRelative, TextAlignment Alignment = TextAlignment.Left)
{
    public static TableColumn Fixed(double points, TextAlignment alignment = TextAlignment.Left) => new(points, false, alignment);

    public static TableColumn FixedMm(double millimetres, TextAlignment alignment = TextAlignment.Left) =>
        new(Units.Mm(millimetres), false, alignment);

    public static TableColumn Relative(double weight = 1, TextAlignment alignment = TextAlignment.Left) => new(weight, true, alignment);
}

public enum VerticalAlignment
{
    Top,
    Middle,
}

public sealed record TableOptions
{
    /// <summary>Cell text size; null means two points below the body size.</summary>
    public double? FontSize { get; init; }

    /// <summary>Use the condensed face, which fits more text in narrow columns.</summary>
    public bool Condensed { get; init; }

    public double CellPadding { get; init; } = 3;

    /// <summary>Rows are at least this tall (e.g. room for a handwritten signature).</summary>
    public double MinRowHeight { get; init; }

    /// <summary>Repeat the header row at the top of every page the table continues on.</summary>
    public bool RepeatHeader { get; init; } = true;

    public VerticalAlignment VerticalAlignment { get; init; } = VerticalAlignment.Top;

    public double HeaderShade { get; init; } = 0.9;

    public double BorderWidth { get; init; } = 0.5;

    public double SpaceBefore { get; init; } = 4;

    public double SpaceAfter { get; init; } = 6;

    /// <summary>Never begin a page with this table while the block before it ends the previous page (signature columns).</summary>
    public bool KeepWithPrevious { get; init; }
}
