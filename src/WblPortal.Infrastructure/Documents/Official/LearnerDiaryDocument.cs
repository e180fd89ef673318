using System.Globalization;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>Where a submitted diary entry stands, as the printed diary states it.</summary>
public enum DiaryLineState
{
    /// <summary>Submitted, not yet approved by the mentor.</summary>
    NotYetApproved = 1,

    /// <summary>Returned by the mentor with a comment, to be fixed by the learner.</summary>
    Returned = 2,

    Approved = 3,

    /// <summary>Approved by the mentor and countersigned by the college's curator.</summary>
    Countersigned = 4,
}

/// <summary>One day (or week) of the printed diary: date, hours, tasks, outcomes, and its status — who approved and
/// countersigned it and when, or the mentor's comment when it was returned.</summary>
public sealed record LearnerDiaryLine(DateOnly Date, decimal Hours, string Tasks, string? Outcomes, DiaryLineState State, bool IsCorrection)
{
    public string? ApprovedBy { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    public string? CountersignedBy { get; init; }
    public DateOnly? CountersignedOn { get; init; }
    public string? ReturnComment { get; init; }
}

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
    /// <summary>The placement's curator: printed when no entry is countersigned yet.</summary>
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
        string MentorSign, string CuratorSign, string Caption, string NoEntries, string NotYetApproved, string Returned, string Approved,
        string Countersigned);

    private static readonly Texts Ky = new("ӨНДҮРҮШТҮК ПРАКТИКАНЫН КҮНДӨЛҮГҮ", "Окуучу", "ЖОО формасы", "Иш берүүчү", "Мөөнөтү", "Насаатчы",
        "Куратор", "Коопсуздук техникасы боюнча инструктаж", "Күнүмдүк жазуулар",
        ["№", "Күнү", "Саат", "Аткарылган иштер", "Натыйжалар", "Абалы"], "Пландалган саат", "Аткарылган (бекитилген) саат",
        "оңдоо", "Насаатчынын мүнөздөмөсү", "Баа", "Насаатчы", "Куратор", "(колу)", "Жазуулар жок.",
        "Бекитиле элек", "Кайтарылды: «{0}»", "Бекитилди: {0}, {1}", "куратор кол койду: {0}, {1}");

    private static readonly Texts Ru = new("ДНЕВНИК ПРОИЗВОДСТВЕННОЙ ПРАКТИКИ", "Обучающийся", "Форма ОРМ", "Работодатель", "Сроки", "Наставник",
        "Куратор", "Инструктаж по технике безопасности", "Ежедневные записи",
        ["№", "Дата", "Часы", "Выполненные работы", "Результаты", "Статус"], "Часов по плану", "Выполнено (утверждено) часов",
        "исправление", "Характеристика наставника", "Оценка", "Наставник", "Куратор", "(подпись)", "Записей нет.",
        "Не утверждено", "Возвращено: «{0}»", "Утверждено: {0}, {1}", "заверено куратором: {0}, {1}");

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
        var curators = Curators();
        w.Field(t.Curator, curators.Count == 0 ? "—" : string.Join(", ", curators));
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
                    l.IsCorrection ? $"({t.Correction}) {l.Tasks}" : l.Tasks, l.Outcomes, Status(l),
                ]).ToArray(),
                small: true);
        }

        w.Field(t.Planned, OfficialDates.Number(Model.PlannedHours));
        w.Field(t.Done, OfficialDates.Number(Model.DoneHours));
        w.Heading(t.Reference);
        w.Paragraph(string.IsNullOrWhiteSpace(Model.MentorReference) ? "—" : Model.MentorReference!);
        w.Field(t.Grade, string.IsNullOrWhiteSpace(Model.Grade) ? "—" : Model.Grade!);
        w.Signature(t.MentorSign, Model.MentorName ?? "", t.Caption);
        foreach (var curator in curators.DefaultIfEmpty(""))
        {
            w.Signature(t.CuratorSign, curator, t.Caption);
        }

        WriteVerification(w);
    }

    /// <summary>The curators who countersigned entries (in the order they first did), or the placement's curator while
    /// none has: the diary is signed by whoever actually countersigned it.</summary>
    public IReadOnlyList<string> Curators()
    {
        var signed = Model.Lines.Where(l => l.State == DiaryLineState.Countersigned && !string.IsNullOrWhiteSpace(l.CountersignedBy))
            .OrderBy(l => l.CountersignedOn).ThenBy(l => l.Date).Select(l => l.CountersignedBy!).Distinct(StringComparer.Ordinal).ToList();
        return signed.Count > 0 ? signed : string.IsNullOrWhiteSpace(Model.CuratorName) ? [] : [Model.CuratorName!];
    }

    private string Status(LearnerDiaryLine l)
    {
        var t = T;
        string Dated(string format, string? name, DateOnly? on) =>
            string.Format(CultureInfo.InvariantCulture, format, name ?? "—", on is { } d ? OfficialDates.Short(d) : "—");
        return l.State switch
        {
            DiaryLineState.Returned => string.Format(CultureInfo.InvariantCulture, t.Returned, l.ReturnComment ?? ""),
            DiaryLineState.Approved => Dated(t.Approved, l.ApprovedBy, l.ApprovedOn),
            DiaryLineState.Countersigned => Dated(t.Approved, l.ApprovedBy, l.ApprovedOn) + "; " + Dated(t.Countersigned, l.CountersignedBy, l.CountersignedOn),
            _ => t.NotYetApproved,
        };
    }
}
