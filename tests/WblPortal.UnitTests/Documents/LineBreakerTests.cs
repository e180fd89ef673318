using WblPortal.Infrastructure.Documents;
using WblPortal.Infrastructure.Documents.Layout;

namespace WblPortal.UnitTests.Documents;

public class LineBreakerTests
{
    private static readonly FontSpec Regular = new("DejaVu Serif", 10); // 5 points per character
    private static readonly FontSpec Bold = Regular with { Bold = true }; // 6 points per character

    private static IReadOnlyList<TextLine> Break(string text, double width, double indent = 0) =>
        LineBreaker.Break([new StyledText(text, Regular)], width, FixedWidthMeasurer.Instance, indent);

    [Fact]
    public void Break_LongText_KeepsEveryWordInOrderAndNoLineIsWiderThanTheColumn()
    {
        var words = Enumerable.Range(0, 200).Select(i => i % 3 == 0 ? "өндүрүштүк" : i % 3 == 1 ? "ң" : "практикага").ToArray();

        var lines = Break(string.Join(' ', words), 150);

        Assert.Equal(words, lines.SelectMany(l => l.Words).Select(w => string.Concat(w.Pieces.Select(p => p.Text))));
        Assert.All(lines, l => Assert.True(l.Width <= 150.01, $"line '{l.Text}' is {l.Width} wide"));
        Assert.True(lines.Count > 5);
    }

    [Fact]
    public void Break_FillsLinesGreedily()
    {
        // "aaaa bbbb cccc": 20 + 5 + 20 = 45 fits in 50; the third word does not.
        var lines = Break("aaaa bbbb cccc", 50);

        Assert.Equal(["aaaa bbbb", "cccc"], lines.Select(l => l.Text));
        Assert.Equal(45, lines[0].Width, 3);
        Assert.False(lines[0].EndsParagraph);
        Assert.True(lines[1].EndsParagraph);
    }

    [Fact]
    public void Break_FirstLineIndent_NarrowsOnlyTheFirstLine()
    {
        var lines = Break("aaaa bbbb cccc dddd", 50, indent: 10);

        Assert.Equal(["aaaa", "bbbb cccc", "dddd"], lines.Select(l => l.Text));
        Assert.Equal(10, lines[0].Indent);
        Assert.Equal(0, lines[1].Indent);
    }

    [Fact]
    public void Break_WordWiderThanTheLineWithoutSyllables_IsCutBetweenCharactersWithAHyphen()
    {
        var lines = Break("ab cdefghijklmnop qr", 30);

        Assert.Equal("abcdefghijklmnopqr", string.Concat(lines.Select(l => l.Text.Replace(" ", string.Empty).Replace("-", string.Empty))));
        Assert.All(lines, l => Assert.True(l.Width <= 30.01));
        Assert.All(lines.Where(l => l.Text.StartsWith('c') || l.Text.StartsWith('h')), l => Assert.EndsWith("-", l.Text));
    }

    [Fact]
    public void Break_NewLine_ForcesABreakAndEndsTheParagraphLine()
    {
        var lines = Break("Бишкек\nполитехникалык колледжи", 1000);

        Assert.Equal(["Бишкек", "политехникалык колледжи"], lines.Select(l => l.Text));
        Assert.True(lines[0].EndsParagraph);
    }

    [Fact]
    public void Break_NoBreakSpace_KeepsInitialWithSurname()
    {
        var lines = Break("aaaaaa А.\u00A0Асанов", 60);

        Assert.Equal(["aaaaaa", "А.\u00A0Асанов"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Break_BoldRun_KeepsItsFontAndJoinsAWordAcrossRuns()
    {
        var lines = LineBreaker.Break(
            [new StyledText("Негизи", Bold), new StyledText(": келишим", Regular)], 1000, FixedWidthMeasurer.Instance);

        var first = lines[0].Words[0];
        Assert.Equal([("Негизи", true), (":", false)], first.Pieces.Select(p => (p.Text, p.Font.Bold)));
        Assert.Equal((6 * 6) + 5, first.Width, 3);
        Assert.Equal("Негизи: келишим", lines[0].Text);
    }

    [Fact]
    public void Emit_Justified_StretchesToTheFullWidthButNotTheLastLine()
    {
        var lines = Break("aa bb cc dd ee ff gg", 60);
        var ops = new List<DrawOp>();

        TextPlacer.Emit(ops, lines[0], 100, 60, 10, TextAlignment.Justify);
        var words = ops.Cast<TextOp>().ToArray();

        Assert.Equal(100, words[0].X, 3);
        Assert.Equal(160, words[^1].X + (words[^1].Text.TrimEnd().Length * 5), 3); // last word ends at the margin
        Assert.All(words[..^1], w => Assert.EndsWith(" ", w.Text)); // spaces survive text extraction

        ops.Clear();
        TextPlacer.Emit(ops, lines[^1], 100, 60, 10, TextAlignment.Justify);
        Assert.Single(ops); // last line: left-aligned, one string
    }

    [Theory]
    [InlineData(TextAlignment.Left, 0)]
    [InlineData(TextAlignment.Center, 22.5)]
    [InlineData(TextAlignment.Right, 45)]
    public void Emit_Alignment_PlacesTheLine(TextAlignment alignment, double offset)
    {
        var line = Break("aaaa bbbb", 100)[0]; // 45 wide, a space of 5 inside
        var ops = new List<DrawOp>();

        TextPlacer.Emit(ops, line, 0, 90, 10, alignment);

        var op = Assert.IsType<TextOp>(Assert.Single(ops));
        Assert.Equal("aaaa bbbb", op.Text);
        Assert.Equal(offset, op.X, 3);
    }
}

public class TableLayoutTests
{
    [Fact]
    public void Resolve_FixedColumnsKeepTheirWidthAndRelativeOnesShareTheRest()
    {
        var widths = ColumnWidths.Resolve([TableColumn.Fixed(30), TableColumn.Relative(2), TableColumn.Relative(1), TableColumn.Fixed(60)], 390);

        Assert.Equal([30, 200, 100, 60], widths);
    }

    [Fact]
    public void Resolve_FixedColumnsWiderThanTheTable_AreScaledToFit()
    {
        var widths = ColumnWidths.Resolve([TableColumn.Fixed(300), TableColumn.Fixed(100), TableColumn.Relative()], 200);

        Assert.Equal(200, widths.Sum(), 6);
        Assert.Equal(3, widths[0] / widths[1], 6);
    }

    [Fact]
    public void Paginate_200Rows_FillsPagesAndNeverSplitsARowThatFitsOnAPage()
    {
        var rows = Enumerable.Range(0, 200).Select(i => new RowMetrics(1 + (i % 3), 12, 3, 0)).ToArray();

        var pages = TablePaginator.Paginate(headerHeight: 30, rows, firstPageAvailable: 300, pageAvailable: 700);

        Assert.True(pages.Count > 3);
        Assert.False(pages[0].StartsNewPage);
        Assert.All(pages.Skip(1), p => Assert.True(p.StartsNewPage));
        Assert.Equal(Enumerable.Range(0, 200), pages.SelectMany(p => p.Rows).Select(r => r.Row));
        Assert.All(pages.SelectMany(p => p.Rows), r => Assert.Equal((r.FromLine, r.ToLine), (0, rows[r.Row].Lines)));
        Assert.True(pages[0].Rows.Sum(r => r.Height) <= 300 - 30);
        Assert.All(pages.Skip(1), p => Assert.True(p.Rows.Sum(r => r.Height) <= 700 - 30));

        // A page is only closed when the next row does not fit in what is left.
        for (var i = 0; i + 2 < pages.Count; i++) // (the last page may take a row more, so as not to hold one alone)
        {
            var available = i == 0 ? 270.0 : 670.0;
            Assert.True(pages[i].Rows.Sum(r => r.Height) + pages[i + 1].Rows[0].Height > available);
        }
    }

    [Fact]
    public void Paginate_HeaderTallerThanAPage_PlacesEveryRowAndEnds()
    {
        var rows = Enumerable.Range(0, 5).Select(_ => new RowMetrics(2, 12, 3, 0)).ToArray();

        var pages = TablePaginator.Paginate(headerHeight: 800, rows, firstPageAvailable: 500, pageAvailable: 700);

        Assert.InRange(pages.Count, 1, 20);
        Assert.All(pages, p => Assert.NotEmpty(p.Rows));
        Assert.Equal(rows.Sum(r => r.Lines), pages.SelectMany(p => p.Rows).Sum(r => r.ToLine - r.FromLine));
    }

    [Fact]
    public void Paginate_WhenOnlyTheHeaderWouldFit_StartsTheTableOnANewPage()
    {
        var pages = TablePaginator.Paginate(30, [new RowMetrics(2, 12, 3, 0)], firstPageAvailable: 40, pageAvailable: 700);

        Assert.True(Assert.Single(pages).StartsNewPage);
    }

    [Fact]
    public void Paginate_RowTallerThanAPage_IsSplitBetweenLinesUnderTheRepeatedHeader()
    {
        var tall = new RowMetrics(100, 12, 3, 0); // 1206 points of text

        var pages = TablePaginator.Paginate(30, [new RowMetrics(1, 12, 3, 0), tall], firstPageAvailable: 700, pageAvailable: 700);

        var slices = pages.SelectMany(p => p.Rows).Where(r => r.Row == 1).ToArray();
        Assert.True(slices.Length >= 2);
        Assert.Equal(0, slices[0].FromLine);
        Assert.Equal(100, slices[^1].ToLine);
        Assert.All(slices.Zip(slices.Skip(1)), s => Assert.Equal(s.First.ToLine, s.Second.FromLine));
        Assert.All(pages, p => Assert.True(p.Rows.Sum(r => r.Height) <= 700 - 30 + 0.01));
    }

    [Fact]
    public void Paginate_MinimumRowHeight_IsRespected()
    {
        var pages = TablePaginator.Paginate(20, Enumerable.Repeat(new RowMetrics(1, 12, 3, 24), 10).ToArray(), 1000, 1000);

        Assert.All(pages[0].Rows, r => Assert.Equal(24, r.Height));
    }
}
