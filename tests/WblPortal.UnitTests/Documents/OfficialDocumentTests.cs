using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.UnitTests.Documents;

public class OfficialDocumentTests
{
    private static PdfReadBack Read(OfficialDocument document) => new(document.ToPdf());

    [Fact]
    public void SendingOrder_Ky_ReadsLikeAKyrgyzOrder()
    {
        var model = SampleDocuments.SendingOrder(30);
        var document = new SendingOrderDocument(model, DocumentLanguage.Ky) { CreationDate = SampleDocuments.CreatedAt };

        using var read = Read(document);

        var first = read.Text(0);
        Assert.Contains("Бишкек политехникалык колледжи", first);
        Assert.Contains("БУЙРУК", first);
        Assert.Contains("29.05.2025 Бишкек ш. № 125/2025", first);
        Assert.Contains("Өндүрүштүк практикага жөнөтүү жөнүндө", first);
        Assert.Contains("БУЙРУК КЫЛАМ:", first);
        Assert.Contains("2025-жылдын 2-июнунан 28-июнуна чейин", first);
        Assert.All(new[] { "Окуучунун", "аты-жөнү", "Тайпа", "Адистиги", "Ишкана", "Мөөнөтү", "Куратор", "Насаатчы" }, h => Assert.Contains(h, first));
        var all = read.AllText;
        Assert.All(model.Learners, l => Assert.Contains(l.FullName, all));
        Assert.Contains("нускама (инструктаж)", all);
        Assert.Contains("отчет тапшырсын", all);
        Assert.Contains("Буйруктун аткарылышын көзөмөлдөө", all);
        Assert.Contains("Директор", all);
        Assert.Contains("Буйрук менен тааныштым", all);
        Assert.Contains("2025-жылдын 29-майындагы №125/2025", all);
        Assert.Contains("7Q2M-K4XD-9PTR", first);
        foreach (var letter in new[] { "ң", "ө", "ү", "Ң", "Ө", "Ү" })
        {
            Assert.Contains(letter, all);
        }

        Assert.Contains($"1-бет / {read.Pages.Count}", first);
    }

    [Fact]
    public void SendingOrder_Ru_ReadsLikeARussianOrder()
    {
        var model = SampleDocuments.SendingOrder(30, DocumentLanguage.Ru);

        using var read = Read(new SendingOrderDocument(model, DocumentLanguage.Ru));

        var first = read.Text(0);
        Assert.Contains("Бишкекский политехнический колледж", first);
        Assert.Contains("ПРИКАЗ", first);
        Assert.Contains("29.05.2025 г. Бишкек № 125/2025", first);
        Assert.Contains("О направлении на производственную практику", first);
        Assert.Contains("ПРИКАЗЫВАЮ:", first);
        Assert.Contains("с 2 июня 2025 г. по 28 июня 2025 г.", first);
        var all = read.AllText;
        Assert.All(model.Learners, l => Assert.Contains(l.FullName, all));
        Assert.Contains("Контроль за исполнением приказа", all);
        Assert.Contains("С приказом ознакомлены", all);
        Assert.Contains("№125/2025 от 29 мая 2025 г.", all);
        Assert.Contains("Страница 1 из", first);
        Assert.Contains("Ү. Өмүрбекова", all); // Kyrgyz names stay Kyrgyz in a Russian document
    }

    [Fact]
    public void SendingOrder_With60Learners_TableSpansPagesWithRepeatedHeader()
    {
        var model = SampleDocuments.SendingOrder(60);

        using var read = Read(new SendingOrderDocument(model, DocumentLanguage.Ky));

        var sheet = Enumerable.Range(0, read.Pages.Count).First(i => read.Text(i).StartsWith("Буйрук менен тааныштым", StringComparison.Ordinal));
        // A table page shows learners' group (ЭТ-21) in its rows; each starts with the repeated header.
        var tablePages = Enumerable.Range(0, sheet).Where(i => read.Text(i).Contains("ЭТ-21", StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 2, $"the table is on {tablePages.Count} page(s)");
        string[] header = ["Окуучунун", "аты-жөнү", "Тайпа", "Адистиги", "Ишкана", "Мөөнөтү", "Куратор", "Насаатчы"];
        Assert.All(tablePages, i => Assert.All(header, h => Assert.Contains(h, read.Pages[i].GetWords().Select(w => w.Text))));
        Assert.Equal(60, tablePages.Sum(i => read.Pages[i].GetWords().Count(w => w.Text == "ЭТ-21")));
        // Every learner is on the acknowledgement sheet, one per row.
        var sheetText = string.Join(' ', Enumerable.Range(sheet, read.Pages.Count - sheet).Select(read.Text));
        Assert.All(model.Learners, l => Assert.Contains(l.FullName, sheetText));
    }

    [Theory]
    [InlineData(DocumentLanguage.Ky, "Окуучулардын тайпаларына кураторлорду бекитүү жөнүндө", "БУЙРУК КЫЛАМ:", "01.09.2025 Бишкек ш. № 14/2025")]
    [InlineData(DocumentLanguage.Ru, "О назначении кураторов групп", "ПРИКАЗЫВАЮ:", "01.09.2025 г. Бишкек № 14/2025")]
    public void CuratorOrder_ListsGroupsAndCurators(DocumentLanguage language, string title, string orders, string dateLine)
    {
        using var read = Read(new CuratorOrderDocument(SampleDocuments.CuratorOrder(language), language));

        var all = read.AllText;
        Assert.Contains(title, all);
        Assert.Contains(orders, all);
        Assert.Contains(dateLine, all);
        Assert.Contains("ЭТ-21", all);
        Assert.Contains("Ү. Өмүрбекова", all);
        Assert.Contains("Гүлзат Сүйүнбаева", all);
        Assert.Contains("7Q2M-K4XD-9PTR", all);
    }

    [Theory]
    [InlineData(DocumentLanguage.Ky, "ҮЧ ТАРАПТУУ КЕЛИШИМ", "Колледждин милдеттери", "Ишкананын милдеттери", "Окуучунун милдеттери", "2025-жылдын 2-июнунан 28-июнуна чейин")]
    [InlineData(DocumentLanguage.Ru, "ТРЁХСТОРОННИЙ ДОГОВОР", "Обязанности Колледжа", "Обязанности Предприятия", "Обязанности Обучающегося", "с 2 июня 2025 г. по 28 июня 2025 г.")]
    public void Agreement_NamesThePartiesTheirObligationsAndPeriod(DocumentLanguage language, string title, string college, string employer, string learner, string period)
    {
        using var read = Read(new AgreementDocument(SampleDocuments.Agreement(language), language));

        var all = read.AllText;
        Assert.Contains(title, all);
        Assert.Contains(college, all);
        Assert.Contains(employer, all);
        Assert.Contains(learner, all);
        Assert.Contains(period, all);
        Assert.Contains("Үсөнова Айгүл Жеңишовна", all);
        Assert.Contains("Ала-Тоо Техника ЖЧК", all);
        Assert.Contains("01234567890123", all);
        Assert.Contains("Ң. Бөкөнбаев", all);
        Assert.Contains(language == DocumentLanguage.Ky ? "инструктаж" : "инструктаж", all);
        Assert.Contains(language == DocumentLanguage.Ky ? "3 жылдан кем эмес" : "не менее 3 лет", all);
        Assert.Contains("7Q2M-K4XD-9PTR", all);
    }

    [Theory]
    [InlineData(DocumentLanguage.Ky, "ЖУМУШ ОРДУНДА ОКУТУУ ПРОГРАММАСЫ", "БЕКИТЕМИН", "2025-жылдын 28-августундагы №88/2025 буйругу")]
    [InlineData(DocumentLanguage.Ru, "ПРОГРАММА ОБУЧЕНИЯ НА РАБОЧЕМ МЕСТЕ", "УТВЕРЖДАЮ", "приказ №88/2025 от 28 августа 2025 г.")]
    public void Programme_HasAllEightSections(DocumentLanguage language, string title, string approve, string approval)
    {
        using var read = Read(new ProgrammeDocument(SampleDocuments.Programme(language), language));

        var all = read.AllText;
        Assert.Contains(title, all);
        Assert.Contains(approve, all);
        Assert.Contains(approval, all);
        for (var section = 1; section <= 8; section++)
        {
            Assert.Contains($"{section}. ", all);
        }

        var sections = language == DocumentLanguage.Ky
            ? new[] { "1. Киришүү", "2. ЖООнун максаты", "3. ЖООдон өтүү тартиби", "4. ЖОО формалары", "5. ЖОО программасынын окутуу натыйжалары", "6. Практиканын ар бир түрүнүн мазмуну", "7. Коопсуздук ченемдери", "8. ЖООнун натыйжаларын баалоо" }
            : new[] { "1. Введение", "2. Цель ОРМ", "3. Порядок прохождения ОРМ", "4. Объём учебной нагрузки", "5. Результаты обучения", "6. Содержание каждого вида практики", "7. Нормы безопасности", "8. Правила оценивания" };
        Assert.All(sections, s => Assert.Contains(s, all));
        Assert.Contains("130101", all);
        Assert.Contains("576", all);
        Assert.Contains("ОН1", all);
        Assert.Matches(@"16,2\s%", all); // (72 + 576) / 4000, written as on the web pages
    }

    [Fact]
    public void Preview_HtmlHasTheSameContentAsThePdf()
    {
        var document = new SendingOrderDocument(SampleDocuments.SendingOrder(5), DocumentLanguage.Ky);

        var html = document.ToHtml();

        Assert.Contains("БУЙРУК КЫЛАМ:", html);
        Assert.Contains("Өндүрүштүк практикага жөнөтүү жөнүндө", html);
        Assert.Contains(SampleOrder.Learners(5)[4], html);
        Assert.Contains("7Q2M-K4XD-9PTR", html);
        Assert.Contains("data:image/png;base64,", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public void Preview_EncodesText()
    {
        var model = SampleDocuments.SendingOrder(1) with { EmployerName = "<script>alert(1)</script>" };

        var html = new SendingOrderDocument(model, DocumentLanguage.Ru).ToHtml();

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void DraftOrder_IsMarkedAndHasNoCode()
    {
        var model = SampleDocuments.SendingOrder(3) with { Number = null, Date = null, Verification = null };

        using var read = Read(new SendingOrderDocument(model, DocumentLanguage.Ky));

        Assert.Contains("БУЙРУК (ДОЛБООР)", read.Text(0));
        Assert.DoesNotContain("Текшерүү коду", read.AllText);
    }

    [Theory]
    [InlineData(2024, 5, 29, "2024-жылдын 29-майындагы №825/1 буйругу", "приказ №825/1 от 29 мая 2024 г.")]
    [InlineData(2012, 7, 4, "2012-жылдын 4-июлундагы №825/1 буйругу", "приказ №825/1 от 4 июля 2012 г.")]
    [InlineData(2025, 4, 1, "2025-жылдын 1-апрелиндеги №825/1 буйругу", "приказ №825/1 от 1 апреля 2025 г.")]
    public void OrderReference_UsesTheOfficialDateStyle(int year, int month, int day, string ky, string ru)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(ky, OfficialDates.OrderReference("825/1", date, DocumentLanguage.Ky));
        Assert.Equal(ru, OfficialDates.OrderReference("825/1", date, DocumentLanguage.Ru));
    }
}
