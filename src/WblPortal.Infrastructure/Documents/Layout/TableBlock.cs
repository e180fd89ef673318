using WblPortal.Infrastructure.Documents.Fonts;

namespace WblPortal.Infrastructure.Documents.Layout;

/// <summary>A ruled table with wrapped cells; see <see cref="TablePaginator"/> for how it breaks across pages.</summary>
public sealed class TableBlock : Block
{
    private Prepared? _prepared;

    public TableBlock(IReadOnlyList<TableColumn> columns, IReadOnlyList<string>? header, IReadOnlyList<IReadOnlyList<string?>> rows, TableOptions options)
    {
        if (header is not null && header.Count != columns.Count)
        {
            throw new ArgumentException($"The header has {header.Count} cells for {columns.Count} columns.", nameof(header));
        }

        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count != columns.Count)
            {
                throw new ArgumentException($"Row {r + 1} has {rows[r].Count} cells for {columns.Count} columns.", nameof(rows));
            }
        }

        Columns = columns;
        Header = header;
        Rows = rows;
        Options = options;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<string>? Header { get; }

    public IReadOnlyList<IReadOnlyList<string?>> Rows { get; }

    public TableOptions Options { get; }

    public override bool KeepWithPrevious => Options.KeepWithPrevious;

    public override int Units(LayoutContext ctx) => Rows.Count;

    public override double LeadHeight(LayoutContext ctx)
    {
        var p = Prepare(ctx);
        var first = p.RowMetrics.Length > 0 ? Math.Min(p.RowMetrics[0].Height, ctx.PageContentHeight / 2) : 0;
        return (ctx.AtPageTop ? 0 : Options.SpaceBefore) + p.HeaderHeight + first;
    }

    public override void Layout(LayoutContext ctx)
    {
        var p = Prepare(ctx);
        ctx.Space(Options.SpaceBefore);
        var carryFrom = ctx.CarryOver > 0 && ctx.CarryOver < Rows.Count ? Rows.Count - ctx.CarryOver : -1;
        var pages = TablePaginator.Paginate(p.HeaderHeight, p.RowMetrics, ctx.Remaining, ctx.PageContentHeight, Options.RepeatHeader, carryFrom);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (page.StartsNewPage)
            {
                ctx.NewPage();
            }

            // Borders: a rule above the first row and under every row, and the column rules once per page
            // (far fewer drawing operations than a rectangle per cell).
            var segmentTop = ctx.Y;
            var right = ctx.Left + p.Widths.Sum();
            if (p.HeaderLines is not null && page.WithHeader)
            {
                DrawRow(ctx, p, p.HeaderLines, 0, p.HeaderLineCount, p.HeaderHeight, header: true);
            }

            foreach (var slice in page.Rows)
            {
                DrawRow(ctx, p, p.CellLines[slice.Row], slice.FromLine, slice.ToLine, slice.Height, header: false);
            }

            ctx.Add(new LineOp(ctx.Left, segmentTop, right, segmentTop, Options.BorderWidth));
            var x = ctx.Left;
            ctx.Add(new LineOp(x, segmentTop, x, ctx.Y, Options.BorderWidth));
            foreach (var w in p.Widths)
            {
                x += w;
                ctx.Add(new LineOp(x, segmentTop, x, ctx.Y, Options.BorderWidth));
            }
        }

        ctx.Space(Options.SpaceAfter);
    }

    private void DrawRow(LayoutContext ctx, Prepared p, IReadOnlyList<TextLine>[] cells, int from, int to, double height, bool header)
    {
        var top = ctx.Y;
        var left = ctx.Left;
        var right = left + p.Widths.Sum();
        var pad = Options.CellPadding;
        if (header && Options.HeaderShade < 1)
        {
            ctx.Add(new FillOp(left, top, right - left, height, Options.HeaderShade));
        }

        var x = left;
        for (var c = 0; c < cells.Length; c++)
        {
            var lines = cells[c];
            var last = Math.Min(to, lines.Count);
            var count = Math.Max(0, last - from);
            var textTop = Options.VerticalAlignment == VerticalAlignment.Middle || header
                ? top + ((height - (count * p.LineHeight)) / 2)
                : top + pad;
            var alignment = header ? TextAlignment.Center : Columns[c].Alignment;
            for (var l = from; l < last; l++)
            {
                var baseline = textTop + ((l - from) * p.LineHeight) + (header ? p.HeaderBaselineOffset : p.BaselineOffset);
                TextPlacer.Emit(ctx.Page.Ops, lines[l], x + pad, p.Widths[c] - (2 * pad), baseline, alignment);
            }

            x += p.Widths[c];
        }

        ctx.Add(new LineOp(left, top + height, right, top + height, Options.BorderWidth));
        ctx.Y = top + height;
    }

    private Prepared Prepare(LayoutContext ctx)
    {
        if (_prepared is { } cached && Math.Abs(cached.TableWidth - ctx.ContentWidth) < 0.01)
        {
            return cached;
        }

        var size = Options.FontSize ?? Math.Max(8, ctx.Options.FontSize - 2);
        var family = Options.Condensed ? DocumentFonts.SerifCondensed : ctx.Options.FontFamily;
        var font = new FontSpec(family, size);
        var bold = font with { Bold = true };
        var lineHeight = size * Math.Min(ctx.Options.LineSpacing, 1.2);
        var pad = Options.CellPadding;
        // No column narrower than three wide letters and a hyphen: narrower, every letter would take a line of its own.
        var floor = ctx.Measurer.Width("ШШШ-", bold) + (2 * pad);
        var widths = ColumnWidths.Resolve(Columns, ctx.ContentWidth, LongestWords(ctx.Measurer, font, bold, pad), floor);

        IReadOnlyList<TextLine>[] Wrap(IReadOnlyList<string?> cells, FontSpec f)
        {
            var result = new IReadOnlyList<TextLine>[cells.Count];
            for (var c = 0; c < cells.Count; c++)
            {
                var text = cells[c];
                result[c] = string.IsNullOrEmpty(text)
                    ? []
                    : LineBreaker.Break([new StyledText(text, f)], Math.Max(1, widths[c] - (2 * pad)), ctx.Measurer, hyphenator: ctx.Hyphenator);
            }

            return result;
        }

        IReadOnlyList<TextLine>[]? headerLines = Header is null ? null : Wrap(Header, bold);
        var headerCount = headerLines?.Max(l => l.Count) ?? 0;
        var headerHeight = headerLines is null ? 0 : Math.Max(1, headerCount) * lineHeight + (2 * pad);
        var cellLines = new IReadOnlyList<TextLine>[Rows.Count][];
        var metrics = new RowMetrics[Rows.Count];
        for (var r = 0; r < Rows.Count; r++)
        {
            cellLines[r] = Wrap(Rows[r], font);
            var lines = Math.Max(1, cellLines[r].Max(l => l.Count));
            metrics[r] = new RowMetrics(lines, lineHeight, pad, Options.MinRowHeight);
        }

        _prepared = new Prepared(
            ctx.ContentWidth, widths, lineHeight,
            TextPlacer.BaselineOffset(ctx.Measurer, font, lineHeight),
            TextPlacer.BaselineOffset(ctx.Measurer, bold, lineHeight),
            headerLines, headerCount, headerHeight, cellLines, metrics);
        return _prepared;
    }

    /// <summary>Per column, the width its longest word needs (header words in bold), padding included: columns are
    /// widened to it so that words wrap at spaces rather than being broken.</summary>
    private double[] LongestWords(ITextMeasurer measurer, FontSpec font, FontSpec bold, double pad)
    {
        var result = new double[Columns.Count];
        void Measure(IReadOnlyList<string?> cells, FontSpec f)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                foreach (var word in (cells[c] ?? string.Empty).Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
                {
                    // A compound breaks at its own hyphen without harm ("Кыргызалтын-Инжиниринг"): its parts count.
                    var from = 0;
                    foreach (var (position, addHyphen) in LineBreaker.BreakPoints(word, null).Append((word.Length, false)))
                    {
                        if (!addHyphen)
                        {
                            result[c] = Math.Max(result[c], measurer.Width(word.AsSpan(from, position - from), f) + (2 * pad) + 0.5);
                            from = position;
                        }
                    }
                }
            }
        }

        if (Header is not null)
        {
            Measure(Header, bold);
        }

        foreach (var row in Rows)
        {
            Measure(row, font);
        }

        return result;
    }

    private sealed record Prepared(
        double TableWidth,
        double[] Widths,
        double LineHeight,
        double BaselineOffset,
        double HeaderBaselineOffset,
        IReadOnlyList<TextLine>[]? HeaderLines,
        int HeaderLineCount,
        double HeaderHeight,
        IReadOnlyList<TextLine>[][] CellLines,
        RowMetrics[] RowMetrics);
}
