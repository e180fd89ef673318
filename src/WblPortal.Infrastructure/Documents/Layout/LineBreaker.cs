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
/// word wider than the line is cut between characters. Widths come from <see cref="ITextMeasurer"/>.
/// </summary>
public static class LineBreaker
{
    private const double Tolerance = 0.01;

    public static IReadOnlyList<TextLine> Break(
        IReadOnlyList<StyledText> runs, double width, ITextMeasurer measurer, double firstLineIndent = 0)
    {
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

                // A single word wider than the line: cut it where it stops fitting.
                var (head, tail) = Cut(word, available, measurer);
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

    private static (LineWord Head, LineWord? Tail) Cut(LineWord word, double available, ITextMeasurer measurer)
    {
        var head = new List<WordPiece>();
        double used = 0;
        for (var p = 0; p < word.Pieces.Count; p++)
        {
            var piece = word.Pieces[p];
            if (used + piece.Width <= available + Tolerance)
            {
                head.Add(piece);
                used += piece.Width;
                continue;
            }

            // Fit as many characters of this piece as possible, at least one so that the text always advances.
            var fit = 0;
            double fitWidth = 0;
            while (fit < piece.Text.Length)
            {
                var w = measurer.Width(piece.Text.AsSpan(0, fit + 1), piece.Font);
                if (used + w > available + Tolerance)
                {
                    break;
                }

                fit++;
                fitWidth = w;
            }

            if (fit == 0 && head.Count == 0)
            {
                fit = 1;
                fitWidth = measurer.Width(piece.Text.AsSpan(0, 1), piece.Font);
            }

            if (fit > 0)
            {
                head.Add(new WordPiece(piece.Text[..fit], piece.Font, fitWidth));
                used += fitWidth;
            }

            var rest = new List<WordPiece>();
            if (fit < piece.Text.Length)
            {
                var restText = piece.Text[fit..];
                rest.Add(new WordPiece(restText, piece.Font, measurer.Width(restText, piece.Font)));
            }

            rest.AddRange(word.Pieces.Skip(p + 1));
            return (new LineWord(head, used, 0), rest.Count == 0 ? null : MakeWord(rest, measurer));
        }

        return (word, null);
    }
}
