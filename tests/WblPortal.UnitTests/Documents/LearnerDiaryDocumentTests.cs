using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.UnitTests.Documents;

public class LearnerDiaryDocumentTests
{
    private static LearnerDiaryModel Model(DocumentLanguage language) => new()
    {
        CollegeName = language.Pick("Бишкек политехникалык колледжи", "Бишкекский политехнический колледж"),
        LearnerName = "Өмүрбекова Айпери",
        EmployerName = "\"Ала-Тоо Курулуш\" ЖЧК",
        FormName = language.Pick("Өндүрүштүк практика", "Производственная практика"),
        StartDate = new DateOnly(2026, 11, 2),
        EndDate = new DateOnly(2026, 12, 18),
        MentorName = "Сыдыков Марат",
        CuratorName = "Гүлнара Үсөнова",
        InductionDate = new DateOnly(2026, 11, 2),
        Lines =
        [
            new(new DateOnly(2026, 11, 2), 8, "Токардык станокто даярдамаларды кесүү", "ON1", DiaryLineState.Countersigned, false)
            {
                ApprovedBy = "Сыдыков Марат", ApprovedOn = new DateOnly(2026, 11, 6), CountersignedBy = "Гүлнара Үсөнова", CountersignedOn = new DateOnly(2026, 11, 9),
            },
            new(new DateOnly(2026, 11, 4), 6, "Бөлүктөрдү чийме боюнча иштетүү", "ON1, ON2", DiaryLineState.Approved, true)
            {
                ApprovedBy = "Сыдыков Марат", ApprovedOn = new DateOnly(2026, 11, 6),
            },
        ],
        PlannedHours = 500,
        DoneHours = 14,
        MentorReference = "06.11.2026: Жамаатка тез кошулду.",
        Verification = new DocumentVerification("7Q2M-K4XD-9PTR", "https://wbl.kg/verify/7Q2M-K4XD-9PTR"),
    };

    [Theory]
    [InlineData(DocumentLanguage.Ky, "ӨНДҮРҮШТҮК ПРАКТИКАНЫН КҮНДӨЛҮГҮ", "Насаатчынын мүнөздөмөсү", "оңдоо")]
    [InlineData(DocumentLanguage.Ru, "ДНЕВНИК ПРОИЗВОДСТВЕННОЙ ПРАКТИКИ", "Характеристика наставника", "исправление")]
    public void Diary_HasTitlePageTableWithApprovalsReferenceAndBlankGrade(DocumentLanguage language, string title, string reference, string correction)
    {
        using var read = new PdfReadBack(new LearnerDiaryDocument(Model(language), language).ToPdf());

        var all = read.AllText;
        Assert.Contains(title, all);
        Assert.Contains("Өмүрбекова Айпери", all);
        Assert.Contains("Токардык станокто", all);
        Assert.Contains("02.11.2026", all);
        Assert.Contains(reference, all);
        Assert.Contains("Жамаатка тез кошулду.", all);
        Assert.Contains(correction, all);
        Assert.Contains("—", all);
        Assert.Contains("7Q2M-K4XD-9PTR", all);
    }

    [Fact]
    public void Preview_HtmlHasTheSameContent()
    {
        var html = new LearnerDiaryDocument(Model(DocumentLanguage.Ru), DocumentLanguage.Ru).ToHtml();

        Assert.Contains("ДНЕВНИК ПРОИЗВОДСТВЕННОЙ ПРАКТИКИ", html);
        Assert.Contains("Бөлүктөрдү чийме боюнча иштетүү", html);
        Assert.Contains("7Q2M-K4XD-9PTR", html);
    }
}
