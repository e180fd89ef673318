namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>What a learner's personal-data summary shows: the details as printed lines and each section's rows, already
/// in the document's language (statuses are the portal's words).</summary>
public sealed record PersonalDataSummaryModel
{
    public required string CollegeName { get; init; }
    public required DateOnly Date { get; init; }
    public required IReadOnlyList<(string Label, string Value)> Details { get; init; }
    public required IReadOnlyList<IReadOnlyList<string?>> Placements { get; init; }
    public required IReadOnlyList<IReadOnlyList<string?>> Diary { get; init; }
    public required IReadOnlyList<IReadOnlyList<string?>> Assessments { get; init; }
    public required IReadOnlyList<IReadOnlyList<string?>> Employment { get; init; }
    public required IReadOnlyList<IReadOnlyList<string?>> AccessLog { get; init; }
}

/// <summary>Subject access under Law No. 58: the summary of everything the portal holds about one learner (the full
/// data come as JSON beside it). A living record, not an issued document: no verification code, never stored.</summary>
public sealed class PersonalDataSummaryDocument(PersonalDataSummaryModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(string Title, string Intro, string Details, string Placements, string[] PlacementHeader, string Diary,
        string[] DiaryHeader, string Assessments, string[] AssessmentHeader, string Employment, string[] EmploymentHeader, string Log, string[] LogHeader,
        string None, string Footer);

    private static readonly Texts Ky = new(
        "ЖЕКЕ МААЛЫМАТТАР ЖӨНҮНДӨ КЫСКАЧА БАЯНДАМА",
        "«Жеке мүнөздөгү маалымат жөнүндө» Кыргыз Республикасынын № 58 Мыйзамына ылайык, порталда сиз жөнүндө сакталган маалыматтар.",
        "1. Жеке маалыматтар", "2. Практикалар", ["Форма", "Ишкана", "Мөөнөтү", "Абалы", "Насаатчы"],
        "3. Күндөлүк", ["Күнү", "Саат", "Аткарылган иштер", "Абалы"],
        "4. Баалоолор", ["Башталды", "Абалы", "Баа", "Корутунду"],
        "5. Ишке орношуу", ["Мөөнөт", "Абалы", "Иш берүүчү", "Кызматы"],
        "6. Маалыматтарыңызды ким көрдү", ["Качан", "Ким", "Эмнени"],
        "Жок.", "Толук маалыматтар JSON файлында берилет.");

    private static readonly Texts Ru = new(
        "СВОДКА ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "Данные, которые портал хранит о вас, согласно Закону Кыргызской Республики № 58 «Об информации персонального характера».",
        "1. Персональные данные", "2. Практики", ["Форма", "Предприятие", "Срок", "Статус", "Наставник"],
        "3. Дневник", ["Дата", "Часы", "Выполненные работы", "Статус"],
        "4. Оценивания", ["Начато", "Статус", "Оценка", "Заключение"],
        "5. Трудоустройство", ["Срок", "Статус", "Работодатель", "Должность"],
        "6. Кто просматривал ваши данные", ["Когда", "Кто", "Что"],
        "Нет.", "Полные данные выдаются в файле JSON.");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public PersonalDataSummaryModel Model { get; } = model;

    public override string PdfTitle => T.Title;

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => null;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        w.Letterhead(Model.CollegeName, null);
        w.Heading(t.Title, large: true);
        w.Paragraph(OfficialDates.Short(Model.Date), indent: false);
        w.Paragraph(t.Intro);
        w.Heading(t.Details);
        foreach (var (label, value) in Model.Details)
        {
            w.Field(label + ":", value);
        }

        Section(w, t.Placements, t.PlacementHeader, Model.Placements);
        Section(w, t.Diary, t.DiaryHeader, Model.Diary);
        Section(w, t.Assessments, t.AssessmentHeader, Model.Assessments);
        Section(w, t.Employment, t.EmploymentHeader, Model.Employment);
        Section(w, t.Log, t.LogHeader, Model.AccessLog);
        w.Paragraph(t.Footer, indent: false);
    }

    private void Section(IDocumentWriter w, string heading, string[] header, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        w.Heading(heading);
        if (rows.Count == 0)
        {
            w.Paragraph(T.None, indent: false);
            return;
        }

        w.Table(header.Select(_ => DocumentColumn.Relative(1)).ToArray(), header, rows, small: true);
    }
}
