using WblPortal.Infrastructure.Documents;
using WblPortal.Infrastructure.Documents.Layout;

namespace WblPortal.UnitTests.Documents;

/// <summary>Every character is half an em wide (bold ones 0.6 em): widths can be worked out by hand.</summary>
public sealed class FixedWidthMeasurer : ITextMeasurer
{
    public static readonly FixedWidthMeasurer Instance = new();

    public double Width(ReadOnlySpan<char> text, in FontSpec font) => text.Length * font.Size * (font.Bold ? 0.6 : 0.5);

    public (double Ascent, double Descent) VerticalMetrics(in FontSpec font) => (0.8, 0.2);
}
