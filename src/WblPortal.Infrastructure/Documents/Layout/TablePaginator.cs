namespace WblPortal.Infrastructure.Documents.Layout;

public static class ColumnWidths
{
    /// <summary>
    /// Fixed columns get their width; relative columns share the rest by weight. If fixed columns alone exceed
    /// the table, everything is scaled down proportionally so the table never overflows the margins. Negative or
    /// non-finite widths count as 0; a table of no width has columns of no width.
    /// </summary>
    public static double[] Resolve(IReadOnlyList<TableColumn> columns, double tableWidth)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        tableWidth = Sane(tableWidth);
        var fixedSum = columns.Where(c => !c.IsRelative).Sum(c => Sane(c.Width));
        var weightSum = columns.Where(c => c.IsRelative).Sum(c => Sane(c.Width));
        var rest = Math.Max(0, tableWidth - fixedSum);
        var widths = columns
            .Select(c => c.IsRelative ? (weightSum > 0 ? rest * Sane(c.Width) / weightSum : 0) : Sane(c.Width))
            .ToArray();
        var total = widths.Sum();
        if (total > tableWidth && total > 0)
        {
            var scale = tableWidth / total;
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] *= scale;
            }
        }

        return widths;
    }

    /// <summary>
    /// As <see cref="Resolve(IReadOnlyList{TableColumn}, double)"/>, then every column narrower than its minimum (the
    /// width of its longest word) is widened to it, the others giving up width in proportion to theirs. When the
    /// minimums together exceed the table, the columns with the longest words forgo theirs (those words are hyphenated)
    /// down to <paramref name="floor"/>, the least a column may be given (a few letters and a hyphen), so that no column
    /// is squeezed to a sliver whose every letter takes a line. The floor itself shrinks to an equal share of the table
    /// when the table cannot give every column that much.
    /// </summary>
    public static double[] Resolve(IReadOnlyList<TableColumn> columns, double tableWidth, IReadOnlyList<double> minimums, double floor = 0)
    {
        var nominal = Resolve(columns, tableWidth);
        tableWidth = Sane(tableWidth);
        var least = Math.Min(Sane(floor), tableWidth / columns.Count);
        var limits = Enumerable.Range(0, columns.Count).Select(i => Math.Max(least, i < minimums.Count ? Sane(minimums[i]) : 0)).ToArray();
        if (limits.All(m => m <= 0))
        {
            return nominal;
        }

        // When the minimums cannot all be met, the columns with the longest words give theirs up, one by one, so that one
        // very long word (hyphenated in its column) does not squeeze every other column: first those whose longest word
        // needs more than their nominal share (a wide column that already holds its word gains nothing by giving it up),
        // then any. Each step lowers one limit to the floor, so this ends after at most one step per column.
        while (limits.Sum() > tableWidth + 0.01)
        {
            var over = Enumerable.Range(0, limits.Length).Where(i => limits[i] > nominal[i] + 0.01 && limits[i] > least + 0.01).ToList();
            if (over.Count == 0)
            {
                over = Enumerable.Range(0, limits.Length).Where(i => limits[i] > least + 0.01).ToList();
            }

            if (over.Count == 0)
            {
                break;
            }

            limits[over.MaxBy(i => limits[i])] = least;
        }

        var widths = (double[])nominal.Clone();
        var pinned = new bool[widths.Length];

        // Each pass pins at least one more column or stops: at most one pass per column.
        while (true)
        {
            var changed = false;
            for (var i = 0; i < widths.Length; i++)
            {
                if (!pinned[i] && widths[i] < limits[i] - 0.01)
                {
                    pinned[i] = true;
                    widths[i] = limits[i];
                    changed = true;
                }
            }

            if (!changed)
            {
                return widths;
            }

            var free = Math.Max(0, tableWidth - Enumerable.Range(0, widths.Length).Where(i => pinned[i]).Sum(i => widths[i]));
            var share = Enumerable.Range(0, widths.Length).Where(i => !pinned[i]).Sum(i => nominal[i]);
            var open = widths.Length - pinned.Count(p => p);
            for (var i = 0; i < widths.Length; i++)
            {
                if (!pinned[i])
                {
                    widths[i] = share > 0 ? nominal[i] * free / share : free / open;
                }
            }
        }
    }

    private static double Sane(double width) => double.IsFinite(width) && width > 0 ? width : 0;
}

/// <summary>A row's size for pagination: its number of text lines and the height they need.</summary>
public readonly record struct RowMetrics(int Lines, double LineHeight, double Padding, double MinHeight)
{
    public double Height => HeightOf(Lines);

    public double HeightOf(int lines) => Math.Max(MinHeight, (lines * LineHeight) + (2 * Padding));
}

/// <summary>Lines [FromLine, ToLine) of a row placed on a page; a whole row is [0, Lines).</summary>
public readonly record struct RowSlice(int Row, int FromLine, int ToLine, double Height);

/// <summary>The rows placed on one page, preceded by the (repeated) header when the table has one.</summary>
public sealed record TablePage(bool StartsNewPage, IReadOnlyList<RowSlice> Rows, bool WithHeader);

/// <summary>
/// Splits table rows over pages. A row goes whole to the next page when it does not fit in what is left of
/// the current one; only a row taller than an entire page is split, between text lines, with its
/// continuation under the repeated header. (The alternative, clipping, would lose text from an official
/// document.) A header never stands alone at the bottom of a page, and no page of a table of three rows or more holds a
/// single row of it: a lone first row moves the table to the next page, a lone last row takes the one before it along.
/// </summary>
public static class TablePaginator
{
    private const double Epsilon = 0.01;

    /// <param name="breakBeforeRow">A row that must begin a new page (so that the rows from it stay with what follows the
    /// table); -1 for none.</param>
    public static IReadOnlyList<TablePage> Paginate(
        double headerHeight, IReadOnlyList<RowMetrics> rows, double firstPageAvailable, double pageAvailable, bool repeatHeader = true,
        int breakBeforeRow = -1)
    {
        var breaks = new HashSet<int>();
        if (breakBeforeRow > 0)
        {
            breaks.Add(breakBeforeRow);
        }

        // A header that would fill more than half of every page is not repeated: each continuation would carry more
        // header than rows (and one taller than the page would leave no room for any).
        repeatHeader = repeatHeader && headerHeight <= pageAvailable / 2;
        var startOnNewPage = false;
        var pages = Run(headerHeight, rows, firstPageAvailable, pageAvailable, repeatHeader, breaks, startOnNewPage);
        if (rows.Count < 3)
        {
            return pages;
        }

        // Orphan: the first page would hold only the first row.
        if (pages.Count > 1 && !pages[0].StartsNewPage && pages[0].Rows.Count == 1 && IsWhole(pages[0].Rows[0], rows))
        {
            startOnNewPage = true;
            pages = Run(headerHeight, rows, firstPageAvailable, pageAvailable, repeatHeader, breaks, startOnNewPage);
        }

        // Widow: the last page would hold only the last row; the row before it goes along.
        if (pages.Count > 1 && pages[^1].Rows.Count == 1 && IsWhole(pages[^1].Rows[0], rows) && pages[^2].Rows.Count >= 3
            && pages[^2].Rows.All(r => IsWhole(r, rows)))
        {
            breaks.Add(pages[^2].Rows[^1].Row);
            pages = Run(headerHeight, rows, firstPageAvailable, pageAvailable, repeatHeader, breaks, startOnNewPage);
        }

        return pages;
    }

    private static bool IsWhole(RowSlice slice, IReadOnlyList<RowMetrics> rows) => slice.FromLine == 0 && slice.ToLine == rows[slice.Row].Lines;

    private static List<TablePage> Run(
        double headerHeight, IReadOnlyList<RowMetrics> rows, double firstPageAvailable, double pageAvailable, bool repeatHeader,
        HashSet<int> breaks, bool startOnNewPage)
    {
        var pages = new List<TablePage>();
        var current = new List<RowSlice>();
        var available = firstPageAvailable - headerHeight;
        var startsNewPage = false;
        var headerOnThisPage = true;

        // Header plus the first row (or its first line) must fit, otherwise the table starts on a new page.
        if (startOnNewPage || (rows.Count > 0 && !FitsStart(rows[0], available, pageAvailable - headerHeight)))
        {
            startsNewPage = true;
            available = pageAvailable - headerHeight;
        }

        void Break()
        {
            pages.Add(new TablePage(startsNewPage, current.ToArray(), headerOnThisPage));
            current.Clear();
            startsNewPage = true;
            headerOnThisPage = repeatHeader;
            available = pageAvailable - (headerOnThisPage ? headerHeight : 0);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var from = 0;
            if (breaks.Contains(r) && current.Count > 0)
            {
                Break();
            }

            // Every pass of this loop either places at least one more line of the row or breaks a page that holds
            // something (after which the next pass places a line), so it ends after at most 2 × Lines passes.
            while (true)
            {
                var rest = row.Lines - from;
                var height = row.HeightOf(rest);
                if (height <= available + Epsilon || (rest <= 1 && current.Count == 0))
                {
                    // The whole rest fits; or a last line that fits nowhere (a header or minimum height taller than the
                    // page) is placed on a page that holds nothing else rather than breaking pages without end.
                    current.Add(new RowSlice(r, from, row.Lines, height));
                    available -= height;
                    break;
                }

                var fullPage = pageAvailable - (repeatHeader ? headerHeight : 0);
                if (current.Count > 0 && (rest <= 1 || (from == 0 && height <= fullPage + Epsilon)))
                {
                    Break();
                    continue;
                }

                // Too tall for any page: split it between lines, keeping at least one line for the next page.
                var fit = (int)Math.Floor((available - (2 * row.Padding) + Epsilon) / row.LineHeight);
                fit = Math.Min(fit, rest - 1);
                if (fit < 1)
                {
                    if (current.Count > 0)
                    {
                        Break();
                        continue;
                    }

                    // Nothing of this row fits even on a page that holds nothing of the table yet: place one line
                    // anyway. Breaking again would only add empty pages without end.
                    fit = 1;
                }

                var sliceHeight = (fit * row.LineHeight) + (2 * row.Padding);
                current.Add(new RowSlice(r, from, from + fit, sliceHeight));
                from += fit;
                Break();
            }
        }

        pages.Add(new TablePage(startsNewPage, current.ToArray(), headerOnThisPage));
        return pages;
    }

    private static bool FitsStart(RowMetrics first, double available, double fullPage)
    {
        if (first.Height <= available + Epsilon)
        {
            return true;
        }

        // A row that will be split anyway may start here if at least one line fits.
        return first.Height > fullPage + Epsilon && first.HeightOf(1) <= available + Epsilon;
    }
}
