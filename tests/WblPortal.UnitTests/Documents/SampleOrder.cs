using WblPortal.Infrastructure.Documents;

namespace WblPortal.UnitTests.Documents;

/// <summary>
/// A Kyrgyz order "on sending learners to production practice" built with the layout layer: the example of a real
/// document for tests and for the benchmark (which links this file).
/// </summary>
public static class SampleOrder
{
    public const string Title = "Өндүрүштүк практикага жөнөтүү жөнүндө";

    private static readonly string[] Surnames =
    [
        "Асанов", "Үсөнов", "Өмүрзаков", "Төлөгөнов", "Жумабеков", "Сүйөркулов", "Мамбетов", "Токтогулов",
        "Эңсебаев", "Бөкөнбаев", "Кадыров", "Исаков", "Дөөлөтов", "Абдыкеримов", "Турдубаев",
    ];

    private static readonly string[] MaleNames = ["Айбек", "Нурсултан", "Бакыт", "Эрлан", "Өмүр", "Мирлан", "Дастан", "Тилек", "Азамат", "Үмүтбек"];

    private static readonly string[] FemaleNames = ["Айгүл", "Жылдыз", "Нургүл", "Бүбүсара", "Гүлзат", "Айпери", "Чолпон", "Мээрим", "Үмүт", "Аңсар"];

    private static readonly string[] Fathers = ["Токтогул", "Бакыт", "Өмүрбек", "Сүйүнбай", "Жеңиш", "Мукай", "Түгөлбай"];

    private static readonly string[] Mentors = ["Ү. Бөкөнбаев, башкы инженер", "Ө. Сыдыкова, цех башчысы", "Н. Жээнбеков, электромонтер"];

    public static IReadOnlyList<string> Learners(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var female = i % 3 == 1;
            var surname = Surnames[(i * 7) % Surnames.Length] + (female ? "а" : string.Empty);
            var name = female ? FemaleNames[i % FemaleNames.Length] : MaleNames[i % MaleNames.Length];
            return $"{surname} {name} {Fathers[i % Fathers.Length]} {(female ? "кызы" : "уулу")}";
        }).ToArray();

    public static Letterhead Letterhead(byte[]? logo = null) => new(
        "Кыргыз Республикасынын Илим, жогорку билим берүү жана инновациялар министрлиги\nБишкек политехникалык колледжи",
        "720001, Бишкек ш., Чүй проспекти, 123",
        logo)
    {
        SecondName = "Министерство науки, высшего образования и инноваций Кыргызской Республики\nБишкекский политехнический колледж",
        SecondAddress = "720001, г. Бишкек, проспект Чуй, 123",
    };

    public static PdfDocumentBuilder Build(int learners = 30, byte[]? logo = null)
    {
        var names = Learners(learners);
        var builder = new PdfDocumentBuilder(new DocumentOptions
        {
            FooterFormat = "{0}-бет / {1}",
            Title = "Буйрук № 125-ст",
            Author = "Бишкек политехникалык колледжи",
            CreationDate = new DateTime(2025, 5, 29, 9, 0, 0, DateTimeKind.Utc),
        });

        builder
            .Letterhead(Letterhead(logo))
            .Heading("БУЙРУК", fontSize: 16, spaceBefore: 4, spaceAfter: 8)
            .SplitLine("29.05.2025", "Бишкек шаары", "№ 125-ст", spaceAfter: 10)
            .Heading(Title, spaceAfter: 10)
            .Paragraph(
                "Кыргыз Республикасынын Өкмөтүнүн 2012-жылдын 4-июлундагы №470 токтому менен бекитилген орто кесиптик " +
                "билим берүү уюмдарынын студенттеринин практикасы жөнүндө жобого, «Электр жабдууларын тейлөө жана оңдоо» " +
                "адистигинин окуу планына жана «Ала-Тоо Техника» ЖЧК менен түзүлгөн 2025-жылдын 12-майындагы №34 " +
                "үч тараптуу келишимге ылайык,")
            .Paragraph([TextRun.Strong("БУЙРУК КЫЛАМ:")], new ParagraphStyle { FirstLineIndent = 0, SpaceBefore = 6, SpaceAfter = 6, KeepWithNext = true })
            .NumberedItem(
                "«Электр жабдууларын тейлөө жана оңдоо» адистигинин ЭТ-21 тайпасынын төмөндө аталган студенттери " +
                "2025-жылдын 2-июнунан 28-июнуна чейин (4 жума) «Ала-Тоо Техника» ЖЧКсына (Бишкек ш., Ыбраимов к., 115) " +
                "өндүрүштүк практикага жөнөтүлсүн:")
            .Table(
                [TableColumn.FixedMm(10, TextAlignment.Center), TableColumn.Relative(3), TableColumn.FixedMm(22, TextAlignment.Center), TableColumn.Relative(2.4)],
                ["№", "Студенттин аты-жөнү", "Тайпасы", "Ишканадагы практика жетекчиси"],
                names.Select((n, i) => (IReadOnlyList<string?>)[(i + 1).ToString(), n, "ЭТ-21", Mentors[i % Mentors.Length]]))
            .NumberedItem("Колледж тарабынан практиканын жетекчиси болуп өндүрүштүк окутуунун мастери Ү. Өмүрбекова дайындалсын.")
            .NumberedItem("Практиканын жетекчиси Ү. Өмүрбекова:")
            .NumberedItem("практика башталганга чейин студенттерге эмгекти коргоо жана техникалык коопсуздук боюнча нускама өткөрсүн;", level: 1)
            .NumberedItem("практика күндөлүктөрүнүн толтурулушун жумасына бир жолудан кем эмес текшерсин;", level: 1)
            .NumberedItem("практика аяктагандан кийин үч жумушчу күндүн ичинде окуу бөлүмүнө отчет тапшырсын.", level: 1)
            .NumberedItem([TextRun.Strong("Буйруктун аткарылышын көзөмөлдөө "), "окуу-өндүрүштүк иштер боюнча директордун орун басары Н. Төлөгөновага жүктөлсүн."])
            .Field("Негиздеме:", "«Ала-Тоо Техника» ЖЧК менен 2025-жылдын 12-майындагы №34 келишим; окуу бөлүмүнүн башчысынын 2025-жылдын 27-майындагы сунушу.",
                new ParagraphStyle { FirstLineIndent = 0, SpaceBefore = 6, FontSize = 10 })
            .Signature("Директор", "А. Асанов", "(колу)", spaceBefore: 24)
            .FixedQrCode("https://wbl.edu.kg/verify/7Q2M-K4XD", 46, PageAnchor.BottomLeft, Units.Mm(30), Units.Mm(3), OverlayPages.First)
            .AcknowledgementSheet(new AcknowledgementSheet("Буйрук менен тааныштым", "Аты-жөнү", "Күнү", "Колу", names)
            {
                Caption = "2025-жылдын 29-майындагы № 125-ст «" + Title + "» буйругуна",
            });
        return builder;
    }
}
