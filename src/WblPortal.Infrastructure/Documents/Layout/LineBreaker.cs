using WblPortal.Infrastructure.Documents.Hyphenation;

namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>A run of text in a resolved font.</summary>
public readonly record struct StyledText(string Text, FontSpec Font);

/// <summary>Part of a word in one font (a word may change emphasis mid-way, e.g. a bold label before its colon).</summary>
public readonly record struct WordPiece(string Text, FontSpec Font, double Width);

/// <summary>A word on a line: its pieces, its width and the width of the space that follows it.</summary>
public sealed record LineWord(IReadOnlyList<WordPiece> Pieces, double Width, double SpaceAfter);

/// <summary>One laid-out line. <see cref="EndsParagraph"/> lines (last line, or before a hard break) are never justified.</summary>
public sealed record TextLine(IReadOnlyList<LineWord> Words, double Width, double Indent, bool EndsParagraph)
{
    public string Text => string.Join(' ', Words.Select(w => string.Concat(w.Pieces.Select(p => p.Text))));
}

/// <summary>
/// Greedy word wrap: words are separated by spaces, '\n' forces a line break, U+00A0 keeps words together, and a
/// word wider than the line is broken where it has a hyphen or a slash, else between syllables (the hyphenator of the
/// document's language) with a hyphen added, and only as a last resort between letters, still with a hyphen.
/// Widths come from <see cref="ITextMeasurer"/>.
/// </summary>
public static class LineBreaker
{
    private const double Tolerance = 0.01;

    public static IReadOnlyList<TextLine> Break(
        IReadOnlyList<StyledText> runs, double width, ITextMeasurer measurer, double firstLineIndent = 0, IHyphenator? hyphenator = null)
    {
        // A width that is negative or not a number fits nothing: every word is then cut to one letter a line, which
        // still advances.
        width = double.IsFinite(width) ? width : 0;
        firstLineIndent = double.IsFinite(firstLineIndent) ? firstLineIndent : 0;
        var lines = new List<TextLine>();
        var words = new List<LineWord>();
        double lineWidth = 0;
        var indent = firstLineIndent;

        void FinishLine(bool endsParagraph)
        {
            lines.Add(new TextLine(words.ToArray(), lineWidth, indent, endsParagraph));
            words.Clear();
            lineWidth = 0;
            indent = 0;
        }

        void Place(LineWord word)
        {
            while (true)
            {
                var available = width - indent;
                var gap = words.Count == 0 ? 0 : words[^1].SpaceAfter;
                if (lineWidth + gap + word.Width <= available + Tolerance)
                {
                    words.Add(word);
                    lineWidth += gap + word.Width;
                    return;
                }

                if (words.Count > 0)
                {
                    FinishLine(endsParagraph: false);
                    continue;
                }

                // A single word wider than the line: cut it where it stops fitting. Cut always leaves a shorter tail
                // (or none), so this loop ends after at most one pass per letter.
                var (head, tail) = Cut(word, available, measurer, hyphenator);
                words.Add(head);
                lineWidth = head.Width;
                if (tail is null)
                {
                    return;
                }

                FinishLine(endsParagraph: false);
                word = tail;
            }
        }

        var pieces = new List<WordPiece>();
        var pieceStart = -1;
        foreach (var run in runs)
        {
            var text = run.Text ?? string.Empty;
            pieceStart = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : '\0';
                var isBreak = i == text.Length || c == ' ' || c == '\t' || c == '\n' || c == '\r';
                if (!isBreak)
                {
                    if (pieceStart < 0)
                    {
                        pieceStart = i;
                    }

                    continue;
                }

                if (pieceStart >= 0)
                {
                    var part = text[pieceStart..i];
                    pieces.Add(new WordPiece(part, run.Font, measurer.Width(part, run.Font)));
                    pieceStart = -1;
                }

                if (i == text.Length)
                {
                    break; // a word may continue into the next run
                }

                if (pieces.Count > 0)
                {
                    Place(MakeWord(pieces, measurer));
                    pieces.Clear();
                }

                if (c == '\n')
                {
                    FinishLine(endsParagraph: true);
                }
            }
        }

        if (pieces.Count > 0)
        {
            Place(MakeWord(pieces, measurer));
        }

        if (words.Count > 0 || lines.Count == 0)
        {
            FinishLine(endsParagraph: true);
        }

        return lines;
    }

    private static LineWord MakeWord(List<WordPiece> pieces, ITextMeasurer measurer)
    {
        double width = 0;
        foreach (var p in pieces)
        {
            width += p.Width;
        }

        return new LineWord(pieces.ToArray(), width, measurer.Width(" ", pieces[^1].Font));
    }

    /// <summary>
    /// Breaks a word too wide for the line at the last place where its head still fits: after a hyphen, dash or slash
    /// of its own, or between syllables with a hyphen added; if no such place fits, between letters with a hyphen.
    /// </summary>
    private static (LineWord Head, LineWord? Tail) Cut(LineWord word, double available, ITextMeasurer measurer, IHyphenator? hyphenator)
    {
        var text = string.Concat(word.Pieces.Select(p => p.Text));

        // The word's own hyphen first (no letters torn from their compound), then the last syllable break that fits.
        // Only points strictly inside the word count: a break at 0 gives an empty head (the same word again on the next
        // line, without end) and one at the end an empty tail.
        var candidates = BreakPoints(text, hyphenator)
            .Where(c => c.Position > 0 && c.Position < text.Length)
            .OrderBy(c => c.AddHyphen ? 0 : 1).ThenBy(c => c.Position).ToList();
        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            var (position, hyphen) = candidates[c];
            var head = Slice(word.Pieces, 0, position, measurer, hyphen);
            if (head.Width <= available + Tolerance)
            {
                return (head, MakeWord(Pieces(word.Pieces, position, text.Length, measurer), measurer));
            }
        }

        // Nothing fits: as many letters as fit with the hyphen, at least one so that the text always advances.
        var fit = 1;
        while (fit + 1 < text.Length && Slice(word.Pieces, 0, fit + 1, measurer, true).Width <= available + Tolerance)
        {
            fit++;
        }

        if (fit >= text.Length)
        {
            return (word, null);
        }

        return (Slice(word.Pieces, 0, fit, measurer, true), MakeWord(Pieces(word.Pieces, fit, text.Length, measurer), measurer));
    }

    /// <summary>Where a word may break: after its own '-', '–', '—' or '/' (nothing added), or at a syllable boundary of a
    /// run of letters (a hyphen added), in increasing order.</summary>
    internal static List<(int Position, bool AddHyphen)> BreakPoints(string text, IHyphenator? hyphenator)
    {
        var points = new List<(int, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is '-' or '–' or '—' or '/' && i >= 1 && i + 1 < text.Length && !char.IsDigit(text[i - 1]))
            {
                points.Add((i + 1, false));
                i++;
                continue;
            }

            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (hyphenator is not null && i - start >= 4)
            {
                foreach (var p in hyphenator.Points(text[start..i]))
                {
                    points.Add((start + p, true));
                }
            }
        }

        points.Sort();
        return points;
    }

    private static LineWord Slice(IReadOnlyList<WordPiece> pieces, int from, int to, ITextMeasurer measurer, bool hyphen)
    {
        var head = Pieces(pieces, from, to, measurer);
        if (hyphen && head.Count > 0)
        {
            var last = head[^1];
            var text = last.Text + "-";
            head[^1] = new WordPiece(text, last.Font, measurer.Width(text, last.Font));
        }

        return new LineWord(head, head.Sum(p => p.Width), 0);
    }

    /// <summary>The pieces covering characters [from, to) of the word.</summary>
    private static List<WordPiece> Pieces(IReadOnlyList<WordPiece> pieces, int from, int to, ITextMeasurer measurer)
    {
        var result = new List<WordPiece>();
        var offset = 0;
        foreach (var piece in pieces)
        {
            var start = Math.Max(from, offset);
            var end = Math.Min(to, offset + piece.Text.Length);
            if (start < end)
            {
                var part = piece.Text[(start - offset)..(end - offset)];
                result.Add(part.Length == piece.Text.Length ? piece : new WordPiece(part, piece.Font, measurer.Width(part, piece.Font)));
            }

            offset += piece.Text.Length;
        }

        return result;
    }
}
