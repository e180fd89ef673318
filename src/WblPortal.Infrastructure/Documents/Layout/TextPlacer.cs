using System.Text;

namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>Turns laid-out lines into text operations at a position, applying the alignment.</summary>
public static class TextPlacer
{
    /// <summary>Distance from a line's top to its baseline, centring the font's ascent+descent in the line height.</summary>
    public static double BaselineOffset(ITextMeasurer measurer, in FontSpec font, double lineHeight)
    {
        var (ascent, descent) = measurer.VerticalMetrics(font);
        return ((lineHeight - ((ascent + descent) * font.Size)) / 2) + (ascent * font.Size);
    }

    /// <summary>
    /// Emits one line. Words in one font are drawn as one string with real spaces; a justified line draws each
    /// word at its stretched position but still ends each with a space, so extracted text keeps its word breaks. A line
    /// whose gaps would grow beyond twice a normal space is left-aligned instead.
    /// </summary>
    public static void Emit(List<DrawOp> ops, TextLine line, double x, double width, double baseline, TextAlignment alignment)
    {
        var available = width - line.Indent;
        var extra = Math.Max(0, available - line.Width);
        var justify = alignment == TextAlignment.Justify && !line.EndsParagraph && line.Words.Count > 1;
        var cursor = x + line.Indent + alignment switch
        {
            TextAlignment.Center => extra / 2,
            TextAlignment.Right => extra,
            _ => 0,
        };
        var stretch = justify ? extra / (line.Words.Count - 1) : 0;
        if (justify && stretch > NormalSpace(line))
        {
            // A gap over twice a normal space reads as a hole in the text: such a line stays left-aligned.
            justify = false;
            stretch = 0;
        }

        var text = new StringBuilder();
        FontSpec font = default;
        double start = 0;
        var open = false;

        void Flush()
        {
            if (open && text.Length > 0)
            {
                ops.Add(new TextOp(start, baseline, text.ToString(), font));
            }

            text.Clear();
            open = false;
        }

        for (var w = 0; w < line.Words.Count; w++)
        {
            var word = line.Words[w];
            foreach (var piece in word.Pieces)
            {
                if (!open || piece.Font != font)
                {
                    Flush();
                    font = piece.Font;
                    start = cursor;
                    open = true;
                }

                text.Append(piece.Text);
                cursor += piece.Width;
            }

            if (w < line.Words.Count - 1)
            {
                text.Append(' ');
                cursor += word.SpaceAfter;
                if (justify)
                {
                    cursor += stretch;
                    Flush();
                }
            }
        }

        Flush();
    }

    /// <summary>The average width of the spaces between the line's words.</summary>
    private static double NormalSpace(TextLine line)
    {
        double sum = 0;
        for (var w = 0; w < line.Words.Count - 1; w++)
        {
            sum += line.Words[w].SpaceAfter;
        }

        return line.Words.Count > 1 ? sum / (line.Words.Count - 1) : 0;
    }
}
