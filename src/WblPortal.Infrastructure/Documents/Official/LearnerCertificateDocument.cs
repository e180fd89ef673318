using System.Globalization;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Reference;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>One placement's line of the certificate, names in the document's language.</summary>
public sealed record CertificatePlacement(string Year, string FormName, WblStage Stage, string? EmployerName, DateOnly Start, DateOnly End,
    decimal PlannedHours, decimal DoneHours, int? Grade);

/// <summary>A learning outcome reached in a final joint assessment, with the placement's form and year.</summary>
public sealed record CertificateOutcome(string Year, string FormName, string Code, string Text, OutcomeLevel Level);

/// <summary>The data of a learner's certificate of WBL results.</summary>
public sealed record LearnerCertificateModel
{
    public required string Number { get; init; }
    public required DateOnly Date { get; init; }
    public required string City { get; init; }
    public required string CollegeName { get; init; }
    public string? CollegeAddress { get; init; }
    public required string DirectorName { get; init; }
    public required string LearnerName { get; init; }
    public required string Group { get; init; }
    public required string Specialty { get; init; }
    public required IReadOnlyList<CertificatePlacement> Placements { get; init; }
    public required IReadOnlyList<CertificateOutcome> Outcomes { get; init; }
    public DocumentVerification? Verification { get; init; }
}

/// <summary>Document 5i: the college's certificate of a learner's work-based learning results — every placement by
/// academic year, form and stage with the employer, dates, hours done and grade, and the learning outcomes achieved in
/// the final joint assessments — signed by the director.</summary>
public sealed class LearnerCertificateDocument(LearnerCertificateModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(
        string Title, string Subtitle, string Intro, string Learner, string Group, string Specialty, string PlacementsHeading, string No,
        string Year, string Form, string Stage, string Employer, string Period, string Hours, string Grade, string AtCollege, string Total,
        string OutcomesHeading, string Outcome, string Level, string NoOutcomes, string NoPlacements, string Director, string SignCaption,
        string[] Stages, string[] Levels, string IntroPartial, string IntroNone, string CompleteForms, string IncompleteForms, string FormHours);

    private static readonly Texts Ky = new(
        "МААЛЫМКАТ", "жумуш ордунда окутуунун жыйынтыктары жөнүндө",
        "Бул маалымкат төмөнкү окуучу жумуш ордунда окутуудан (ЖОО) өткөнүн тастыктайт.",
        "Окуучу", "Тайпасы", "Адистиги", "1. ЖОО формалары жана баскычтары боюнча", "№",
        "Окуу жылы", "ЖОО формасы", "Баскыч", "Ишкана", "Мөөнөтү", "Саат (аткарылды / пландалган)", "Баа", "колледжде", "Бардыгы",
        "2. Жетишилген окутуунун натыйжалары", "Окутуунун натыйжасы", "Деңгээли",
        "Биргелешип баалоонун жыйынтыктары азырынча жок.", "Жумуш ордунда окутуу азырынча жок.", "Директор", "(колу, мөөрү)",
        ["0-баскыч", "1-баскыч", "2-баскыч", "3-баскыч"], ["жетишилген жок", "жарым-жартылай жетишилди", "жетишилди"],
        "Бул маалымкат төмөнкү окуучунун жумуш ордунда окутуудан (ЖОО) берилген күнгө карата өткөнүн көрсөтөт. ЖОО толук аяктай элек: пландалган {1} сааттын {0} сааты аткарылды ({2}).",
        "Бул маалымкат төмөнкү окуучунун жумуш ордунда окутуусу (ЖОО) боюнча берилген күнгө карата маалыматты көрсөтөт. ЖОО боюнча аткарылган (бекитилген) саат азырынча жок.",
        "Толук аткарылган ЖОО формалары:", "Толук аткарыла элек:", "{0}, {1}: {2} / {3} саат");

    private static readonly Texts Ru = new(
        "СПРАВКА", "о результатах обучения на рабочем месте",
        "Настоящая справка подтверждает, что обучающийся прошёл обучение на рабочем месте (ОРМ).",
        "Обучающийся", "Группа", "Специальность", "1. По формам и этапам ОРМ", "№",
        "Учебный год", "Форма ОРМ", "Этап", "Предприятие", "Срок", "Часы (выполнено / по плану)", "Оценка", "в колледже", "Всего",
        "2. Достигнутые результаты обучения", "Результат обучения", "Уровень",
        "Результатов совместной оценки пока нет.", "Обучения на рабочем месте пока не было.", "Директор", "(подпись, печать)",
        ["Этап 0", "Этап 1", "Этап 2", "Этап 3"], ["не достигнут", "частично достигнут", "достигнут"],
        "Настоящая справка отражает прохождение обучающимся обучения на рабочем месте (ОРМ) на дату выдачи. ОРМ пройдено не полностью: выполнено {0} из {1} часов по плану ({2}).",
        "Настоящая справка отражает сведения об обучении на рабочем месте (ОРМ) обучающегося на дату выдачи. Выполненных (утверждённых) часов ОРМ пока нет.",
        "Полностью пройденные формы ОРМ:", "Пройдены не полностью:", "{0}, {1}: {2} / {3} ч");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public LearnerCertificateModel Model { get; } = model;

    public override string PdfTitle => $"{T.Title} № {Model.Number}";

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => Model.Verification;

    public static string Hours(decimal hours) => OfficialDates.Number(hours);

    /// <summary>A placement is complete when it had planned hours and every one of them is done.</summary>
    public static bool IsComplete(CertificatePlacement p) => p.PlannedHours > 0 && p.DoneHours >= p.PlannedHours;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        var m = Model;
        w.Letterhead(m.CollegeName, m.CollegeAddress);
        w.Heading(t.Title, large: true);
        w.Heading(t.Subtitle);
        w.DateLine(OfficialDates.Short(m.Date), CityLine(m.City), "№ " + m.Number);
        var planned = m.Placements.Sum(p => p.PlannedHours);
        var done = m.Placements.Sum(p => p.DoneHours);
        // Completed only when every planned hour is done: a certificate never states WBL passed on 0 hours or short of the plan.
        w.Paragraph(done <= 0 ? t.IntroNone
            : planned > 0 && done >= planned ? t.Intro
            : string.Format(CultureInfo.InvariantCulture, t.IntroPartial, Hours(done), Hours(planned), planned > 0 ? OfficialDates.Percent(Math.Round(done * 100 / planned, 1)) : "—"));
        w.Field(t.Learner, m.LearnerName);
        w.Field(t.Group, m.Group);
        w.Field(t.Specialty, m.Specialty);

        w.Heading(t.PlacementsHeading);
        if (m.Placements.Count == 0)
        {
            w.Paragraph(t.NoPlacements, indent: false);
        }
        else
        {
            var rows = m.Placements.Select((p, i) => (IReadOnlyList<string?>)[
                $"{i + 1}", p.Year, p.FormName, t.Stages[(int)p.Stage], p.EmployerName ?? t.AtCollege,
                $"{OfficialDates.Short(p.Start)} – {OfficialDates.Short(p.End)}", $"{Hours(p.DoneHours)} / {Hours(p.PlannedHours)}",
                p.Grade is { } g ? $"{g}" : "—"]).ToList();
            rows.Add(["", "", t.Total, "", "", "", $"{Hours(m.Placements.Sum(p => p.DoneHours))} / {Hours(m.Placements.Sum(p => p.PlannedHours))}", ""]);
            w.Table(
                [DocumentColumn.Mm(8), DocumentColumn.Mm(22), DocumentColumn.Relative(2), DocumentColumn.Mm(17), DocumentColumn.Relative(2),
                 DocumentColumn.Mm(24), DocumentColumn.Mm(24), DocumentColumn.Mm(12)],
                [t.No, t.Year, t.Form, t.Stage, t.Employer, t.Period, t.Hours, t.Grade], rows, small: true);
            string Line(CertificatePlacement p) => string.Format(CultureInfo.InvariantCulture, t.FormHours, p.FormName, p.Year, Hours(p.DoneHours), Hours(p.PlannedHours));
            var complete = m.Placements.Where(IsComplete).ToList();
            var incomplete = m.Placements.Where(p => !IsComplete(p)).ToList();
            if (complete.Count > 0)
            {
                w.Field(t.CompleteForms, string.Join("; ", complete.Select(Line)));
            }

            if (incomplete.Count > 0)
            {
                w.Field(t.IncompleteForms, string.Join("; ", incomplete.Select(Line)));
            }
        }

        w.Heading(t.OutcomesHeading);
        if (m.Outcomes.Count == 0)
        {
            w.Paragraph(t.NoOutcomes, indent: false);
        }
        else
        {
            w.Table(
                [DocumentColumn.Mm(8), DocumentColumn.Relative(4), DocumentColumn.Relative(1.6), DocumentColumn.Relative(1.4)],
                [t.No, t.Outcome, t.Form, t.Level],
                m.Outcomes.Select((o, i) => (IReadOnlyList<string?>)[$"{i + 1}", $"{o.Code}. {o.Text}", $"{o.FormName}, {o.Year}", t.Levels[(int)o.Level]]).ToList(),
                small: true);
        }

        w.Signature(t.Director, m.DirectorName, t.SignCaption);
        WriteVerification(w);
    }
}
