using System.Collections.Concurrent;
using PdfSharp.Drawing;
using WblPortal.Infrastructure.Documents.Fonts;

namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>Measures text for layout; a fake with fixed widths makes line breaking and pagination testable.</summary>
public interface ITextMeasurer
{
    double Width(ReadOnlySpan<char> text, in FontSpec font);

    /// <summary>Ascent and descent as fractions of the em (positive numbers).</summary>
    (double Ascent, double Descent) VerticalMetrics(in FontSpec font);
}

/// <summary>
/// Measures with the embedded fonts' advance widths. PDFsharp draws without kerning, so a string's width is the
/// sum of its characters' advances; each face's advances are read once (through PDFsharp, at 1000 em) and scaled,
/// which makes measuring a word a table look-up rather than a call into the font machinery.
/// </summary>
public sealed class FontTextMeasurer : ITextMeasurer
{
    public static readonly FontTextMeasurer Instance = new();

    private const double ReferenceSize = 1000;
    private const int TableSize = 0x0530; // Basic Latin .. Cyrillic Supplement (ң ө ү live in U+0460–052F)
    private static readonly object MeasureGate = new();
    private readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), Face> _faces = new();

    private FontTextMeasurer()
    {
    }

    public double Width(ReadOnlySpan<char> text, in FontSpec font)
    {
        var face = GetFace(font);
        double total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < TableSize)
            {
                total += face.Table[c];
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                total += face.Other(text.Slice(i, 2).ToString());
                i++;
            }
            else
            {
                total += face.Other(c.ToString());
            }
        }

        return total * font.Size / ReferenceSize;
    }

    public (double Ascent, double Descent) VerticalMetrics(in FontSpec font)
    {
        var face = GetFace(font);
        return (face.Ascent, face.Descent);
    }

    private Face GetFace(in FontSpec font) =>
        _faces.TryGetValue((font.Family, font.Bold, font.Italic), out var face)
            ? face
            : _faces.GetOrAdd((font.Family, font.Bold, font.Italic), static key => new Face(key.Family, key.Bold, key.Italic));

    private sealed class Face
    {
        private readonly XFont _font;
        private readonly ConcurrentDictionary<string, double> _other = new();

        public Face(string family, bool bold, bool italic)
        {
            _font = DocumentFonts.Get(new FontSpec(family, ReferenceSize, bold, italic));
            var metrics = _font.Metrics;
            Ascent = (double)metrics.Ascent / metrics.UnitsPerEm;
            Descent = Math.Abs((double)metrics.Descent) / metrics.UnitsPerEm;
            Table = new double[TableSize];
            lock (MeasureGate)
            {
                using var gfx = CreateMeasureContext();
                for (var c = 0; c < TableSize; c++)
                {
                    Table[c] = char.IsControl((char)c) || char.IsSurrogate((char)c)
                        ? 0
                        : gfx.MeasureString(((char)c).ToString(), _font).Width;
                }
            }
        }

        public double[] Table { get; }

        public double Ascent { get; }

        public double Descent { get; }

        public double Other(string text) => _other.GetOrAdd(text, t =>
        {
            lock (MeasureGate)
            {
                using var gfx = CreateMeasureContext();
                return gfx.MeasureString(t, _font).Width;
            }
        });

        private static XGraphics CreateMeasureContext() =>
            XGraphics.CreateMeasureContext(new XSize(Units.A4ShortSide, Units.A4LongSide), XGraphicsUnit.Point, XPageDirection.Downwards);
    }
}
