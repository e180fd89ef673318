using System.Globalization;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>One day (or week) of the printed diary: date, hours, tasks, outcomes and who approved and countersigned it.</summary>
public sealed record LearnerDiaryLine(DateOnly Date, decimal Hours, string Tasks, string? Outcomes, string? Approval, bool IsCorrection);

/// <summary>The data of a learner's diary for one placement.</summary>
public sealed record LearnerDiaryModel
{
    public required string CollegeName { get; init; }
    public string? CollegeAddress { get; init; }
    public required string LearnerName { get; init; }
    public required string EmployerName { get; init; }
    public required string FormName { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
    public string? MentorName { get; init; }
    public string? CuratorName { get; init; }
    public DateOnly? InductionDate { get; init; }
    public required IReadOnlyList<LearnerDiaryLine> Lines { get; init; }
    public decimal PlannedHours { get; init; }
    public decimal DoneHours { get; init; }

    /// <summary>The mentor's reference (their dated notes to the college); null prints "—".</summary>
    public string? MentorReference { get; init; }

    /// <summary>The grade, when assessments exist; null prints "—".</summary>
    public string? Grade { get; init; }

    public DocumentVerification? Verification { get; init; }
}

/// <summary>Document (f): the learner's practice diary (күндөлүк) for a placement — title page, the daily table with
/// approvals, the mentor's reference and the grade.</summary>
public sealed class LearnerDiaryDocument(LearnerDiaryModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(string Title, string Learner, string Form, string Employer, string Period, string Mentor, string Curator,
        string Induction, string Entries, string[] Header, string Planned, string Done, string Correction, string Reference, string Grade,
        string MentorSign, string CuratorSign, string Caption, string NoEntries);

    private static readonly Texts Ky = new("ӨНДҮРҮШТҮК ПРАКТИКАНЫН КҮНДӨЛҮГҮ", "Окуучу", "ЖОО формасы", "Иш берүүчү", "Мөөнөтү", "Насаатчы",
        "Куратор", "Коопсуздук техникасы боюнча инструктаж", "Күнүмдүк жазуулар",
        ["№", "Күнү", "Саат", "Аткарылган иштер", "Натыйжалар", "Бекитилди"], "Пландалган саат", "Аткарылган (бекитилген) саат",
        "оңдоо", "Насаатчынын мүнөздөмөсү", "Баа", "Насаатчы", "Куратор", "(колу)", "Жазуулар жок.");

    private static readonly Texts Ru = new("ДНЕВНИК ПРОИЗВОДСТВЕННОЙ ПРАКТИКИ", "Обучающийся", "Форма ОРМ", "Работодатель", "Сроки", "Наставник",
        "Куратор", "Инструктаж по технике безопасности", "Ежедневные записи",
        ["№", "Дата", "Часы", "Выполненные работы", "Результаты", "Утверждено"], "Часов по плану", "Выполнено (утверждено) часов",
        "исправление", "Характеристика наставника", "Оценка", "Наставник", "Куратор", "(подпись)", "Записей нет.");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public LearnerDiaryModel Model { get; } = model;

    public string Title => T.Title;

    public override string PdfTitle => $"{T.Title} — {Model.LearnerName}";

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => Model.Verification;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        w.Letterhead(Model.CollegeName, Model.CollegeAddress);
        w.Heading(t.Title, large: true);
        w.Field(t.Learner, Model.LearnerName);
        w.Field(t.Form, Model.FormName);
        w.Field(t.Employer, Model.EmployerName);
        w.Field(t.Period, OfficialDates.Period(Model.StartDate, Model.EndDate, Language));
        w.Field(t.Mentor, Model.MentorName ?? "—");
        w.Field(t.Curator, Model.CuratorName ?? "—");
        w.Field(t.Induction, Model.InductionDate is { } d ? OfficialDates.Short(d) : "—");
        w.Heading(t.Entries);
        if (Model.Lines.Count == 0)
        {
            w.Paragraph(t.NoEntries, indent: false);
        }
        else
        {
            w.Table(
                [DocumentColumn.Mm(9), DocumentColumn.Mm(22), DocumentColumn.Mm(13), DocumentColumn.Relative(4), DocumentColumn.Relative(1.2), DocumentColumn.Relative(2)],
                t.Header,
                Model.Lines.Select((l, i) => (IReadOnlyList<string?>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), OfficialDates.Short(l.Date), OfficialDates.Number(l.Hours),
                    l.IsCorrection ? $"({t.Correction}) {l.Tasks}" : l.Tasks, l.Outcomes, l.Approval,
                ]).ToArray(),
                small: true);
        }

        w.Field(t.Planned, OfficialDates.Number(Model.PlannedHours));
        w.Field(t.Done, OfficialDates.Number(Model.DoneHours));
        w.Heading(t.Reference);
        w.Paragraph(string.IsNullOrWhiteSpace(Model.MentorReference) ? "—" : Model.MentorReference!);
        w.Field(t.Grade, string.IsNullOrWhiteSpace(Model.Grade) ? "—" : Model.Grade!);
        w.Signature(t.MentorSign, Model.MentorName ?? "", t.Caption);
        w.Signature(t.CuratorSign, Model.CuratorName ?? "", t.Caption);
        WriteVerification(w);
    }
}
