using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.UnitTests.Documents;

/// <summary>Document (h) from in-memory data: a college's annual report with the given number of placements (25
/// learners each: 100 placements make about 50 pages). Shared with the benchmark.</summary>
public static class SampleAnnualReport
{
    private static readonly string[] LastNames = ["Өмүрбеков", "Үсөнова", "Ңурбеков", "Асанов", "Жээнбекова", "Токтогулов", "Бөкөнбаев", "Сүйүнбаева"];
    private static readonly string[] Employers = ["\"Бишкек Курулуш\" ЖЧК", "\"Ак-Жол Транс\" ААК", "\"Нарын Агро\" ЖЧК", "\"Түштүк Электр\" ААК"];

    public static AnnualReportModel Build(int placements = 100, DocumentLanguage language = DocumentLanguage.Ky, int learnersEach = 25) => new()
    {
        CollegeName = language.Pick("Бишкек политехникалык колледжи", "Бишкекский политехнический колледж"),
        CollegeAddress = "720001, Бишкек ш., Чүй пр., 215",
        City = "Бишкек",
        DirectorName = "Ү. Ө. Асанов",
        AcademicYear = 2025,
        Figures = new AnnualReportFigures
        {
            AcademicYear = 2025,
            From = new DateOnly(2025, 9, 1),
            To = new DateOnly(2026, 8, 31),
            Learners = 812,
            LearnersFemale = 397,
            LearnersMale = 415,
            LearnersWithSpecialNeeds = 14,
            LearnersOfCollege = 1240,
            Placements = placements,
            Employers = Employers.Length,
            ActivePartnerships = 6,
            Memoranda = 2,
            CooperationAgreements = 3,
            WblContracts = 1,
            EventsHeld = 9,
            EventLearnersAttended = 356,
            EventEmployers = 4,
            WblHours = 3120,
            ByForm =
            [
                new FormFigure("excursion", WblStage.GettingToKnow, "Жумуш ордуна экскурсия", "Экскурсия на рабочее место", 12, 290),
                new FormFigure("production_practice", WblStage.WorkExperience, "Өндүрүштүк практика (технологиялык ж.б.)", "Производственная практика", 88, 705),
            ],
            ByStage = [new StageFigure(WblStage.GettingToKnow, 12, 290), new StageFigure(WblStage.WorkExperience, 88, 705)],
            Programmes =
            [
                new ProgrammeFigure("130203", "Электр менен камсыздоо", "Электроснабжение", 5, 1248, 2880, 43.3m, 40m),
                new ProgrammeFigure("270802", "Имараттарды куруу жана пайдалануу", "Строительство и эксплуатация зданий", 5, 1040, 2880, 36.1m, 40m),
            ],
            PlacementRows = Enumerable.Range(1, placements).Select(i => new PlacementFigure(Employers[i % Employers.Length],
                "Өндүрүштүк практика (технологиялык ж.б.)", "Производственная практика", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 28), learnersEach)
            {
                LearnerNames = Enumerable.Range(1, learnersEach).Select(j => $"{LastNames[(i + j) % LastNames.Length]} Айбек{i:D3}-{j:D2}").ToList(),
            }).ToList(),
        },
        Achievements = "Окуучулардын 85% өндүрүштүк практиканы өнөктөш ишканаларда өттү.\nКомпетенцияларды баалоо иш берүүчүлөр менен биргеликте өткөрүлдү; жаңы жабдуулар колдонулду.",
        Problems = "Насаатчылардын педагогикалык даярдыгы жетишсиз.",
        WblRecommendations = "Насаатчыларды окутууну уюштуруу.",
        ProgrammeRecommendations = "Практиканын үлүшүн көбөйтүү.",
        SubmittedOn = new DateOnly(2026, 9, 15),
        Agreements =
        [
            new AnnualReportAgreementRow(Employers[0], EmployerReportDecision.Agreed, null, "Бакыт Жээнбеков", new DateOnly(2026, 9, 10)),
            new AnnualReportAgreementRow(Employers[1], EmployerReportDecision.Commented, "Насаатчылар боюнча маалыматты толуктоо керек", "Гүлнара Үсөнова", new DateOnly(2026, 9, 11)),
        ],
        Verification = SampleDocuments.Verification,
    };
}
