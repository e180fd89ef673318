using System.Globalization;

namespace WblPortal.Infrastructure.Documents.Official;

public sealed record ProgrammeLoadRow(string Form, int Semester, int Hours);

public sealed record ProgrammeOutcomeRow(string Code, string Text, string Competencies);

public sealed record ProgrammeFormRow(string Form, string? Themes, string? SpecificOutcomes, string? WorkEnvironment, string? AssessmentRules, string? RecognitionRules);

/// <summary>The data of a WBL programme with its eight sections (domain.md §4), names in the document's language.
/// <see cref="ApprovalNumber"/> is null until the programme is approved.</summary>
public sealed record ProgrammeModel
{
    public required string CollegeName { get; init; }
    public string? CollegeAddress { get; init; }
    public required string City { get; init; }
    public required string DirectorName { get; init; }
    public required string SpecialtyCode { get; init; }
    public required string SpecialtyName { get; init; }
    public required int AcademicYear { get; init; }
    public int Revision { get; init; } = 1;
    public string? ApprovalNumber { get; init; }
    public DateOnly? ApprovalDate { get; init; }
    public string? NormativeBasis { get; init; }
    public string? Goal { get; init; }
    public string? Procedure { get; init; }
    public string? SafetyRules { get; init; }
    public int TotalStudyHours { get; init; }
    public required IReadOnlyList<ProgrammeLoadRow> Loads { get; init; }
    public required IReadOnlyList<ProgrammeOutcomeRow> Outcomes { get; init; }
    public required IReadOnlyList<ProgrammeFormRow> Forms { get; init; }
    public MentorRequirementsModel? MentorRequirements { get; init; }

    /// <summary>The employers who took part in discussing the programme: each agrees it under "МАКУЛДАШЫЛДЫ / СОГЛАСОВАНО".</summary>
    public IReadOnlyList<string> AgreedByEmployers { get; init; } = [];

    public DocumentVerification? Verification { get; init; }
}

/// <summary>Document (e): the WBL programme of a specialty for an academic year, with all eight sections.</summary>
public sealed class ProgrammeDocument(ProgrammeModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(
        string Approve, string ApprovedBy, string Draft, string Title, string YearLine, string Revision, string[] Sections, string Code,
        string Specialty, string Basis, string[] LoadHeader, string Total, string Share, string[] OutcomeHeader, string Themes, string Outcomes,
        string Environment, string Assessment, string Recognition, string Mentors, string NotSet, string Director, string SignCaption,
        string Agreed, string EmployerHead, string DateBlank, string SealCaption);

    private static readonly Texts Ky = new(
        "БЕКИТЕМИН", "Директор {0}\n{1}", "ДОЛБООР",
        "ЖУМУШ ОРДУНДА ОКУТУУ ПРОГРАММАСЫ", "{0}–{1}-окуу жылы", "{0}-редакция",
        [
            "1. Киришүү", "2. ЖООнун максаты", "3. ЖООдон өтүү тартиби", "4. ЖОО формалары боюнча окуу жүктөмүнүн көлөмү жана графиги",
            "5. ЖОО программасынын окутуу натыйжалары", "6. Практиканын ар бир түрүнүн мазмуну", "7. Коопсуздук ченемдери жана эмгекти коргоо",
            "8. ЖООнун натыйжаларын баалоо жана таануу эрежелери",
        ],
        "Адистиктин шифри:", "Адистиги (кесиби):", "Ченемдик негиздер:",
        ["ЖОО формасы", "Семестр", "Саат"], "Бардыгы", "ЖОО сааттары: {0}, окуу жүктөмүнүн жалпы көлөмү: {1} саат, ЖОО үлүшү: {2}.",
        ["Код", "Окутуунун натыйжасы", "Компетенциялар"],
        "Тематикалык мазмуну:", "Конкреттүү окутуу натыйжалары:", "Талап кылынган жумуш чөйрөсү:", "Баалоо:", "Таануу:",
        "Насаатчыларга коюлуучу талаптар", "көрсөтүлгөн эмес", "Директор", "(колу)",
        "МАКУЛДАШЫЛДЫ", "Жетекчи", "«___» __________ 20___ ж.", "(колу, мөөрү)");

    private static readonly Texts Ru = new(
        "УТВЕРЖДАЮ", "Директор {0}\n{1}", "ПРОЕКТ",
        "ПРОГРАММА ОБУЧЕНИЯ НА РАБОЧЕМ МЕСТЕ", "{0}–{1} учебный год", "редакция {0}",
        [
            "1. Введение", "2. Цель ОРМ", "3. Порядок прохождения ОРМ", "4. Объём учебной нагрузки по формам ОРМ и график",
            "5. Результаты обучения программы ОРМ", "6. Содержание каждого вида практики", "7. Нормы безопасности и охрана труда",
            "8. Правила оценивания и признания результатов ОРМ",
        ],
        "Шифр специальности:", "Специальность (профессия):", "Нормативная основа:",
        ["Форма ОРМ", "Семестр", "Часы"], "Итого", "Часов ОРМ: {0}, общий объём учебной нагрузки: {1} ч., доля ОРМ: {2}.",
        ["Код", "Результат обучения", "Компетенции"],
        "Тематическое содержание:", "Конкретные результаты обучения:", "Требуемая рабочая среда:", "Оценивание:", "Признание:",
        "Требования к наставникам", "не указано", "Директор", "(подпись)",
        "СОГЛАСОВАНО", "Руководитель", "«___» __________ 20___ г.", "(подпись, печать)");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public ProgrammeModel Model { get; } = model;

    public string Title => T.Title;

    public override string PdfTitle => $"{T.Title} {Model.SpecialtyCode}";

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => Model.Verification;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        var m = Model;
        w.Letterhead(m.CollegeName, m.CollegeAddress);
        var approval = m.ApprovalNumber is not null && m.ApprovalDate is { } ad
            ? OfficialDates.OrderReference(m.ApprovalNumber, ad, Language)
            : t.Draft;
        // "БЕКИТЕМИН / УТВЕРЖДАЮ" top right: the director's signature line and name, then the approving order (or the
        // blank date of a draft).
        w.ApprovalBlock(t.Approve,
        [
            $"{t.Director} {m.CollegeName}",
            $"____________ {m.DirectorName}",
            m.ApprovalNumber is not null && m.ApprovalDate is not null ? approval : t.DateBlank,
        ]);
        w.Heading(t.Title, large: true);
        w.Heading($"{m.SpecialtyCode} «{m.SpecialtyName}»");
        w.DateLine(string.Format(CultureInfo.CurrentCulture, t.YearLine, m.AcademicYear, m.AcademicYear + 1), CityLine(m.City), string.Format(CultureInfo.CurrentCulture, t.Revision, m.Revision));

        w.Heading(t.Sections[0]);
        w.Field(t.Code, m.SpecialtyCode);
        w.Field(t.Specialty, m.SpecialtyName);
        w.Field(t.Basis, Or(m.NormativeBasis));
        w.Heading(t.Sections[1]);
        w.Paragraph(Or(m.Goal));
        w.Heading(t.Sections[2]);
        w.Paragraph(Or(m.Procedure));

        w.Heading(t.Sections[3]);
        var hours = m.Loads.Sum(l => l.Hours);
        w.Table([DocumentColumn.Relative(4), DocumentColumn.Mm(25), DocumentColumn.Mm(25)], t.LoadHeader,
        [
            .. m.Loads.Select(l => (IReadOnlyList<string?>)[l.Form, l.Semester.ToString(CultureInfo.InvariantCulture), l.Hours.ToString(CultureInfo.InvariantCulture)]),
            [t.Total, "", hours.ToString(CultureInfo.InvariantCulture)],
        ]);
        var share = m.TotalStudyHours <= 0 ? 0 : Math.Round(100m * hours / m.TotalStudyHours, 1);
        w.Paragraph(string.Format(CultureInfo.InvariantCulture, t.Share, hours, m.TotalStudyHours, OfficialDates.Percent(share)), indent: false);

        w.Heading(t.Sections[4]);
        w.Table([DocumentColumn.Mm(18), DocumentColumn.Relative(4), DocumentColumn.Relative(2)], t.OutcomeHeader,
            m.Outcomes.Select(o => (IReadOnlyList<string?>)[o.Code, o.Text, o.Competencies]).ToArray());

        w.Heading(t.Sections[5]);
        foreach (var f in m.Forms)
        {
            w.Paragraph(f.Form, bold: true);
            w.Field(t.Themes, Or(f.Themes));
            w.Field(t.Outcomes, Or(f.SpecificOutcomes));
            w.Field(t.Environment, Or(f.WorkEnvironment));
        }

        w.Heading(t.Sections[6]);
        w.Paragraph(Or(m.SafetyRules));
        w.Heading(t.Mentors);
        foreach (var line in MentorRequirementTexts.Lines(m.MentorRequirements, Language))
        {
            w.Paragraph("– " + line, indent: false);
        }

        w.Heading(t.Sections[7]);
        foreach (var f in m.Forms)
        {
            w.Paragraph(f.Form, bold: true);
            w.Field(t.Assessment, Or(f.AssessmentRules));
            w.Field(t.Recognition, Or(f.RecognitionRules));
        }

        w.Signature(t.Director, m.DirectorName, t.SignCaption);
        foreach (var employer in m.AgreedByEmployers)
        {
            w.ApprovalBlock(t.Agreed, [$"{t.EmployerHead} {employer}", "____________ " + t.SealCaption, t.DateBlank]);
        }

        WriteVerification(w);
    }

    private string Or(string? text) => string.IsNullOrWhiteSpace(text) ? T.NotSet : text;
}
