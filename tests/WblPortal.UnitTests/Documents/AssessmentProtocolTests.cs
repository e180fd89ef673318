using WblPortal.Domain.Assessments;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.UnitTests.Documents;

public class AssessmentProtocolTests
{
    private static AssessmentProtocolModel Sample(DocumentLanguage language, string? disagreement = "Баа төмөн деп эсептейм") => new()
    {
        Number = "5G00AB12",
        Date = new DateOnly(2025, 6, 30),
        City = "Бишкек",
        CollegeName = language.Pick("Бишкек политехникалык колледжи", "Бишкекский политехнический колледж"),
        CollegeAddress = "720001, Бишкек ш., Чүй проспекти, 123",
        LearnerName = "Үсөнова Айгүл Жеңишовна",
        Group = "ЭТ-21",
        Specialty = "130101 Электр жабдууларын тейлөө",
        FormName = language.Pick("Өндүрүштүк практика", "Производственная практика"),
        EmployerName = "Ала-Тоо Техника ЖЧК",
        Start = new DateOnly(2025, 6, 2),
        End = new DateOnly(2025, 6, 28),
        Scale = AssessmentScale.ThreeLevel,
        Outcomes =
        [
            new ProtocolOutcome("ОН1", "Электр жабдууларын орнотот", OutcomeLevel.Achieved, OutcomeLevel.PartlyAchieved, OutcomeLevel.Achieved),
            new ProtocolOutcome("ОН2", "Коопсуздук эрежелерин сактайт", OutcomeLevel.PartlyAchieved, OutcomeLevel.PartlyAchieved, OutcomeLevel.PartlyAchieved),
        ],
        Grade = 4,
        CuratorName = "Гүлнара Үсөнова",
        CuratorComment = "Тапшырмаларды өз убагында аткарды",
        MentorName = "Ң. Бөкөнбаев",
        MentorComment = "Жабдуу менен иштөөнү үйрөнүү керек",
        FinalComment = "Макулдашылган жыйынтык",
        CuratorConfirmedOn = new DateOnly(2025, 6, 30),
        MentorConfirmedOn = new DateOnly(2025, 6, 29),
        AcknowledgedOn = new DateOnly(2025, 7, 1),
        Disagreement = disagreement,
        Verification = new DocumentVerification("7Q2M-K4XD-9PTR", "https://wbl.kg/verify/7Q2M-K4XD-9PTR"),
    };

    [Theory]
    [InlineData(DocumentLanguage.Ky, "КОМПЕТЕНЦИЯЛАРДЫ БИРГЕЛЕШИП БААЛОО ПРОТОКОЛУ", "жарым-жартылай жетишилди", "4 (жакшы)", "Жыйынтык менен тааныштым: 01.07.2025", "Окуучунун макул эместиги")]
    [InlineData(DocumentLanguage.Ru, "ПРОТОКОЛ СОВМЕСТНОЙ ОЦЕНКИ КОМПЕТЕНЦИЙ", "частично достигнут", "4 (хорошо)", "С результатом ознакомлен(а): 01.07.2025", "Несогласие обучающегося")]
    public void Protocol_ReadsBackNamesScoresGradeAndAcknowledgement(DocumentLanguage language, string title, string partly, string grade, string ack, string disagreement)
    {
        using var read = new PdfReadBack(new AssessmentProtocolDocument(Sample(language), language).ToPdf());

        var all = read.AllText;
        Assert.Contains(title, all);
        Assert.Contains(language.Pick("Бишкек политехникалык колледжи", "Бишкекский политехнический колледж"), all);
        Assert.Contains("Үсөнова Айгүл Жеңишовна", all);
        Assert.Contains("Ң. Бөкөнбаев", all);
        Assert.Contains("Гүлнара Үсөнова", all);
        Assert.Contains("Электр жабдууларын орнотот", all);
        Assert.Contains(partly, all);
        Assert.Contains(grade, all);
        Assert.Contains(ack, all);
        Assert.Contains(disagreement, all);
        Assert.Contains("Баа төмөн деп эсептейм", all);
        Assert.Contains("7Q2M-K4XD-9PTR", all);
        foreach (var letter in new[] { "ң", "ө", "ү", "Ң", "Ү" })
        {
            Assert.Contains(letter, all);
        }
    }

    [Fact]
    public void Protocol_WithoutDisagreement_HasNoDisagreementLine_AndHtmlPreviewHasTheSameParts()
    {
        var document = new AssessmentProtocolDocument(Sample(DocumentLanguage.Ky, disagreement: null), DocumentLanguage.Ky);
        using var read = new PdfReadBack(document.ToPdf());
        Assert.DoesNotContain("макул эместиги", read.AllText);

        var html = document.ToHtml();
        Assert.Contains("КОМПЕТЕНЦИЯЛАРДЫ БИРГЕЛЕШИП БААЛОО ПРОТОКОЛУ", html);
        Assert.Contains("Жабдуу менен иштөөнү үйрөнүү керек", html);
        Assert.Contains("<table", html);
    }
}
