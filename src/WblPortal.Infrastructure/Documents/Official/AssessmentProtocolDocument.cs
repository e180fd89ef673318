using WblPortal.Domain.Assessments;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>One learning outcome's row of the protocol.</summary>
public sealed record ProtocolOutcome(string Code, string Text, OutcomeLevel? Curator, OutcomeLevel? Mentor, OutcomeLevel? Final);

/// <summary>The data of a joint assessment protocol, names in the document's language.</summary>
public sealed record AssessmentProtocolModel
{
    public required string Number { get; init; }
    public required DateOnly Date { get; init; }
    public required string City { get; init; }
    public required string CollegeName { get; init; }
    public string? CollegeAddress { get; init; }
    public required string LearnerName { get; init; }
    public string? Group { get; init; }
    public required string Specialty { get; init; }
    public required string FormName { get; init; }
    public string? EmployerName { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required AssessmentScale Scale { get; init; }
    public required IReadOnlyList<ProtocolOutcome> Outcomes { get; init; }
    public int? Grade { get; init; }
    public string? CuratorName { get; init; }
    public string? CuratorComment { get; init; }
    public string? MentorName { get; init; }
    public string? MentorComment { get; init; }
    public string? FinalComment { get; init; }
    public DateOnly? CuratorConfirmedOn { get; init; }
    public DateOnly? MentorConfirmedOn { get; init; }
    public DateOnly? AcknowledgedOn { get; init; }
    public string? Disagreement { get; init; }
    public DocumentVerification? Verification { get; init; }
}

/// <summary>Document 5g: the protocol of the joint competency assessment of a learner by the college's curator and the
/// enterprise's mentor (domain.md §3, the college's duty 9 and the employer's duty 9), with the final result both
/// confirmed and the learner's acknowledgement (and disagreement, if any).</summary>
public sealed class AssessmentProtocolDocument(AssessmentProtocolModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(
        string Title, string Subtitle, string Learner, string Group, string Specialty, string Form, string Employer, string Period, string Scale,
        string OutcomesHeading, string No, string Outcome, string Curator, string Mentor, string Final, string Grade, string CommentsHeading,
        string CuratorComment, string MentorComment, string FinalComment, string SignaturesHeading, string Confirmed, string SignCaption,
        string AckHeading, string Acknowledged, string NotAcknowledged, string Disagreement, string LearnerSign, string[] Levels, string[] Grades,
        string ThreeLevel, string TwoLevel);

    private static readonly Texts Ky = new(
        "КОМПЕТЕНЦИЯЛАРДЫ БИРГЕЛЕШИП БААЛОО ПРОТОКОЛУ", "жумуш ордунда окутуунун жыйынтыгы боюнча",
        "Окуучу", "Тайпасы", "Адистиги", "ЖОО формасы", "Ишкана", "Мөөнөтү", "Баалоо шкаласы",
        "1. Окутуунун натыйжаларын баалоо", "№", "Окутуунун натыйжасы", "Куратор", "Насаатчы", "Жыйынтык", "Баа",
        "2. Пикирлер", "Куратордун пикири", "Насаатчынын пикири", "Жыйынтык боюнча пикир",
        "3. Жыйынтыкты ырастагандар", "ырастады", "(колу)",
        "4. Окуучунун таанышуусу", "Жыйынтык менен тааныштым", "Окуучу азырынча тааныша элек", "Окуучунун макул эместиги", "Окуучу",
        ["жетишилген жок", "жарым-жартылай жетишилди", "жетишилди"], ["", "", "канааттандырарлык эмес", "канааттандырарлык", "жакшы", "эң жакшы"],
        "жетишилген жок / жарым-жартылай жетишилди / жетишилди", "жетишилди / жетишилген жок");

    private static readonly Texts Ru = new(
        "ПРОТОКОЛ СОВМЕСТНОЙ ОЦЕНКИ КОМПЕТЕНЦИЙ", "по итогам обучения на рабочем месте",
        "Обучающийся", "Группа", "Специальность", "Форма ОРМ", "Предприятие", "Срок", "Шкала оценки",
        "1. Оценка результатов обучения", "№", "Результат обучения", "Куратор", "Наставник", "Итог", "Оценка",
        "2. Комментарии", "Комментарий куратора", "Комментарий наставника", "Комментарий к итогу",
        "3. Итог подтвердили", "подтвердил(а)", "(подпись)",
        "4. Ознакомление обучающегося", "С результатом ознакомлен(а)", "Обучающийся ещё не ознакомился", "Несогласие обучающегося", "Обучающийся",
        ["не достигнут", "частично достигнут", "достигнут"], ["", "", "неудовлетворительно", "удовлетворительно", "хорошо", "отлично"],
        "не достигнут / частично достигнут / достигнут", "достигнут / не достигнут");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    /// <summary>An outcome level's name in the document's language (shared with the mentor's reference).</summary>
    internal static string LevelName(OutcomeLevel level, DocumentLanguage language) => (language == DocumentLanguage.Ru ? Ru : Ky).Levels[(int)level];

    /// <summary>"4 (жакшы)": a 2–5 grade with its name in the document's language.</summary>
    internal static string GradeName(int grade, DocumentLanguage language) => $"{grade} ({(language == DocumentLanguage.Ru ? Ru : Ky).Grades[grade]})";

    public AssessmentProtocolModel Model { get; } = model;

    public override string PdfTitle => $"{T.Title} № {Model.Number}";

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => Model.Verification;

    private string Level(OutcomeLevel? level) => level is { } l ? T.Levels[(int)l] : "—";

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        var m = Model;
        w.Letterhead(m.CollegeName, m.CollegeAddress);
        w.Heading(t.Title, large: true);
        w.Heading(t.Subtitle);
        w.DateLine(OfficialDates.Short(m.Date), CityLine(m.City), "№ " + m.Number);
        w.Field(t.Learner, m.LearnerName);
        if (m.Group is not null)
        {
            w.Field(t.Group, m.Group);
        }

        w.Field(t.Specialty, m.Specialty);
        w.Field(t.Form, m.FormName);
        if (m.EmployerName is not null)
        {
            w.Field(t.Employer, m.EmployerName);
        }

        w.Field(t.Period, OfficialDates.Period(m.Start, m.End, Language));
        w.Field(t.Scale, m.Scale == AssessmentScale.TwoLevel ? t.TwoLevel : t.ThreeLevel);

        w.Heading(t.OutcomesHeading);
        w.Table(
            [DocumentColumn.Mm(10), DocumentColumn.Relative(3), DocumentColumn.Relative(1.3), DocumentColumn.Relative(1.3), DocumentColumn.Relative(1.3)],
            [t.No, t.Outcome, t.Curator, t.Mentor, t.Final],
            m.Outcomes.Select((o, i) => (IReadOnlyList<string?>)[$"{i + 1}", $"{o.Code}. {o.Text}", Level(o.Curator), Level(o.Mentor), Level(o.Final)]).ToList(),
            small: true);
        if (m.Grade is { } grade)
        {
            w.Field(t.Grade, GradeName(grade, Language));
        }

        w.Heading(t.CommentsHeading);
        w.Field(t.CuratorComment, m.CuratorComment ?? "—");
        w.Field(t.MentorComment, m.MentorComment ?? "—");
        w.Field(t.FinalComment, m.FinalComment ?? "—");

        w.Heading(t.SignaturesHeading);
        w.Signature(Confirmation(t.Curator, m.CuratorConfirmedOn), m.CuratorName ?? "", t.SignCaption);
        w.Signature(Confirmation(t.Mentor, m.MentorConfirmedOn), m.MentorName ?? "", t.SignCaption);

        w.Heading(t.AckHeading);
        w.Paragraph(m.AcknowledgedOn is { } on ? $"{t.Acknowledged}: {OfficialDates.Short(on)}" : t.NotAcknowledged, indent: false);
        if (m.Disagreement is not null)
        {
            w.Field(t.Disagreement, m.Disagreement);
        }

        w.Signature(t.LearnerSign, m.LearnerName, t.SignCaption);
        WriteVerification(w);
    }

    private string Confirmation(string party, DateOnly? on) => on is { } d ? $"{party} ({T.Confirmed} {OfficialDates.Short(d)})" : party;
}
