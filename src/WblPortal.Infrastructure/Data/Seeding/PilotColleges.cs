namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>The eight pilot colleges of Table 1 of the concept (shared/seed/wbl-concept-ky.txt), in their cities
/// and regions (region ids as in ReferenceData: 1 Bishkek, 2 Osh City, 4 Jalal-Abad, 5 Issyk-Kul, 6 Naryn,
/// 7 Osh Region, 3 Batken, 9 Chuy).</summary>
internal static class PilotColleges
{
    public sealed record Pilot(Guid Id, string NameKy, string NameRu, string NameEn, int RegionId, string City, string Address, string Director);

    public static readonly IReadOnlyList<Pilot> All =
    [
        new(G(1), "Токмок ш. Агроөнөр жай колледжи", "Агропромышленный колледж г. Токмок", "Tokmok Agro-Industrial College",
            9, "Токмок", "Токмок ш., Ленин көч., 350", "Асанов Мирлан Токтогулович"),
        new(G(2), "Бишкек архитектура жана курулуш менеджменти колледжи", "Бишкекский колледж архитектуры и менеджмента в строительстве", "Bishkek College of Architecture and Construction Management",
            1, "Бишкек", "Бишкек ш., Манас пр., 34", "Жумабаева Айнура Кубанычбековна"),
        new(G(3), "Нарын ш. Агроэкономикалык колледж", "Нарынский агроэкономический колледж", "Naryn Agro-Economic College",
            6, "Нарын", "Нарын ш., Ленин көч., 12", "Осмонов Талант Бейшенбекович"),
        new(G(4), "Балыкчы ш. Ысык-Көл индустриалдык-педагогикалык колледжи", "Иссык-Кульский индустриально-педагогический колледж г. Балыкчы", "Issyk-Kul Industrial-Pedagogical College, Balykchy",
            5, "Балыкчы", "Балыкчы ш., Фрунзе көч., 189", "Сагынбаева Чолпон Асановна"),
        new(G(5), "Кара-Балта техника-экономикалык колледжи", "Кара-Балтинский технико-экономический колледж", "Kara-Balta Technical and Economic College",
            9, "Кара-Балта", "Кара-Балта ш., Кожомбердиев көч., 22", "Бекмуратов Эрлан Сооронбаевич"),
        new(G(6), "ЖАМУнун Жалал-Абад колледжи", "Джалал-Абадский колледж ЖАГУ", "Jalal-Abad College of Jalal-Abad State University",
            4, "Жалал-Абад", "Жалал-Абад ш., Ленин көч., 57", "Мамытова Гүлзат Жолдошбековна"),
        new(G(7), "Т.Кулатов атындагы Кызыл-Кыя тоо-техникалык инновациялар жана экономика колледжи", "Кызыл-Кийский колледж горных технологий, инноваций и экономики им. Т. Кулатова", "Kyzyl-Kiya College of Mining Technologies, Innovation and Economics named after T. Kulatov",
            3, "Кызыл-Кыя", "Кызыл-Кыя ш., Кулатов көч., 1", "Эргешов Нурбек Абдыкадырович"),
        new(G(8), "ОшМУнун Индустриалдык-педагогикалык колледжи", "Индустриально-педагогический колледж ОшГУ", "Industrial-Pedagogical College of Osh State University",
            2, "Ош", "Ош ш., Ленин көч., 331", "Төрөбаева Мээрим Абдималиковна"),
    ];

    private static Guid G(int n) => Guid.Parse($"0190a000-0000-7000-8000-0000000001{n:00}");
}
