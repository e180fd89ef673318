using WblPortal.Domain.Assessments;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>The data of a mentor's submitted reference on a learner, names in the document's language.</summary>
public sealed record MentorReferenceModel
{
    public required string EmployerName { get; init; }
    public string? EmployerAddress { get; init; }
    public required string CollegeName { get; init; }
    public required string LearnerName { get; init; }
    public string? Group { get; init; }
    public required string Specialty { get; init; }
    public required string FormName { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required string Attitude { get; init; }
    public required string Skills { get; init; }
    public required string Discipline { get; init; }
    public string? Recommendations { get; init; }
    public required OutcomeLevel Level { get; init; }
    public int? Grade { get; init; }
    public required string MentorName { get; init; }
    public string? MentorPosition { get; init; }
    public required DateOnly Date { get; init; }
    public DocumentVerification? Verification { get; init; }
}

/// <summary>The mentor's reference (мүнөздөмө / характеристика) on a learner at the end of a placement (domain.md §8: the
/// supervisor's reference with a grade): written and signed at the enterprise, for the learner's college.</summary>
public sealed class MentorReferenceDocument(MentorReferenceModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(string Title, string Subtitle, string Learner, string Group, string College, string Specialty, string Form,
        string Period, string Attitude, string Skills, string Discipline, string Recommendations, string Result, string Level, string Grade,
        string Mentor, string Caption, string Seal);

    private static readonly Texts Ky = new("МҮНӨЗДӨМӨ", "жумуш ордунда окутуунун жыйынтыгы боюнча окуучуга", "Окуучу", "Тайпасы",
        "Билим берүү уюму", "Адистиги", "ЖОО формасы", "Мөөнөтү", "1. Ишке болгон мамилеси", "2. Көрсөткөн кесиптик көндүмдөрү",
        "3. Тартиби жана коопсуздук эрежелерин сактоосу", "4. Сунуштар", "5. Сунушталган баа", "Окутуунун натыйжалары", "Баа",
        "Насаатчы", "(колу)", "М.О.");

    private static readonly Texts Ru = new("ХАРАКТЕРИСТИКА", "на обучающегося по итогам обучения на рабочем месте", "Обучающийся", "Группа",
        "Образовательная организация", "Специальность", "Форма ОРМ", "Срок", "1. Отношение к работе", "2. Проявленные профессиональные навыки",
        "3. Дисциплина и соблюдение правил техники безопасности", "4. Рекомендации", "5. Рекомендуемая оценка", "Результаты обучения", "Оценка",
        "Наставник", "(подпись)", "М.П.");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public MentorReferenceModel Model { get; } = model;

    public string Title => T.Title;

    public override string PdfTitle => $"{T.Title} — {Model.LearnerName}";

    public override string Issuer => Model.EmployerName;

    public override DocumentVerification? Verification => Model.Verification;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        var m = Model;
        w.Letterhead(m.EmployerName, m.EmployerAddress);
        w.Heading(t.Title, large: true);
        w.Heading(t.Subtitle);
        w.Field(t.Learner, m.LearnerName);
        if (m.Group is not null)
        {
            w.Field(t.Group, m.Group);
        }

        w.Field(t.College, m.CollegeName);
        w.Field(t.Specialty, m.Specialty);
        w.Field(t.Form, m.FormName);
        w.Field(t.Period, OfficialDates.Period(m.Start, m.End, Language));
        w.Heading(t.Attitude);
        w.Paragraph(m.Attitude);
        w.Heading(t.Skills);
        w.Paragraph(m.Skills);
        w.Heading(t.Discipline);
        w.Paragraph(m.Discipline);
        w.Heading(t.Recommendations);
        w.Paragraph(string.IsNullOrWhiteSpace(m.Recommendations) ? "—" : m.Recommendations!);
        w.Heading(t.Result);
        w.Field(t.Level, AssessmentProtocolDocument.LevelName(m.Level, Language));
        if (m.Grade is { } grade)
        {
            w.Field(t.Grade, AssessmentProtocolDocument.GradeName(grade, Language));
        }

        w.DateLine(OfficialDates.Short(m.Date), "", t.Seal);
        w.Signature(m.MentorPosition is null ? t.Mentor : $"{t.Mentor}, {m.MentorPosition}", m.MentorName, t.Caption);
        WriteVerification(w);
    }
}
