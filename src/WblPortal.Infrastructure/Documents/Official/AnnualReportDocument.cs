using WblPortal.Domain.Common;
using System.Globalization;
using WblPortal.Domain.AnnualReports;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>A partner employer's answer, as printed on the agreement page.</summary>
public sealed record AnnualReportAgreementRow(string EmployerName, EmployerReportDecision Decision, string? Comment, string? AnsweredBy, DateOnly? AnsweredOn);

/// <summary>The data of a college's annual WBL report: the (frozen) figures, the narrative and the employers' answers.
/// College names are in the document's language; figures carry both.</summary>
public sealed record AnnualReportModel
{
    /// <summary>The figures are cut for the reader (an employer's own rows, the ministry's suppressed counts): not the
    /// issued record.</summary>
    public bool ReadersCut { get; init; }

    /// <summary>The counts of people are suppressed for a national reader ("&lt;5", "×"): the document then prints the
    /// legend the ministry's pages show, so the markers are explained on the paper too.</summary>
    public bool SmallCellsSuppressed { get; init; }

    public required string CollegeName { get; init; }
    public string? CollegeAddress { get; init; }
    public required string City { get; init; }
    public required string DirectorName { get; init; }
    public required int AcademicYear { get; init; }
    public required AnnualReportFigures Figures { get; init; }
    public string? Achievements { get; init; }
    public string? Problems { get; init; }
    public string? WblRecommendations { get; init; }
    public string? ProgrammeRecommendations { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public bool IsDraft { get; init; }
    public required IReadOnlyList<AnnualReportAgreementRow> Agreements { get; init; }

    /// <summary>The employers' answer deadline: an employer silent by it is printed as "no answer by …".</summary>
    public DateOnly? AnswerDeadline { get; init; }
    public DocumentVerification? Verification { get; init; }
}

/// <summary>Document (h): the college's annual report on WBL for an academic year, agreed with its partner employers
/// (domain.md §3, college function 10, employer function 12).</summary>
public sealed class AnnualReportDocument(AnnualReportModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(
        string Title, string YearLine, string Draft, string[] Sections, string[] SummaryHeader, string[] SummaryLabels, string[] FormHeader,
        string[] StageHeader, string[] Stages, string[] ProgrammeHeader, string Yes, string No, string[] PlacementHeader, string Total,
        string[] NarrativeHeadings, string NotSet, string AgreementTitle, string AgreementIntro, string[] AgreementHeader, string Agreed,
        string Commented, string Pending, string Director, string SignCaption, string SubmittedOn, string SmallCellsLegend, string NoAnswer);

    private static readonly Texts Ky = new(
        "ЖУМУШ ОРДУНДА ОКУТУУ БОЮНЧА ЖЫЛДЫК ОТЧЕТ", "{0}–{1}-окуу жылы", "ДОЛБООР",
        [
            "1. Негизги көрсөткүчтөр", "2. ЖООнун формалары боюнча окуучулар", "3. ЖООнун этаптары боюнча окуучулар",
            "4. ЖОО программалары жана алардын ЖОО үлүшү", "5. Ишканаларга жөнөтүүлөр", "6. Жетишкендиктер, көйгөйлөр жана сунуштар",
        ],
        ["Көрсөткүч", "Саны"],
        [
            "ЖООго тартылган окуучулар", "анын ичинде кыздар", "анын ичинде уландар", "анын ичинде ден соолугунун мүмкүнчүлүгү чектелген окуучулар",
            "Колледждин бардык окуучулары", "Ишканаларга жөнөтүүлөр", "Иш берүүчүлөр (ишканалар)", "Күчүндөгү өнөктөштүк келишимдер",
            "анын ичинде меморандумдар", "анын ичинде кызматташтык жөнүндө келишимдер", "анын ичинде ЖОО боюнча келишимдер",
            "Бекитилген программалар боюнча ЖОО сааттары", "Өткөрүлгөн маалыматтык иш-чаралар", "Иш-чараларга катышкан окуучулар",
            "Иш-чараларга катышкан иш берүүчүлөр",
        ],
        ["ЖОО формасы", "Жөнөтүүлөр", "Окуучулар"],
        ["Этап", "Жөнөтүүлөр", "Окуучулар"],
        ["0. Даярдоо", "1. Кесип жана жумуш орду менен таанышуу", "2. Тартуу", "3. Иш тажрыйбасы"],
        ["Шифр", "Адистик", "КББУА", "ЖОО сааты", "Жалпы саат", "ЖОО үлүшү, %", "Минимум, %", "Шайкеш"], "ооба", "жок",
        ["№", "Колледж", "Иш берүүчү", "ЖОО формасы", "Мөөнөтү", "Окуучулар"], "Бардыгы",
        ["6.1. Жетишкендиктер", "6.2. Көйгөйлөр", "6.3. ЖООну жакшыртуу боюнча сунуштар", "6.4. ЖОО программасын жакшыртуу боюнча сунуштар"],
        "көрсөтүлгөн эмес",
        "ИШ БЕРҮҮЧҮЛӨР МЕНЕН МАКУЛДАШУУ БАРАГЫ",
        "Жылдык отчет колледждин өнөктөш иш берүүчүлөрү менен макулдашылды:",
        ["№", "Иш берүүчү", "Жообу", "Ким", "Күнү", "Колу"], "макул", "сын-пикир: {0}", "жооп бере элек",
        "Директор", "(колу)", "Министрликке тапшырылган күнү: {0}",
        "<5: 1ден 4кө чейин адам; ×: «<5» жыйынтыктардан эсептелип чыкпашы үчүн жашырылган.", "{0} чейин жооп берген жок");

    private static readonly Texts Ru = new(
        "ГОДОВОЙ ОТЧЁТ ПО ОБУЧЕНИЮ НА РАБОЧЕМ МЕСТЕ", "{0}–{1} учебный год", "ПРОЕКТ",
        [
            "1. Основные показатели", "2. Обучающиеся по формам ОРМ", "3. Обучающиеся по этапам ОРМ",
            "4. Программы ОРМ и доля ОРМ", "5. Направления на предприятия", "6. Достижения, проблемы и рекомендации",
        ],
        ["Показатель", "Количество"],
        [
            "Обучающиеся, охваченные ОРМ", "в том числе девушки", "в том числе юноши", "в том числе обучающиеся с ограниченными возможностями здоровья",
            "Все обучающиеся колледжа", "Направления на предприятия", "Работодатели (предприятия)", "Действующие договоры о партнёрстве",
            "в том числе меморандумы", "в том числе договоры о сотрудничестве", "в том числе договоры об ОРМ",
            "Часы ОРМ по утверждённым программам", "Проведённые информационные мероприятия", "Обучающиеся, посетившие мероприятия",
            "Работодатели, участвовавшие в мероприятиях",
        ],
        ["Форма ОРМ", "Направления", "Обучающиеся"],
        ["Этап", "Направления", "Обучающиеся"],
        ["0. Подготовка", "1. Знакомство с профессией и рабочим местом", "2. Вовлечение", "3. Опыт работы"],
        ["Шифр", "Специальность", "Уровень НРК", "Часы ОРМ", "Всего часов", "Доля ОРМ, %", "Минимум, %", "Соответствует"], "да", "нет",
        ["№", "Колледж", "Работодатель", "Форма ОРМ", "Сроки", "Обучающиеся"], "Итого",
        ["6.1. Достижения", "6.2. Проблемы", "6.3. Рекомендации по улучшению ОРМ", "6.4. Рекомендации по улучшению программы ОРМ"],
        "не указано",
        "ЛИСТ СОГЛАСОВАНИЯ С РАБОТОДАТЕЛЯМИ",
        "Годовой отчёт согласован с работодателями — партнёрами колледжа:",
        ["№", "Работодатель", "Ответ", "Кто", "Дата", "Подпись"], "согласовано", "замечание: {0}", "ответа нет",
        "Директор", "(подпись)", "Дата представления в министерство: {0}",
        "<5: от 1 до 4 человек; ×: скрыто, чтобы «<5» нельзя было вычислить из итогов.", "нет ответа к {0}");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public AnnualReportModel Model { get; } = model;

    public override bool IsIssuedRecord => !Model.ReadersCut;

    public override string PdfTitle => $"{T.Title} {AcademicCalendar.Label(Model.AcademicYear)}";

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => Model.Verification;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        var m = Model;
        var f = m.Figures;
        w.Letterhead(m.CollegeName, m.CollegeAddress);
        w.Heading(t.Title, large: true);
        w.DateLine(string.Format(CultureInfo.InvariantCulture, t.YearLine, m.AcademicYear, m.AcademicYear + 1), CityLine(m.City),
            m.IsDraft ? t.Draft : m.SubmittedOn is { } s ? OfficialDates.Short(s) : "");
        if (m.SmallCellsSuppressed)
        {
            // The same legend as the ministry's pages (MinistryResource "SmallCells_Legend"), before the first table.
            w.Paragraph(t.SmallCellsLegend, indent: false);
        }

        w.Heading(t.Sections[0]);
        int[] values =
        [
            f.Learners, f.LearnersFemale, f.LearnersMale, f.LearnersWithSpecialNeeds, f.LearnersOfCollege, f.Placements, f.Employers,
            f.ActivePartnerships, f.Memoranda, f.CooperationAgreements, f.WblContracts, f.WblHours, f.EventsHeld, f.EventLearnersAttended, f.EventEmployers,
        ];
        w.Table([DocumentColumn.Relative(5), DocumentColumn.Mm(30)], t.SummaryHeader,
            values.Select((v, i) => (IReadOnlyList<string?>)[t.SummaryLabels[i], N(v)]).ToArray());

        w.Heading(t.Sections[1]);
        w.Table([DocumentColumn.Relative(5), DocumentColumn.Mm(30), DocumentColumn.Mm(30)], t.FormHeader,
        [
            .. f.ByForm.Select(x => (IReadOnlyList<string?>)[Language.Pick(x.NameKy, x.NameRu), N(x.Placements), N(x.Learners)]),
            [t.Total, N(f.Placements), N(f.Learners)],
        ]);

        w.Heading(t.Sections[2]);
        w.Table([DocumentColumn.Relative(5), DocumentColumn.Mm(30), DocumentColumn.Mm(30)], t.StageHeader,
            f.ByStage.Select(x => (IReadOnlyList<string?>)[t.Stages[(int)x.Stage], N(x.Placements), N(x.Learners)]).ToArray());

        w.Heading(t.Sections[3]);
        w.Table([DocumentColumn.Mm(22), DocumentColumn.Relative(4), DocumentColumn.Mm(14), DocumentColumn.Mm(16), DocumentColumn.Mm(16),
                DocumentColumn.Mm(16), DocumentColumn.Mm(16), DocumentColumn.Mm(20)], t.ProgrammeHeader,
            f.Programmes.Select(p => (IReadOnlyList<string?>)[p.SpecialtyCode, Language.Pick(p.NameKy, p.NameRu), N(p.NqfLevel), N(p.WblHours),
                N(p.TotalHours), P(p.SharePercent), P(p.MinSharePercent), p.MeetsMinimum ? t.Yes : t.No]).ToArray(), small: true);

        w.Heading(t.Sections[4]);
        w.Table([DocumentColumn.Mm(8), DocumentColumn.Relative(2.2), DocumentColumn.Relative(2.4), DocumentColumn.Relative(2.2), DocumentColumn.Mm(22),
                DocumentColumn.Relative(3.2)], t.PlacementHeader,
        [
            .. f.PlacementRows.Select((p, i) => (IReadOnlyList<string?>)[N(i + 1), m.CollegeName, p.EmployerName, Language.Pick(p.FormKy, p.FormRu),
                $"{OfficialDates.Short(p.Start)}–\n{OfficialDates.Short(p.End)}", Learners(p)]),
            ["", t.Total, "", "", "", N(f.PlacementLearnersTotal ?? f.PlacementRows.Sum(p => p.Learners))],
        ], small: true);

        w.Heading(t.Sections[5]);
        string?[] narrative = [m.Achievements, m.Problems, m.WblRecommendations, m.ProgrammeRecommendations];
        for (var i = 0; i < narrative.Length; i++)
        {
            w.Paragraph(t.NarrativeHeadings[i], bold: true);
            foreach (var paragraph in Or(narrative[i]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                w.Paragraph(paragraph);
            }
        }

        w.Signature(t.Director, m.DirectorName, t.SignCaption);
        WriteVerification(w);

        w.PageBreak();
        w.Heading(t.AgreementTitle);
        w.Paragraph(t.AgreementIntro, indent: false);
        w.Table([DocumentColumn.Mm(10), DocumentColumn.Relative(3), DocumentColumn.Relative(3), DocumentColumn.Relative(2), DocumentColumn.Mm(22),
                DocumentColumn.Mm(28)], t.AgreementHeader,
            m.Agreements.Select((a, i) => (IReadOnlyList<string?>)[N(i + 1), a.EmployerName, Decision(a), a.AnsweredBy ?? "",
                a.AnsweredOn is { } d ? OfficialDates.Short(d) : "", "\n\n____________"]).ToArray());
        if (m.SubmittedOn is { } submitted)
        {
            w.Paragraph(string.Format(CultureInfo.InvariantCulture, t.SubmittedOn, OfficialDates.Short(submitted)), indent: false);
        }
    }

    private string Decision(AnnualReportAgreementRow a) => a.Decision switch
    {
        EmployerReportDecision.Agreed => string.IsNullOrWhiteSpace(a.Comment) ? T.Agreed : $"{T.Agreed} ({a.Comment})",
        EmployerReportDecision.Commented => string.Format(CultureInfo.InvariantCulture, T.Commented, a.Comment),
        EmployerReportDecision.NoAnswer => string.Format(CultureInfo.InvariantCulture, T.NoAnswer,
            Model.AnswerDeadline is { } d ? OfficialDates.Short(d) : "—"),
        _ => T.Pending,
    };

    /// <summary>"3" or the count followed by the names, one per line.</summary>
    private static string Learners(PlacementFigure p) =>
        p.LearnerNames.Count == 0 ? N(p.Learners) : $"{N(p.Learners)}:\n{string.Join("\n", p.LearnerNames)}";

    /// <summary>A count; the ministry's copy carries "&lt;5" / "×" for suppressed ones (AnnualReportFigures.ForNationalReader).</summary>
    private static string N(int value) => WblPortal.Domain.Privacy.SmallCell.Format(value, CultureInfo.InvariantCulture);

    private static string P(decimal value) => OfficialDates.Number(value);

    private string Or(string? text) => string.IsNullOrWhiteSpace(text) ? T.NotSet : text;
}
