using System.Globalization;
using WblPortal.Infrastructure.Documents;
using WblPortal.Infrastructure.Documents.Layout;

namespace WblPortal.UnitTests.Documents;

public class PdfDocumentBuilderTests
{
    private const string Kyrgyz = "Өндүрүштүк практикага жөнөтүү жөнүндө: ҢӨҮ ңөү";
    private const string Russian = "О направлении на производственную практику";

    private static string Lorem(int words) => string.Join(' ', Enumerable.Range(0, words).Select(i =>
        (i % 5) switch { 0 => "студенттер", 1 => "өндүрүштүк", 2 => "практика", 3 => "ң-тамга", _ => "Өмүрзакова" } + i.ToString(CultureInfo.InvariantCulture)));

    [Fact]
    public void ToPdf_KyrgyzAndRussianText_IsExtractableAsText()
    {
        var pdf = new PdfDocumentBuilder().Paragraph(Kyrgyz).Paragraph(Russian).ToPdf();

        using var read = new PdfReadBack(pdf);
        var text = read.Text(0);
        Assert.Contains(Kyrgyz, text);
        Assert.Contains(Russian, text);
        foreach (var letter in new[] { "ң", "ө", "ү", "Ң", "Ө", "Ү" })
        {
            Assert.Contains(read.Pages[0].Letters, l => l.Value == letter);
        }
    }

    [Fact]
    public void ToPdf_EveryLetter_IsInAnEmbeddedDejaVuFont()
    {
        var pdf = new PdfDocumentBuilder()
            .Heading("БУЙРУК")
            .Paragraph(TextRun.Strong("Негизи: "), Kyrgyz, TextRun.Emphasis(" курсив"))
            .Table([TableColumn.Relative(), TableColumn.Relative()], ["Аты-жөнү", "Колу"], [["Үсөнов Ө.", null]], new TableOptions { Condensed = true })
            .ToPdf();

        using var read = new PdfReadBack(pdf);
        var letters = read.Pages[0].Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToArray();
        Assert.NotEmpty(letters);
        Assert.All(letters, l => Assert.Contains("DejaVu", l.FontName ?? string.Empty));
        foreach (var font in letters.GroupBy(l => l.FontName))
        {
            Assert.True(read.IsEmbedded(font.First()), $"{font.Key} is not embedded");
        }

        Assert.Contains(letters, l => l.FontName!.Contains("Bold", StringComparison.Ordinal));
        Assert.Contains(letters, l => l.FontName!.Contains("Italic", StringComparison.Ordinal));
        Assert.Contains(letters, l => l.FontName!.Contains("Condensed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{0}/{1}", "1/3", "2/3", "3/3")]
    [InlineData("{0}-бет / {1}", "1-бет / 3", "2-бет / 3", "3-бет / 3")]
    [InlineData("Страница {0} из {1}", "Страница 1 из 3", "Страница 2 из 3", "Страница 3 из 3")]
    public void ToPdf_Footer_ShowsPageXOfYOnEveryPage(string format, params string[] expected)
    {
        var pdf = new PdfDocumentBuilder(new DocumentOptions { FooterFormat = format, HeaderText = "Отчёт {0}" })
            .Paragraph("биринчи").PageBreak().Paragraph("экинчи").PageBreak().Paragraph("үчүнчү")
            .ToPdf();

        using var read = new PdfReadBack(pdf);
        Assert.Equal(3, read.Pages.Count);
        for (var i = 0; i < 3; i++)
        {
            var text = read.Text(i);
            Assert.Contains(expected[i], text);
            Assert.Contains($"Отчёт {i + 1}", text);
            foreach (var other in expected.Where((_, j) => j != i))
            {
                Assert.DoesNotContain(other, text);
            }
        }
    }

    [Fact]
    public void ToPdf_FooterOnFlowingContent_CountsThePagesTheTextNeeded()
    {
        var pdf = new PdfDocumentBuilder(new DocumentOptions { FooterFormat = "{0}/{1}" }).Paragraph(Lorem(1500)).ToPdf();

        using var read = new PdfReadBack(pdf);
        var n = read.Pages.Count;
        Assert.True(n >= 3);
        for (var i = 0; i < n; i++)
        {
            Assert.Contains($"{i + 1}/{n}", read.Text(i));
        }
    }

    [Fact]
    public void ToPdf_Table200Rows_SpansPagesWithTheHeaderOnEachAndEveryRowOnce()
    {
        var pdf = new PdfDocumentBuilder()
            .Heading("Студенттердин тизмеси")
            .Table(
                [TableColumn.FixedMm(18, TextAlignment.Right), TableColumn.Relative(3), TableColumn.Relative(2)],
                ["Катар", "Студенттин аты-жөнү", "Практика орду"],
                Enumerable.Range(1, 200).Select(i => (IReadOnlyList<string?>)[$"R{i}", $"Үсөнова Айгүл {i}", i % 10 == 0 ? Lorem(30) : "«Ала-Тоо Техника» ЖЧК"]))
            .ToPdf();

        using var read = new PdfReadBack(pdf);
        Assert.True(read.Pages.Count >= 5);
        for (var i = 0; i < read.Pages.Count; i++)
        {
            var text = read.Text(i);
            Assert.Contains("Катар", text);
            Assert.Contains("Студенттин аты-жөнү", text);
        }

        var rowLabels = read.Words.Where(w => w.Length > 1 && w[0] == 'R' && char.IsDigit(w[1])).ToArray();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"R{i}"), rowLabels);

        // Each row lies on a single page: its label and its name are on the same page.
        for (var i = 0; i < read.Pages.Count; i++)
        {
            var words = read.Pages[i].GetWords().Select(w => w.Text).ToHashSet();
            foreach (var label in words.Where(w => w.StartsWith('R') && w.Length > 1 && char.IsDigit(w[1])))
            {
                Assert.Contains(label[1..], words);
            }
        }
    }

    [Fact]
    public void ToPdf_WrappedParagraph_KeepsAllWordsInOrder()
    {
        var text = Lorem(400);

        var pdf = new PdfDocumentBuilder(new DocumentOptions { FooterFormat = null })
            .Paragraph(text).Paragraph(text, new ParagraphStyle { Alignment = TextAlignment.Left }).ToPdf();

        using var read = new PdfReadBack(pdf);
        Assert.Equal(text.Split(' ').Concat(text.Split(' ')), read.Words);
        Assert.True(read.Pages.Count >= 2);
    }

    [Fact]
    public void ToPdf_WrappedLines_StayInsideTheMargins()
    {
        var options = new DocumentOptions();
        var pdf = new PdfDocumentBuilder(options).Paragraph(Lorem(300)).ToPdf();

        using var read = new PdfReadBack(pdf);
        var page = read.Pages[0];
        var body = page.Letters.Where(l => l.Location.Y > options.Margins.Bottom).ToArray();
        Assert.True(body.Min(l => l.BoundingBox.Left) >= options.Margins.Left - 0.5);
        Assert.True(body.Max(l => l.BoundingBox.Right) <= page.Width - options.Margins.Right + 0.5);
    }

    [Fact]
    public void ToPdf_Landscape_PagesAreWiderThanTall()
    {
        var pdf = new PdfDocumentBuilder(new DocumentOptions { Orientation = PageOrientation.Landscape })
            .Paragraph("Альбомдук барак").PageBreak(PageOrientation.Portrait).Paragraph("Китеп барак")
            .ToPdf();

        using var read = new PdfReadBack(pdf);
        Assert.True(read.Pages[0].Width > read.Pages[0].Height);
        Assert.Equal(842, read.Pages[0].Width, 0);
        Assert.True(read.Pages[1].Width < read.Pages[1].Height);
        Assert.Contains("Альбомдук барак", read.Text(0));
        Assert.Contains("Китеп барак", read.Text(1));
    }

    [Fact]
    public void ToPdf_LetterheadLogoAndSignature_AreOnThePage()
    {
        var pdf = new PdfDocumentBuilder()
            .Letterhead(new Letterhead("Бишкек политехникалык колледжи", "720001, Бишкек ш., Чүй проспекти, 123", TestImages.RgbPng(40, 40))
            {
                Details = "тел. +996 312 123456",
            })
            .Paragraph("Текст.")
            .Signature("Директор", "А. Асанов", "(колу)")
            .ToPdf();

        using var read = new PdfReadBack(pdf);
        var text = read.Text(0);
        Assert.Contains("Бишкек политехникалык колледжи", text);
        Assert.Contains("720001, Бишкек ш., Чүй проспекти, 123", text);
        Assert.Contains("тел. +996 312 123456", text);
        Assert.Contains("Директор", text);
        Assert.Contains("А. Асанов", text);
        Assert.Contains("(колу)", text);
        Assert.Single(read.Pages[0].GetImages());

        // Position left, name at the right margin, on one baseline.
        var director = read.Pages[0].GetWords().Single(w => w.Text == "Директор");
        var name = read.Pages[0].GetWords().Single(w => w.Text == "Асанов");
        Assert.Equal(director.BoundingBox.Bottom, name.BoundingBox.Bottom, 0);
        Assert.True(name.BoundingBox.Right > read.Pages[0].Width - Units.Mm(10) - 2);
    }

    [Fact]
    public void ToPdf_BilingualLetterhead_ShowsBothLanguages()
    {
        var letterhead = SampleOrder.Letterhead(TestImages.RgbPng(30, 30));

        using var read = new PdfReadBack(new PdfDocumentBuilder().Letterhead(letterhead).ToPdf());

        // Two columns side by side: compare words, since extraction may interleave the columns' lines.
        var words = read.Words.ToHashSet();
        Assert.All(letterhead.OrganizationName.Split(' ', '\n'), w => Assert.Contains(w, words));
        Assert.All(letterhead.SecondName!.Split(' ', '\n'), w => Assert.Contains(w, words));
        Assert.Single(read.Pages[0].GetImages());
    }

    [Fact]
    public void ToPdf_NumberedItems_AreNumberedPerLevel()
    {
        var pdf = new PdfDocumentBuilder()
            .NumberedItem("биринчи").NumberedItem("экинчи").NumberedItem("экинчинин биринчиси", level: 1)
            .NumberedItem("экинчинин экинчиси", level: 1).NumberedItem("үчүнчү").NumberedItem("атайын", label: "А)")
            .ToPdf();

        using var read = new PdfReadBack(pdf);
        var text = read.Text(0);
        Assert.Contains("1. биринчи 2. экинчи 2.1. экинчинин биринчиси 2.2. экинчинин экинчиси 3. үчүнчү А) атайын", text);
    }

    [Fact]
    public void ToPdf_AcknowledgementSheet_StartsANewPageWithNamesAndColumns()
    {
        var names = SampleOrder.Learners(12);

        var pdf = new PdfDocumentBuilder()
            .Paragraph("Буйруктун тексти.")
            .AcknowledgementSheet(new AcknowledgementSheet("Таанышты", "Аты-жөнү", "Күнү", "Колу", names) { Caption = "№ 125-ст буйругуна" })
            .ToPdf();

        using var read = new PdfReadBack(pdf);
        Assert.Equal(2, read.Pages.Count);
        var sheet = read.Text(1);
        Assert.StartsWith("Таанышты № 125-ст буйругуна", sheet);
        Assert.Contains("№ Аты-жөнү Күнү Колу", sheet);
        Assert.All(names, n => Assert.Contains(n, sheet));
        Assert.DoesNotContain("Таанышты", read.Text(0));
    }

    [Fact]
    public void ToPdf_FixedQrCode_IsDrawnInTheRequestedCornerOfTheLastPage()
    {
        var builder = new PdfDocumentBuilder()
            .Paragraph("a").PageBreak().Paragraph("b")
            .FixedQrCode("https://wbl.edu.kg/verify/ABCD", 50, PageAnchor.BottomRight, 20, 10);

        var pages = builder.Layout();

        Assert.DoesNotContain(pages[0].Ops, o => o is FillOp);
        var squares = pages[1].Ops.OfType<FillOp>().ToArray();
        Assert.True(squares.Length > 50);
        var page = pages[1];
        Assert.All(squares, s => Assert.InRange(s.X, page.Width - 70 - 0.01, page.Width - 20));
        Assert.All(squares, s => Assert.InRange(s.Y, page.Height - 60 - 0.01, page.Height - 10));
        Assert.Equal(0, squares.Min(s => s.Gray));
        Assert.NotEmpty(builder.ToPdf());
    }

    [Fact]
    public void QrCodes_ProduceAModuleMatrixAndAPng()
    {
        var modules = QrCodes.Modules("WBL-7Q2M-K4XD");
        var png = QrCodes.Png("WBL-7Q2M-K4XD");

        Assert.Equal(modules.Count, modules[0].Length);
        Assert.True(modules.Count >= 21 + 8); // version 1 plus the quiet zone
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public void ToPdf_FlowQrCodeAndImage_AreLaidOutInTheirOrder()
    {
        var builder = new PdfDocumentBuilder()
            .Paragraph("Текшерүү коду:")
            .QrCode("https://wbl.edu.kg/verify/ABCD", 60, TextAlignment.Left)
            .Image(TestImages.RgbPng(20, 10), 100, alignment: TextAlignment.Center);

        var page = builder.Layout()[0];

        var qrBottom = page.Ops.OfType<FillOp>().Max(f => f.Y + f.Height);
        var image = Assert.Single(page.Ops.OfType<ImageOp>());
        Assert.True(image.Y >= qrBottom);
        Assert.Equal(50, image.Height, 3); // 2:1 image scaled to 100 wide
        using var read = new PdfReadBack(builder.ToPdf());
        Assert.Single(read.Pages[0].GetImages());
    }

    [Fact]
    public void ToPdf_KeepWithNext_MovesAHeadingAtThePageFootToTheNextPage()
    {
        var builder = new PdfDocumentBuilder(new DocumentOptions { FooterFormat = null });
        builder.Paragraph("Бөлүм 1.").Spacer(Units.A4LongSide - Units.Mm(40) - 50).Heading("Бөлүм 2").Paragraph(Lorem(60));

        var pages = builder.Layout();

        Assert.Equal(2, pages.Count);
        Assert.Contains("Бөлүм 2", pages[1].Text);
        Assert.Equal("Бөлүм 1.", pages[0].Text);
    }

    [Fact]
    public void Layout_IsDeterministic()
    {
        var first = SampleOrder.Build().Layout();
        var second = SampleOrder.Build().Layout();

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i].Ops.Select(o => o.ToString()), second[i].Ops.Select(o => o.ToString()));
        }
    }

    [Fact]
    public void ToPdf_InParallel_ProducesCompleteDocuments()
    {
        var texts = new string[8];

        Parallel.For(0, texts.Length, i =>
        {
            using var read = new PdfReadBack(SampleOrder.Build(learners: 10 + i).ToPdf());
            texts[i] = read.AllText;
        });

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Contains(SampleOrder.Learners(10 + i)[^1], texts[i]);
        }
    }

    [Fact]
    public void ToPdf_UnknownFontFamily_FallsBackToTheEmbeddedDejaVuNotToSystemFonts()
    {
        var pdf = new PdfDocumentBuilder(new DocumentOptions { FontFamily = "Times New Roman" }).Paragraph(Kyrgyz).ToPdf();

        using var read = new PdfReadBack(pdf);
        var letters = read.Pages[0].Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToArray();
        Assert.All(letters, l => Assert.Contains("DejaVu", l.FontName ?? string.Empty));
        Assert.True(read.IsEmbedded(letters[0]));
    }

    [Fact]
    public void ToPdf_OmitRunningTextsOnSinglePage_LeavesAOnePageOrderWithoutPageNumber()
    {
        var options = new DocumentOptions { FooterFormat = "{0}/{1}", OmitRunningTextsOnSinglePage = true };

        using var one = new PdfReadBack(new PdfDocumentBuilder(options).Paragraph("бир барак").ToPdf());
        using var two = new PdfReadBack(new PdfDocumentBuilder(options).Paragraph("бир").PageBreak().Paragraph("эки").ToPdf());

        Assert.DoesNotContain("1/1", one.Text(0));
        Assert.Contains("1/2", two.Text(0));
        Assert.Contains("2/2", two.Text(1));
    }

    [Fact]
    public void Table_RowWithWrongCellCount_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new PdfDocumentBuilder().Table([TableColumn.Relative(), TableColumn.Relative()], ["a", "b"], [["1", "2"], ["3"]]));

        Assert.Contains("Row 2", ex.Message);
    }
}
