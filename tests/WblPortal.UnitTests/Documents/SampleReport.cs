using System.Globalization;
using WblPortal.Infrastructure.Documents;

namespace WblPortal.UnitTests.Documents;

/// <summary>A long Russian report (sections of text and tables) for the page-count and speed checks.</summary>
public static class SampleReport
{
    public static PdfDocumentBuilder Build(int sections)
    {
        var builder = new PdfDocumentBuilder(new DocumentOptions
        {
            HeaderText = "Отчёт о производственной практике за 2024–2025 учебный год",
            FooterFormat = "Страница {0} из {1}",
            CreationDate = new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc),
        });
        builder.Letterhead(new Letterhead("Бишкекский политехнический колледж", "720001, г. Бишкек, проспект Чуй, 123"));
        builder.Heading("ОТЧЁТ", fontSize: 16);
        for (var s = 1; s <= sections; s++)
        {
            builder.Heading($"{s}. Практика группы ЭТ-{20 + s} на предприятии «Ала-Тоо Техника»", alignment: TextAlignment.Left, spaceBefore: 10);
            builder.Paragraph(
                "Производственная практика проведена в соответствии с Положением о практике студентов, утверждённым " +
                "постановлением Правительства Кыргызской Республики от 4 июля 2012 года № 470, и трёхсторонним договором. " +
                "Студенты освоили обслуживание электрооборудования, вели дневники практики и получили характеристики " +
                "руководителей от предприятия. Замечаний по охране труда не поступало.");
            builder.Paragraph([TextRun.Strong("Итоги: "), "все студенты группы допущены к защите отчётов; средний балл — 4,3."]);
            builder.Table(
                [TableColumn.FixedMm(10, TextAlignment.Center), TableColumn.Relative(3), TableColumn.Relative(3), TableColumn.FixedMm(20, TextAlignment.Center)],
                ["№", "Студент", "Руководитель от предприятия", "Оценка"],
                Enumerable.Range(1, 24).Select(i => (IReadOnlyList<string?>)[
                    i.ToString(CultureInfo.InvariantCulture),
                    $"Студент {s}.{i} Өмүрзакова Үмүт Жеңиш кызы",
                    i % 2 == 0 ? "Бөкөнбаев Ү., главный инженер" : "Сыдыкова Ө., начальник цеха",
                    (3 + (i % 3)).ToString(CultureInfo.InvariantCulture)]));
        }

        builder.Signature("Заместитель директора по учебно-производственной работе", "Н. Тологонова");
        return builder;
    }
}
