using WblPortal.Domain.Mentors;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.UnitTests.Documents;

/// <summary>In-memory data for the four official documents, as the Web layer's queries would build them (tests and
/// the benchmark use these).</summary>
public static class SampleDocuments
{
    public static readonly DateOnly IssuedOn = new(2025, 5, 29);
    public static readonly DocumentVerification Verification = new("7Q2M-K4XD-9PTR", "https://wbl.edu.kg/verify/7Q2M-K4XD-9PTR");
    public static readonly DateTime CreatedAt = new(2025, 5, 29, 9, 0, 0, DateTimeKind.Utc);

    public static SendingOrderModel SendingOrder(int learners = 30, DocumentLanguage language = DocumentLanguage.Ky) => new()
    {
        CollegeName = language.Pick("Бишкек политехникалык колледжи", "Бишкекский политехнический колледж"),
        CollegeAddress = language.Pick("720001, Бишкек ш., Чүй проспекти, 123", "720001, г. Бишкек, проспект Чуй, 123"),
        City = "Бишкек",
        DirectorName = "А. Асанов",
        Number = "125/2025",
        Date = IssuedOn,
        EmployerName = "Ала-Тоо Техника ЖЧК",
        EmployerAddress = language.Pick("Бишкек ш., Ыбраимов к., 115", "г. Бишкек, ул. Ибраимова, 115"),
        FormName = language.Pick("Өндүрүштүк практика", "Производственная практика"),
        IsProductionPractice = true,
        Start = new DateOnly(2025, 6, 2),
        End = new DateOnly(2025, 6, 28),
        CuratorName = "Ү. Өмүрбекова",
        CuratorPosition = language.Pick("өндүрүштүк окутуунун мастери", "мастер производственного обучения"),
        MentorName = "Ң. Бөкөнбаев",
        MentorPosition = language.Pick("башкы инженер", "главный инженер"),
        Learners = SampleOrder.Learners(learners).Select(n => new SendingOrderLearner(n, "ЭТ-21",
            language.Pick("130101 Электр жабдууларын тейлөө", "130101 Обслуживание электрооборудования"), "Ала-Тоо Техника ЖЧК",
            new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 28), "Ү. Өмүрбекова", "Ң. Бөкөнбаев")).ToList(),
        Verification = Verification,
    };

    public static CuratorOrderModel CuratorOrder(DocumentLanguage language = DocumentLanguage.Ky) => new()
    {
        CollegeName = language.Pick("Бишкек политехникалык колледжи", "Бишкекский политехнический колледж"),
        City = "Бишкек",
        DirectorName = "А. Асанов",
        Number = "14/2025",
        Date = new DateOnly(2025, 9, 1),
        Lines =
        [
            new CuratorOrderLine("ЭТ-21", language.Pick("130101 Электр жабдууларын тейлөө", "130101 Обслуживание электрооборудования"), "Ү. Өмүрбекова", language.Pick("мастер", "мастер")),
            new CuratorOrderLine("ТК-22", language.Pick("120302 Тигүү өндүрүшү", "120302 Швейное производство"), "Гүлзат Сүйүнбаева", language.Pick("окутуучу", "преподаватель")),
        ],
        Verification = Verification,
    };

    public static AgreementModel Agreement(DocumentLanguage language = DocumentLanguage.Ky) => new()
    {
        Number = "0A1B2C3D",
        Date = new DateOnly(2025, 5, 12),
        City = "Бишкек",
        CollegeName = language.Pick("Бишкек политехникалык колледжи", "Бишкекский политехнический колледж"),
        CollegeAddress = "720001, Бишкек ш., Чүй проспекти, 123",
        DirectorName = "А. Асанов",
        EmployerName = "Ала-Тоо Техника ЖЧК",
        EmployerAddress = "Бишкек ш., Ыбраимов к., 115",
        EmployerInn = "01234567890123",
        EmployerSigner = "Н. Жээнбеков",
        LearnerName = "Үсөнова Айгүл Жеңишовна",
        Group = "ЭТ-21",
        Specialty = language.Pick("130101 Электр жабдууларын тейлөө", "130101 Обслуживание электрооборудования"),
        RepresentativeName = "Үсөнов Жеңиш",
        FormName = language.Pick("Өндүрүштүк практика", "Производственная практика"),
        Start = new DateOnly(2025, 6, 2),
        End = new DateOnly(2025, 6, 28),
        MentorName = "Ң. Бөкөнбаев",
        MentorRequirements = new MentorRequirementsModel(EducationLevel.SecondaryVocational, 3, 4, true, null),
        Verification = Verification,
    };

    public static ProgrammeModel Programme(DocumentLanguage language = DocumentLanguage.Ky) => new()
    {
        CollegeName = language.Pick("Бишкек политехникалык колледжи", "Бишкекский политехнический колледж"),
        City = "Бишкек",
        DirectorName = "А. Асанов",
        SpecialtyCode = "130101",
        SpecialtyName = language.Pick("Электр жабдууларын тейлөө жана оңдоо", "Обслуживание и ремонт электрооборудования"),
        AcademicYear = 2025,
        ApprovalNumber = "88/2025",
        ApprovalDate = new DateOnly(2025, 8, 28),
        NormativeBasis = language.Pick("Мамлекеттик билим берүү стандарты; «Электромонтер» кесиптик стандарты", "Государственный образовательный стандарт; профессиональный стандарт «Электромонтёр»"),
        Goal = language.Pick("Окуучулардын кесиптик компетенцияларын өндүрүштө калыптандыруу.", "Формирование профессиональных компетенций обучающихся на производстве."),
        Procedure = language.Pick("ЖОО колледждин устаканасында жана ишканада өтөт.", "ОРМ проходит в мастерской колледжа и на предприятии."),
        SafetyRules = language.Pick("Эмгекти коргоо боюнча нускамадан өтүү милдеттүү.", "Инструктаж по охране труда обязателен."),
        TotalStudyHours = 4000,
        Loads =
        [
            new ProgrammeLoadRow(language.Pick("Окуу-таанышуу практикасы", "Учебно-ознакомительная практика"), 2, 72),
            new ProgrammeLoadRow(language.Pick("Өндүрүштүк практика", "Производственная практика"), 4, 576),
        ],
        Outcomes = [new ProgrammeOutcomeRow("ОН1", language.Pick("Электр жабдууларын коопсуз тейлейт", "Безопасно обслуживает электрооборудование"), "ЖК1, КК2")],
        Forms =
        [
            new ProgrammeFormRow(language.Pick("Өндүрүштүк практика", "Производственная практика"), language.Pick("Подстанцияларды тейлөө", "Обслуживание подстанций"),
                language.Pick("Өлчөөлөрдү жүргүзөт", "Выполняет измерения"), language.Pick("Ишкананын цехи", "Цех предприятия"),
                language.Pick("Практикалык тапшырма жана күндөлүк", "Практическое задание и дневник"), language.Pick("Сертификат", "Сертификат")),
        ],
        MentorRequirements = new MentorRequirementsModel(EducationLevel.SecondaryVocational, 3, 4, true, null),
        Verification = Verification,
    };
}
