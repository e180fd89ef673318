namespace WblPortal.Infrastructure.Documents.Layout;

public static class ColumnWidths
{
    /// <summary>
    /// Fixed columns get their width; relative columns share the rest by weight. If fixed columns alone exceed
    /// the table, everything is scaled down proportionally so the table never overflows the margins.
    /// </summary>
    public static double[] Resolve(IReadOnlyList<TableColumn> columns, double tableWidth)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        var fixedSum = columns.Where(c => !c.IsRelative).Sum(c => c.Width);
        var weightSum = columns.Where(c => c.IsRelative).Sum(c => c.Width);
        var rest = Math.Max(0, tableWidth - fixedSum);
        var widths = columns
            .Select(c => c.IsRelative ? (weightSum > 0 ? rest * c.Width / weightSum : 0) : c.Width)
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
public sealed record TablePage(bool StartsNewPage, IReadOnlyList<RowSlice> Rows);

/// <summary>
/// Splits table rows over pages. A row goes whole to the next page when it does not fit in what is left of
/// the current one; only a row taller than an entire page is split, between text lines, with its
/// continuation under the repeated header. (The alternative, clipping, would lose text from an official
/// document.) A header never stands alone at the bottom of a page.
/// </summary>
public static class TablePaginator
{
    private const double Epsilon = 0.01;

    public static IReadOnlyList<TablePage> Paginate(
        double headerHeight, IReadOnlyList<RowMetrics> rows, double firstPageAvailable, double pageAvailable, bool repeatHeader = true)
    {
        var pages = new List<TablePage>();
        var current = new List<RowSlice>();
        var available = firstPageAvailable - headerHeight;
        var startsNewPage = false;
        var headerOnThisPage = true;

        // Header plus the first row (or its first line) must fit, otherwise the table starts on a new page.
        if (rows.Count > 0 && !FitsStart(rows[0], available, pageAvailable - headerHeight))
        {
            startsNewPage = true;
            available = pageAvailable - headerHeight;
        }

        void Break()
        {
            pages.Add(new TablePage(startsNewPage, current.ToArray()));
            current.Clear();
            startsNewPage = true;
            headerOnThisPage = repeatHeader;
            available = pageAvailable - (headerOnThisPage ? headerHeight : 0);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var from = 0;
            while (true)
            {
                var height = row.HeightOf(row.Lines - from);
                if (height <= available + Epsilon)
                {
                    current.Add(new RowSlice(r, from, row.Lines, height));
                    available -= height;
                    break;
                }

                var fullPage = pageAvailable - (repeatHeader ? headerHeight : 0);
                if (from == 0 && height <= fullPage + Epsilon && current.Count > 0)
                {
                    Break();
                    continue;
                }

                // Too tall for any page: split it between lines.
                var fit = (int)Math.Floor((available - (2 * row.Padding) + Epsilon) / row.LineHeight);
                fit = Math.Min(fit, row.Lines - from - 1);
                if (fit < 1)
                {
                    if (current.Count == 0 && !startsNewPage && pages.Count == 0)
                    {
                        // Nothing of this row fits even on a fresh page: place one line to make progress.
                        fit = 1;
                    }
                    else
                    {
                        Break();
                        continue;
                    }
                }

                var sliceHeight = (fit * row.LineHeight) + (2 * row.Padding);
                current.Add(new RowSlice(r, from, from + fit, sliceHeight));
                from += fit;
                Break();
            }
        }

        pages.Add(new TablePage(startsNewPage, current.ToArray()));
        _ = headerOnThisPage;
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
