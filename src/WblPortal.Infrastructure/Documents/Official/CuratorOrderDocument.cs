using System.Globalization;
namespace WblPortal.Infrastructure.Documents.Official;

public sealed record CuratorOrderLine(string Group, string Specialty, string Curator, string? Position);

/// <summary>The data of a college order assigning curators to groups; number and date are null for a draft.</summary>
public sealed record CuratorOrderModel
{
    public required string CollegeName { get; init; }
    public string? CollegeAddress { get; init; }
    public required string City { get; init; }
    public required string DirectorName { get; init; }
    public string? Number { get; init; }
    public DateOnly? Date { get; init; }
    public string? Basis { get; init; }
    public required IReadOnlyList<CuratorOrderLine> Lines { get; init; }
    public DocumentVerification? Verification { get; init; }
}

/// <summary>Document (b): the college's order assigning a curator (master of industrial training or teacher) to each group.</summary>
public sealed class CuratorOrderDocument(CuratorOrderModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(
        string Order, string Draft, string Title, string Basis, string Orders, string Assign, string[] Header, string Duties, string Reporting,
        string ControlLead, string Control, string Director, string SignCaption, string Acquainted, string AckCaption, string Name, string Date,
        string Signature);

    private static readonly Texts Ky = new(
        "БУЙРУК", "ДОЛБООР", "Окуучулардын тайпаларына кураторлорду бекитүү жөнүндө",
        "Жумуш ордунда окутууну уюштуруу жана окуучулардын ЖОО программасын толук аткарышын камсыз кылуу максатында,",
        "БУЙРУК КЫЛАМ:",
        "Төмөнкү тайпаларга жумуш ордунда окутуу боюнча кураторлор (өндүрүштүк окутуу мастерлери же окутуучулар) бекитилсин:",
        ["№", "Тайпа", "Адистик", "Куратор", "Кызматы"],
        "Кураторлор тайпанын ЖОО программасынын аткарылышын камсыз кылсын, окуучулардын практика күндөлүктөрүн көзөмөлдөсүн жана жетишкендиктерин практикалык сабактар журналына киргизсин.",
        "Кураторлор ишкананын насаатчылары менен байланышта иштешсин жана ар бир ЖОО формасы аяктагандан кийин окуу бөлүмүнө отчет тапшырышсын.",
        "Буйруктун аткарылышын көзөмөлдөө", "директордун окуу-өндүрүштүк иштер боюнча орун басарына жүктөлсүн.",
        "Директор", "(колу)", "Буйрук менен тааныштым", "{0} «{1}» буйругуна", "Аты-жөнү", "Күнү", "Колу");

    private static readonly Texts Ru = new(
        "ПРИКАЗ", "ПРОЕКТ", "О назначении кураторов групп",
        "В целях организации обучения на рабочем месте и обеспечения полного выполнения обучающимися программы ОРМ",
        "ПРИКАЗЫВАЮ:",
        "Назначить кураторами по обучению на рабочем месте (мастерами производственного обучения или преподавателями) следующих групп:",
        ["№", "Группа", "Специальность", "Куратор", "Должность"],
        "Кураторам обеспечить выполнение программы ОРМ группы, контролировать ведение дневников практики обучающимися и вносить их достижения в журнал практических занятий.",
        "Кураторам взаимодействовать с наставниками предприятий и по окончании каждой формы ОРМ сдавать отчёт в учебную часть.",
        "Контроль за исполнением приказа", "возложить на заместителя директора по учебно-производственной работе.",
        "Директор", "(подпись)", "С приказом ознакомлены", "к приказу {0} «{1}»", "Ф.И.О.", "Дата", "Подпись");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public CuratorOrderModel Model { get; } = model;

    public string Title => T.Title;

    public override string PdfTitle => $"{T.Order} {Model.Number ?? T.Draft}";

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => Model.Verification;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        w.Letterhead(Model.CollegeName, Model.CollegeAddress);
        w.Heading(Model.Number is null ? $"{t.Order} ({t.Draft})" : t.Order, large: true);
        w.DateLine(Model.Date is { } d ? OfficialDates.Short(d) : "__.__.20__", CityLine(Model.City), "№ " + (Model.Number ?? "____"));
        w.Heading(t.Title);
        w.Paragraph(string.IsNullOrWhiteSpace(Model.Basis) ? t.Basis : Model.Basis!);
        w.Paragraph(t.Orders, bold: true);
        w.Item(t.Assign);
        w.Table(
            [DocumentColumn.Mm(10), DocumentColumn.Relative(1.2), DocumentColumn.Relative(2.5), DocumentColumn.Relative(2.5), DocumentColumn.Relative(2)],
            t.Header,
            Model.Lines.Select((l, i) => (IReadOnlyList<string?>)
                [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), l.Group, l.Specialty, l.Curator, l.Position]).ToArray());
        w.Item(t.Duties);
        w.Item(t.Reporting);
        w.Item(t.Control, strongLead: t.ControlLead);
        w.Signature(t.Director, Model.DirectorName, t.SignCaption);
        WriteVerification(w);
        var reference = Model.Number is null || Model.Date is null ? t.Order : Language == DocumentLanguage.Ru
            ? $"№{Model.Number} {OfficialDates.OfAct(Model.Date.Value, Language)}"
            : $"{OfficialDates.OfAct(Model.Date.Value, Language)} №{Model.Number}";
        w.Acknowledgement(t.Acquainted, string.Format(CultureInfo.CurrentCulture, t.AckCaption, reference, t.Title), t.Name, t.Date, t.Signature,
            Model.Lines.Select(l => l.Curator).Distinct().ToArray());
    }
}
