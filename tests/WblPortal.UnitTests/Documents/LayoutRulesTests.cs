using System.Net;
using System.Text.RegularExpressions;
using WblPortal.Infrastructure.Documents;
using WblPortal.Infrastructure.Documents.Hyphenation;
using WblPortal.Infrastructure.Documents.Layout;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.UnitTests.Documents;

/// <summary>Issue 13 (layout): hyphenation, keep-together rules, column widths and justification.</summary>
public sealed class LayoutRulesTests
{
    private static string Hyphenate(IHyphenator hyphenator, string word)
    {
        var points = hyphenator.Points(word);
        var parts = new List<string>();
        var from = 0;
        foreach (var p in points)
        {
            parts.Add(word[from..p]);
            from = p;
        }

        parts.Add(word[from..]);
        return string.Join('-', parts);
    }

    [Theory]
    [InlineData("специальность", "спе-ци-аль-ность")]
    [InlineData("соответствует", "со-от-вет-ству-ет")]
    [InlineData("направления", "на-прав-ле-ния")]
    [InlineData("производственная", "про-из-вод-ствен-ная")]
    [InlineData("Оценка", "Оцен-ка")]
    public void Russian_BreaksAtSyllablesByThePatterns(string word, string expected) =>
        Assert.Equal(expected, Hyphenate(Hyphenators.Russian, word));

    [Theory]
    [InlineData("өндүрүштүк", "өн-дү-рүш-түк")]
    [InlineData("жумушчулар", "жу-муш-чу-лар")]
    [InlineData("адистиги", "адис-ти-ги")]
    [InlineData("айтты", "айт-ты")]
    [InlineData("баалоо", "баа-лоо")]
    [InlineData("Шайкештиги", "Шай-кеш-ти-ги")]
    [InlineData("ата", "ата")]
    public void Kyrgyz_BreaksBetweenSyllables_WithTwoLettersAtLeastOnEachSide(string word, string expected) =>
        Assert.Equal(expected, Hyphenate(Hyphenators.Kyrgyz, word));

    [Fact]
    public void Break_WordWiderThanTheLine_BreaksAtASyllableWithAHyphen()
    {
        var font = new FontSpec("DejaVu Serif", 10);

        var lines = LineBreaker.Break([new StyledText("өндүрүштүк", font)], 30, FixedWidthMeasurer.Instance, hyphenator: Hyphenators.Kyrgyz);

        Assert.Equal(["өндү-", "рүштүк"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Break_WordWithItsOwnHyphen_BreaksThereWithoutAddingOne()
    {
        var font = new FontSpec("DejaVu Serif", 10);

        var lines = LineBreaker.Break([new StyledText("окуу-өндүрүштүк", font)], 50, FixedWidthMeasurer.Instance, hyphenator: Hyphenators.Kyrgyz);

        Assert.Equal(["окуу-", "өндүрүштүк"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Resolve_ColumnNarrowerThanItsLongestWord_IsWidenedAtTheOthersExpense()
    {
        var widths = ColumnWidths.Resolve([TableColumn.Relative(1), TableColumn.Relative(1), TableColumn.Relative(2)], 100, [40, 10, 10]);

        Assert.Equal(40, widths[0], 3);
        Assert.Equal(20, widths[1], 3); // the other two share the remaining 60 in their 1:2 proportion
        Assert.Equal(40, widths[2], 3);
    }

    [Fact]
    public void Paginate_LastRowAloneOnAPage_TakesThePreviousRowAlong()
    {
        var rows = Enumerable.Repeat(new RowMetrics(1, 10, 0, 0), 11).ToArray(); // ten rows fit a page

        var pages = TablePaginator.Paginate(0, rows, 100, 100);

        Assert.Equal([9, 2], pages.Select(p => p.Rows.Count));
    }

    [Fact]
    public void Emit_JustifiedLineWithGapsOverTwiceASpace_IsLeftAligned()
    {
        var font = new FontSpec("DejaVu Serif", 10);
        var line = LineBreaker.Break([new StyledText("aaaa bbbb cccccccccccccccc", font)], 100, FixedWidthMeasurer.Instance)[0];
        Assert.Equal("aaaa bbbb", line.Text); // 45 wide in 100: justified gaps would be 32.5, six spaces

        var ops = new List<DrawOp>();
        TextPlacer.Emit(ops, line, 0, 100, 10, TextAlignment.Justify);

        var op = Assert.IsType<TextOp>(Assert.Single(ops));
        Assert.Equal(0, op.X, 3);
    }

    /// <summary>However much text comes before it, the signature shares its page with the end of that text, and the
    /// heading before a paragraph is never a page's last line.</summary>
    [Fact]
    public void Layout_AnyAmountOfTextBefore_SignatureAndHeadingKeepWithTheText()
    {
        for (var paragraphs = 10; paragraphs < 40; paragraphs++)
        {
            var builder = new PdfDocumentBuilder(new DocumentOptions { FooterFormat = null });
            for (var i = 0; i < paragraphs; i++)
            {
                builder.Paragraph($"Параграф {i}: " + string.Concat(Enumerable.Repeat("окуучулар ишканага жөнөтүлсүн ", 1 + (i % 4))));
            }

            builder.Heading("ЖЫЙЫНТЫК").Paragraph("Жыйынтык сөз.").Signature("Директор", "Асанов Алмазбек Бекбоевич", "(колу)")
                .Paragraph("Текшерүү коду: ABC https://wbl.edu.kg/verify/ABC", new ParagraphStyle { KeepWithPrevious = true });

            var pages = builder.Layout();
            var signaturePage = pages.Single(p => p.Text.Contains("Асанов", StringComparison.Ordinal));
            Assert.True(signaturePage.Text.Contains("Жыйынтык сөз.", StringComparison.Ordinal), $"{paragraphs} paragraphs: the signature stands alone");
            var headingPage = pages.Single(p => p.Text.Contains("ЖЫЙЫНТЫК", StringComparison.Ordinal));
            Assert.True(headingPage.Text.Contains("Жыйынтык сөз.", StringComparison.Ordinal), $"{paragraphs} paragraphs: the heading ends a page");
            Assert.All(pages, p => Assert.NotEmpty(p.Ops));
        }
    }

    /// <summary>A one-line item before the signature (the "control" item of an order) never opens a page with only the
    /// signature under it: the end of what precedes it comes along.</summary>
    [Fact]
    public void Layout_OneLineItemBeforeTheSignature_NeverOpensThePageAlone()
    {
        for (var paragraphs = 10; paragraphs < 40; paragraphs++)
        {
            var builder = new PdfDocumentBuilder(new DocumentOptions { FooterFormat = null });
            for (var i = 0; i < paragraphs; i++)
            {
                builder.Paragraph($"Параграф {i}: " + string.Concat(Enumerable.Repeat("окуучулар ишканага жөнөтүлсүн ", 1 + (i % 4))));
            }

            builder.Paragraph("Жыйынтык сөз.").Signature("Директор", "Асанов Алмазбек Бекбоевич", "(колу)")
                .Paragraph("Текшерүү коду: ABC https://wbl.edu.kg/verify/ABC", new ParagraphStyle { KeepWithPrevious = true });

            var pages = builder.Layout();
            var signaturePage = pages.Single(p => p.Text.Contains("Асанов", StringComparison.Ordinal));
            Assert.True(signaturePage.Text.IndexOf("Жыйынтык сөз.", StringComparison.Ordinal) > 0,
                $"{paragraphs} paragraphs: one line opens the signature's page");
        }
    }

    [Fact]
    public void ToPdf_OfficialDocument_CarriesTitleAuthorLanguageAndLinksEveryPageToItsVerification()
    {
        var document = new SendingOrderDocument(SampleDocuments.SendingOrder(40, DocumentLanguage.Ru), DocumentLanguage.Ru);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(document.ToPdf());

        Assert.Equal(document.PdfTitle, pdf.Information.Title);
        Assert.Equal(document.Issuer, pdf.Information.Author);
        var lang = pdf.Structure.Catalog.CatalogDictionary.Data["Lang"];
        Assert.Equal("ru-KG", lang switch
        {
            UglyToad.PdfPig.Tokens.StringToken s => s.Data,
            UglyToad.PdfPig.Tokens.HexToken h => h.Data,
            _ => lang.ToString(),
        });
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.Contains(p.GetHyperlinks(), h => h.Uri == SampleDocuments.Verification.Url));
    }

    /// <summary>The stress case: 60 learners with long names, long names and addresses of the college and the
    /// employer, in both languages — read back from the PDF, no page breaks or word splits a secretary would reject.</summary>
    [Theory]
    [InlineData(DocumentLanguage.Ky)]
    [InlineData(DocumentLanguage.Ru)]
    public void StressDocuments_HaveNoForbiddenBreaks(DocumentLanguage language)
    {
        var problems = new List<string>();
        foreach (var (name, document) in StressDocuments(language))
        {
            var pdf = document.ToPdf();
            problems.AddRange(PdfLayoutCheck.Problems(pdf, SourceText(document), $"{name} ({language})"));
            PdfPages.SaveImages(pdf, $"document-stress-{name}-{language.Code()}");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static string SourceText(OfficialDocument document)
    {
        var html = document.ToHtml();
        var titles = Regex.Matches(html, "title=\"([^\"]*)\"").Select(m => m.Groups[1].Value);
        var text = Regex.Replace(html, "<[^>]+>", " ");
        return WebUtility.HtmlDecode(string.Join(' ', [text, .. titles]))
            + " бет Страница из Текшерүү коду: Код проверки: " + string.Join(' ', Enumerable.Range(1, 300).Select(n => $"{n} {n}-бет"));
    }

    private const string LongCollegeKy = "Кыргыз Республикасынын Билим берүү жана илим министрлигине караштуу Т. Кулатов атындагы Кызыл-Кыя тоо-техникалык инновациялар жана экономика колледжи";
    private const string LongCollegeRu = "Кызыл-Кийский колледж горно-технических инноваций и экономики имени Т. Кулатова при Министерстве образования и науки Кыргызской Республики";
    private const string LongAddressKy = "715600, Баткен облусу, Кызыл-Кыя шаары, Ысмайыл Раззаков атындагы көчө, 147-үй, окуу имаратынын экинчи кабаты, 214-бөлмө";
    private const string LongAddressRu = "715600, Баткенская область, г. Кызыл-Кия, улица имени Исмаила Раззакова, дом 147, второй этаж учебного корпуса, кабинет 214";
    private const string LongEmployer = "Кыргызалтынкенказуупроект-Инжиниринг жоопкерчилиги чектелген коому";

    private static string LongName(string name) => $"{name.Split(' ')[0]}-Абдыкадырбекова {string.Join(' ', name.Split(' ').Skip(1))}";

    private static IEnumerable<(string Name, OfficialDocument Document)> StressDocuments(DocumentLanguage l)
    {
        var college = l.Pick(LongCollegeKy, LongCollegeRu);
        var address = l.Pick(LongAddressKy, LongAddressRu);
        var order = SampleDocuments.SendingOrder(60, l);
        yield return ("a-sending-order", new SendingOrderDocument(order with
        {
            CollegeName = college,
            CollegeAddress = address,
            EmployerName = LongEmployer,
            EmployerAddress = address,
            DirectorName = "Абдыкадырбеков Жеңишбек Токтогулович",
            Learners = order.Learners.Select(x => x with { FullName = LongName(x.FullName), Employer = LongEmployer }).ToList(),
        }, l));
        var curators = SampleDocuments.CuratorOrder(l);
        yield return ("b-curator-order", new CuratorOrderDocument(curators with
        {
            CollegeName = college,
            Lines = Enumerable.Range(0, 30).Select(i => curators.Lines[i % curators.Lines.Count] with { Curator = LongName(SampleOrder.Learners(30)[i]) }).ToList(),
        }, l));
        yield return ("d-agreement", new AgreementDocument(SampleDocuments.Agreement(l) with
        {
            CollegeName = college,
            CollegeAddress = address,
            EmployerName = LongEmployer,
            EmployerAddress = address,
            LearnerName = LongName("Үсөнова Айгүл Жеңишовна"),
            RepresentativeName = LongName("Үсөнов Жеңиш Токтогулович"),
        }, l));
        yield return ("e-programme", new ProgrammeDocument(SampleDocuments.Programme(l) with { CollegeName = college }, l));
        yield return ("h-annual-report", new AnnualReportDocument(SampleAnnualReport.Build(60, l) with { CollegeName = college }, l));
    }
}
