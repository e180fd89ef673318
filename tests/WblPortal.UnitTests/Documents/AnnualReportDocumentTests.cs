using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.UnitTests.Documents;

/// <summary>Document (h), the annual WBL report, read back from the PDF.</summary>
public class AnnualReportDocumentTests
{
    [Fact]
    public void Ky_HasFiguresNarrativeAndAgreementPage()
    {
        var model = SampleAnnualReport.Build(3);

        using var read = new PdfReadBack(new AnnualReportDocument(model, DocumentLanguage.Ky) { CreationDate = SampleDocuments.CreatedAt }.ToPdf());

        var all = read.AllText;
        Assert.Contains("Бишкек политехникалык колледжи", read.Text(0));
        Assert.Contains("ЖУМУШ ОРДУНДА ОКУТУУ БОЮНЧА ЖЫЛДЫК ОТЧЕТ", read.Text(0));
        Assert.Contains("2025–2026-окуу жылы", read.Text(0));
        Assert.Contains("ЖООго тартылган окуучулар 812", all);
        Assert.Contains("анын ичинде кыздар 397", all);
        Assert.Contains("43,3", all); // a decimal comma, as on the web pages
        Assert.Contains("Насаатчылардын педагогикалык даярдыгы жетишсиз.", all);
        Assert.Contains("7Q2M-K4XD-9PTR", all);
        var last = read.Text(read.Pages.Count - 1);
        Assert.Contains("ИШ БЕРҮҮЧҮЛӨР МЕНЕН МАКУЛДАШУУ БАРАГЫ", last);
        Assert.Contains("Курулуш", last); // names wrap in their cells
        Assert.Contains("Жээнбеков", last);
        Assert.Contains("15.09.2026", last);
        foreach (var letter in new[] { "ң", "ө", "ү", "Ң", "Ө", "Ү" })
        {
            Assert.Contains(letter, all);
        }
    }

    [Fact]
    public void Ru_IsRussian()
    {
        using var read = new PdfReadBack(new AnnualReportDocument(SampleAnnualReport.Build(3, DocumentLanguage.Ru), DocumentLanguage.Ru).ToPdf());

        var all = read.AllText;
        Assert.Contains("ГОДОВОЙ ОТЧЁТ ПО ОБУЧЕНИЮ НА РАБОЧЕМ МЕСТЕ", all);
        Assert.Contains("Бишкекский политехнический колледж", all);
        Assert.Contains("ЛИСТ СОГЛАСОВАНИЯ С РАБОТОДАТЕЛЯМИ", all);
        Assert.Contains("Страница 1 из", read.Text(0));
    }

    [Fact]
    public void HundredPlacements_SpanManyPages_WithTheHeaderRepeatedAndEveryLearnerPrinted()
    {
        var model = SampleAnnualReport.Build(100);

        using var read = new PdfReadBack(new AnnualReportDocument(model, DocumentLanguage.Ky).ToPdf());

        Assert.InRange(read.Pages.Count, 35, 70);
        // Every page between the first and the agreement page continues the placements table under its repeated header.
        var tablePages = Enumerable.Range(1, read.Pages.Count - 1).Where(i => read.Text(i).Contains("Айбек")).ToList();
        Assert.True(tablePages.Count >= 30, $"{tablePages.Count} pages with placements");
        Assert.All(tablePages, i => Assert.Contains("Иш берүүчү ЖОО формасы Мөөнөтү Окуучулар", read.Text(i)));
        var words = read.Words.ToHashSet();
        Assert.Contains("Айбек100-25", words);
        Assert.Contains("Айбек001-01", words);
    }
}
