using System.Globalization;
using System.Resources;
using WblPortal.Infrastructure.Documents;
using WblPortal.Infrastructure.Documents.Hyphenation;
using WblPortal.Infrastructure.Documents.Layout;
using WblPortal.Infrastructure.Statistics;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web;

namespace WblPortal.UnitTests.Documents;

/// <summary>
/// Every loop of the layout must advance or stop: inputs that leave no room (no width, a column narrower than a letter,
/// a header taller than a page) end with a bounded result instead of growing without end (the national report's wide
/// Table 1 once grew the portal to 23 GB).
/// </summary>
public sealed class LayoutDegenerateInputTests
{
    private static readonly FontSpec Regular = new("DejaVu Serif", 10); // 5 points per character with the fixed measurer

    private static IReadOnlyList<TextLine> Break(string text, double width, IHyphenator? hyphenator = null, double indent = 0) =>
        LineBreaker.Break([new StyledText(text, Regular)], width, FixedWidthMeasurer.Instance, indent, hyphenator);

    private static string Letters(IEnumerable<TextLine> lines) => string.Concat(lines.SelectMany(l => l.Words).SelectMany(w => w.Pieces).Select(p => p.Text)).Replace("-", "", StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(-50)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(2)] // narrower than one letter (5 points)
    public void Break_NoRoomForALetter_PutsOneLetterALineAndEnds(double width)
    {
        var lines = Break("өндүрүштүк окуу", width, Hyphenators.Kyrgyz);

        Assert.Equal("өндүрүштүкокуу", Letters(lines));
        Assert.InRange(lines.Count, 2, 14);
        Assert.All(lines, l => Assert.NotEmpty(l.Words));
    }

    [Fact]
    public void Break_WordWiderThanTheColumn_EndsWithEveryLetterInOrder()
    {
        var word = string.Concat(Enumerable.Repeat("ө", 500));

        var lines = Break(word, 23, Hyphenators.Russian);

        Assert.Equal(word, Letters(lines));
        Assert.All(lines, l => Assert.True(l.Width <= 23.01, $"'{l.Text}' is {l.Width} wide"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    public void Break_EmptyText_GivesEmptyLinesOnly(string text)
    {
        var lines = Break(text, 100);

        Assert.InRange(lines.Count, 1, 3);
        Assert.All(lines, l => Assert.Empty(l.Words));
    }

    [Fact]
    public void Break_IndentWiderThanTheLine_StillPlacesTheText()
    {
        var lines = Break("окуучулар ишканага жөнөтүлсүн", 40, indent: 400);

        Assert.Equal("окуучуларишканагажөнөтүлсүн", Letters(lines));
    }

    /// <summary>A hyphenator may answer a break at the very start or end of a word (the interface cannot stop it): a
    /// break at 0 would give an empty head and the same word again on the next line, without end.</summary>
    [Fact]
    public void Break_HyphenatorWithPointsAtTheWordsEdges_StillAdvances()
    {
        var lines = Break("абвгдежзик", 20, new EdgeHyphenator());

        Assert.Equal("абвгдежзик", Letters(lines));
        Assert.InRange(lines.Count, 2, 10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(double.NaN)]
    public void Resolve_TableOfNoWidth_GivesColumnsOfNoWidth(double tableWidth)
    {
        var widths = ColumnWidths.Resolve([TableColumn.Fixed(-5), TableColumn.Relative(1), TableColumn.Relative(double.NaN)], tableWidth, [40, 80, 0], 20);

        Assert.All(widths, w => Assert.Equal(0, w));
    }

    /// <summary>The national report's Table 1: many columns whose longest words together exceed the page. The columns that
    /// forgo their longest word keep the floor (a few letters), never a sliver of a point.</summary>
    [Fact]
    public void Resolve_MinimumsExceedingTheTable_NoColumnNarrowerThanTheFloor()
    {
        var columns = new[] { TableColumn.Relative(4) }.Concat(Enumerable.Repeat(TableColumn.Relative(1), 12)).ToArray();
        var minimums = new[] { 60.0 }.Concat(Enumerable.Range(0, 12).Select(i => 70.0 + i)).ToArray();

        var widths = ColumnWidths.Resolve(columns, 728, minimums, floor: 30);

        Assert.Equal(728, widths.Sum(), 3);
        Assert.All(widths, w => Assert.True(w >= 30 - 0.01, $"a column is {w} wide"));
    }

    [Fact]
    public void Resolve_FloorWiderThanAnEqualShare_GivesEqualShares()
    {
        var widths = ColumnWidths.Resolve(Enumerable.Repeat(TableColumn.Relative(1), 10).ToArray(), 100, Enumerable.Repeat(50.0, 10).ToArray(), floor: 30);

        Assert.All(widths, w => Assert.Equal(10, w, 3));
    }

    [Fact]
    public void Paginate_MinimumRowHeightTallerThanAPage_OneRowAPageAndEnds()
    {
        var rows = Enumerable.Range(0, 4).Select(_ => new RowMetrics(1, 12, 3, MinHeight: 2000)).ToArray();

        var pages = TablePaginator.Paginate(20, rows, firstPageAvailable: 300, pageAvailable: 700);

        Assert.Equal(4, pages.Count);
        Assert.Equal([0, 1, 2, 3], pages.SelectMany(p => p.Rows).Select(r => r.Row));
    }

    [Fact]
    public void Paginate_HeaderTallerThanAPage_IsNotRepeatedAndEveryLineIsPlacedOnce()
    {
        var rows = Enumerable.Range(0, 5).Select(_ => new RowMetrics(3, 12, 3, 0)).ToArray();

        var pages = TablePaginator.Paginate(headerHeight: 900, rows, firstPageAvailable: 500, pageAvailable: 700);

        Assert.True(pages[0].WithHeader);
        Assert.All(pages.Skip(1), p => Assert.False(p.WithHeader));
        Assert.Equal(15, pages.SelectMany(p => p.Rows).Sum(r => r.ToLine - r.FromLine));
        Assert.InRange(pages.Count, 1, 16);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Paginate_RowsWithoutLines_AreEachPlacedOnce(int lines)
    {
        var rows = Enumerable.Range(0, 3).Select(_ => new RowMetrics(lines, 12, 3, 0)).ToArray();

        var pages = TablePaginator.Paginate(-10, rows, firstPageAvailable: -5, pageAvailable: -5);

        Assert.Equal([0, 1, 2], pages.SelectMany(p => p.Rows).Select(r => r.Row));
    }

    [Fact]
    public void Layout_HeaderTallerThanAPage_EndsWithEveryRow()
    {
        var header = string.Join(' ', Enumerable.Repeat("өндүрүштүк", 1500));
        var builder = new PdfDocumentBuilder(new DocumentOptions { FooterFormat = null })
            .Table([TableColumn.Relative(1), TableColumn.Fixed(40)], [header, "№"], Enumerable.Range(1, 30).Select(i => (IReadOnlyList<string?>)[$"катар{i}", $"{i}"]));

        var pages = builder.Layout();

        Assert.InRange(pages.Count, 2, 40);
        Assert.Contains("катар30", string.Concat(pages.Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_ColumnNarrowerThanOneLetter_Ends()
    {
        var columns = new[] { TableColumn.Relative(1) }.Concat(Enumerable.Repeat(TableColumn.Fixed(0.5), 3)).ToArray();
        var builder = new PdfDocumentBuilder(new DocumentOptions { FooterFormat = null, Margins = PageMargins.FromMillimetres(20, 104, 20, 104) })
            .Table(columns, ["Окуучулардын аты-жөнү", "Өндүрүштүк", "Практика", "Баа"], Enumerable.Range(1, 20).Select(i => (IReadOnlyList<string?>)[$"Асанов{i}", "жөнөтүлсүн", "жок", "5"]));

        var pages = builder.Layout();

        Assert.InRange(pages.Count, 1, 60);
    }

    [Fact]
    public void LayoutContext_PastTheMostPagesAnyDocumentNeeds_StopsWithAnError()
    {
        var ctx = new LayoutContext(new DocumentOptions(), FixedWidthMeasurer.Instance);

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            for (var i = 0; i < LayoutContext.MaxPages + 5; i++)
            {
                ctx.Add(new LineOp(0, 0, 1, 1, 1));
                ctx.NewPage();
            }
        });

        Assert.Contains("does not advance", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The wide stress table: Table 1 of the national report (its real headers in ky, ru and en, 13 columns in
    /// landscape) with 60 colleges of long names — a bounded number of pages, no word broken without a hyphen.</summary>
    [Theory]
    [InlineData("ky-KG")]
    [InlineData("ru-KG")]
    [InlineData("en")]
    public void Layout_NationalTable1With60LongCollegeNames_EndsOnAFewPagesWithWholeWords(string culture)
    {
        var resources = new ResourceManager("WblPortal.Web.Resources.MinistryResource", typeof(MinistryResource).Assembly);
        var c = CultureInfo.GetCultureInfo(culture);
        string T(string key) => resources.GetString(key, c) ?? key;
        var headers = new[] { T("Col_College") }.Concat(FormsTable.Columns.Select(col => T("Table1_" + col.Key))).ToArray();
        var colleges = Enumerable.Range(1, 60)
            .Select(i => $"Кызыл-Кыя тоо-техникалык инновациялар жана экономика колледжи №{i} (Кыргызалтынкенказуупроект-Инжиниринг)")
            .ToArray();
        var builder = new PdfDocumentBuilder(new DocumentOptions { Orientation = PageOrientation.Landscape, FontSize = 10, Language = culture, HeaderText = "Table 1" });
        builder.Heading(T("Table1_Title"), alignment: TextAlignment.Left);
        builder.Table(
            [TableColumn.Relative(4), .. FormsTable.Columns.Select(_ => TableColumn.Relative(1, TextAlignment.Right))],
            headers,
            colleges.Select((name, i) => (IReadOnlyList<string?>)[name, .. FormsTable.Columns.Select((_, k) => ((i * 7) + k) % 5 == 0 ? "—" : $"{(i * 13) + k}")]));

        var layout = builder.Layout();
        var pdf = builder.ToPdf();

        Assert.InRange(layout.Count, 2, 20);
        var source = string.Join(' ', headers.Concat(colleges).Append(T("Table1_Title")).Append("Table 1 —"))
            + " " + string.Join(' ', Enumerable.Range(0, 2000));
        Assert.Empty(PdfLayoutCheck.Problems(pdf, source, $"table1-stress ({culture})"));
        PdfPages.SaveImages(pdf, $"document-stress-national-table1-{culture}");
    }

    private sealed class EdgeHyphenator : IHyphenator
    {
        public IReadOnlyList<int> Points(string word) => [0, 1, word.Length - 1, word.Length, word.Length + 3];
    }
}
