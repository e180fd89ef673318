using System.Globalization;
namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>A learner row of a sending order, with the names in the document's language.</summary>
public sealed record SendingOrderLearner(string FullName, string Group, string Specialty, string Employer, DateOnly Start, DateOnly End, string Curator, string? Mentor);

/// <summary>The data of a college order sending learners to an enterprise (built by a query in the Web layer, names
/// already in the requested language). <see cref="Number"/> and <see cref="Date"/> are null for a draft.</summary>
public sealed record SendingOrderModel
{
    public required string CollegeName { get; init; }
    public string? CollegeAddress { get; init; }
    public required string City { get; init; }
    public required string DirectorName { get; init; }

    /// <summary>Lyceums follow the ministry's order No. 825/1; colleges Government Resolution No. 470.</summary>
    public bool IsLyceum { get; init; }

    public string? Number { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>The basis as the college wrote it; the standard one when empty.</summary>
    public string? Basis { get; init; }

    public required string EmployerName { get; init; }
    public string? EmployerAddress { get; init; }
    public required string FormName { get; init; }

    /// <summary>Production practice gets the usual title "Өндүрүштүк практикага жөнөтүү жөнүндө".</summary>
    public bool IsProductionPractice { get; init; }

    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required string CuratorName { get; init; }
    public string? CuratorPosition { get; init; }
    public string? MentorName { get; init; }
    public string? MentorPosition { get; init; }

    /// <summary>"The order corrects order № … of …", when it does.</summary>
    public string? CorrectsNumber { get; init; }
    public DateOnly? CorrectsDate { get; init; }

    /// <summary>The corrected order's content (with <see cref="CorrectsNumber"/>): the correction then restates only the
    /// items that differ from it, and lists the changed lines of its table.</summary>
    public SendingOrderModel? Original { get; init; }

    public required IReadOnlyList<SendingOrderLearner> Learners { get; init; }
    public DocumentVerification? Verification { get; init; }
}

/// <summary>Document (a): the college's order (буйрук / приказ) sending learners to an enterprise for a WBL form.</summary>
public sealed class SendingOrderDocument(SendingOrderModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(
        string Order, string Draft, string NoNumber, string TitleProduction, string TitleOther, string BasisCollege, string BasisLyceum,
        string Orders, string Send, string[] Header, string CuratorItem, string MentorItem, string NoMentorItem, string CuratorDuties,
        string Safety, string Diary, string Report, string LearnersItem, string ControlLead, string Control, string Corrects,
        string Director, string SignCaption, string Acquainted, string AckCaption, string Name, string Date, string Signature,
        string CorrectionTitle, string Reworded, string ChangedLines, string LineRemoved, string LineAdded, string CellChanged, string NothingChanged);

    private static readonly Texts Ky = new(
        "БУЙРУК", "ДОЛБООР", "№ ____", "Өндүрүштүк практикага жөнөтүү жөнүндө", "Окуучуларды «{0}» боюнча ишканага жиберүү жөнүндө",
        "Кыргыз Республикасынын Өкмөтүнүн 2012-жылдын 4-июлундагы №470 токтому менен бекитилген орто кесиптик билим берүү уюмдарынын студенттеринин практикасы жөнүндө жобого жана «{0}» менен макулдашууга ылайык,",
        "Кыргыз Республикасынын Билим берүү жана илим министрлигинин 2024-жылдын 29-майындагы №825/1 буйругуна жана «{0}» менен макулдашууга ылайык,",
        "БУЙРУК КЫЛАМ:",
        "Төмөндө аталган окуучулар {0} «{1}» боюнча {2}{3} жөнөтүлсүн:",
        ["№", "Окуучунун аты-жөнү", "Тайпа", "Адистиги", "Ишкана", "Мөөнөтү", "Куратор", "Насаатчы"],
        "Колледж тарабынан куратор (практиканын жетекчиси) болуп {0} бекитилсин.",
        "Ишкана тарабынан окуучулардын тобуна бекитилген насаатчы: {0}.",
        "Ишкананын жетекчисине окуучулардын тобуна ишкананын квалификациялуу адистеринин ичинен насаатчыны бекитүү сунушталсын.",
        "Куратор {0}:",
        "практика башталганга чейин ишкананын өкүлү менен бирге окуучуларга эмгекти коргоо, техникалык жана өрт коопсуздугу боюнча нускама (инструктаж) өткөрүүнү уюштурсун;",
        "практика күндөлүктөрүнүн толтурулушун жумасына бир жолудан кем эмес текшерсин;",
        "практика аяктагандан кийин үч жумушчу күндүн ичинде окуу бөлүмүнө отчет тапшырсын.",
        "Окуучулар ишкананын ички тартип эрежелерин, эмгекти коргоонун жана коопсуздук техникасынын талаптарын сакташсын, практиканын жыйынтыгы боюнча күндөлүк жана отчет тапшырышсын.",
        "Буйруктун аткарылышын көзөмөлдөө",
        "директордун окуу-өндүрүштүк иштер боюнча орун басарына жүктөлсүн.",
        "Бул буйрук {0} оңдойт.",
        "Директор", "(колу)", "Буйрук менен тааныштым", "{0} «{1}» буйругуна", "Аты-жөнү", "Күнү", "Колу",
        "{0} №{1} буйругуна өзгөртүүлөрдү киргизүү жөнүндө",
        "{0} №{1} буйругунун {2}-пункту төмөнкү редакцияда баяндалсын:",
        "Тизменин өзгөргөн саптары:", "{0} — тизмеден чыгарылат;", "{0} — тизмеге киргизилет;", "{0} — «{1}» тилкеси: «{2}» деген «{3}» болуп өзгөртүлөт;",
        "{0} №{1} буйругунун пункттары өзгөрүүсүз калат: бул долбоор азырынча эч нерсени өзгөртпөйт.");

    private static readonly Texts Ru = new(
        "ПРИКАЗ", "ПРОЕКТ", "№ ____", "О направлении на производственную практику", "О направлении обучающихся на предприятие ({0})",
        "В соответствии с Положением о практике студентов средних профессиональных учебных заведений, утверждённым постановлением Правительства Кыргызской Республики от 4 июля 2012 года №470, и соглашением с «{0}»",
        "В соответствии с приказом Министерства образования и науки Кыргызской Республики от 29 мая 2024 года №825/1 и соглашением с «{0}»",
        "ПРИКАЗЫВАЮ:",
        "Направить нижеперечисленных обучающихся {0} в {2}{3} для прохождения: {1}.",
        ["№", "Ф.И.О. обучающегося", "Группа", "Специальность", "Предприятие", "Сроки", "Куратор", "Наставник"],
        "Руководителем практики (куратором) от колледжа назначить {0}.",
        "Наставник обучающихся от предприятия: {0}.",
        "Предложить руководителю предприятия назначить наставника из числа квалифицированных специалистов предприятия.",
        "Куратору {0}:",
        "до начала практики организовать совместно с представителем предприятия инструктаж обучающихся по охране труда, технике безопасности и пожарной безопасности;",
        "не реже одного раза в неделю проверять ведение дневников практики;",
        "в течение трёх рабочих дней после окончания практики сдать отчёт в учебную часть.",
        "Обучающимся соблюдать правила внутреннего распорядка предприятия, требования охраны труда и техники безопасности, по итогам практики сдать дневник и отчёт.",
        "Контроль за исполнением приказа",
        "возложить на заместителя директора по учебно-производственной работе.",
        "Настоящий приказ вносит исправления в {0}.",
        "Директор", "(подпись)", "С приказом ознакомлены", "к приказу {0} «{1}»", "Ф.И.О.", "Дата", "Подпись",
        "О внесении изменений в приказ №{1} {0}",
        "Пункт {2} приказа №{1} {0} изложить в следующей редакции:",
        "Изменённые строки списка:", "{0} — исключается из списка;", "{0} — включается в список;", "{0} — графа «{1}»: «{2}» заменить на «{3}»;",
        "Пункты приказа №{1} {0} остаются без изменений: этот проект пока ничего не изменяет.");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public SendingOrderModel Model { get; } = model;

    public string Title => Model.IsProductionPractice ? T.TitleProduction : string.Format(CultureInfo.CurrentCulture, T.TitleOther, Model.FormName);

    public override string PdfTitle => $"{T.Order} {Model.Number ?? T.Draft}";

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => Model.Verification;

    /// <summary>One numbered item of the order as it reads: its text, its sub-items, and for item 1 the learners' table.</summary>
    private sealed record OrderItem(int No, string Text, IReadOnlyList<string> SubItems, IReadOnlyList<IReadOnlyList<string?>>? Rows = null);

    private static readonly DocumentColumn[] Columns =
    [
        DocumentColumn.Mm(7), DocumentColumn.Relative(4.2), DocumentColumn.Mm(15), DocumentColumn.Relative(2.4), DocumentColumn.Relative(2.2),
        DocumentColumn.Mm(20), DocumentColumn.Relative(2), DocumentColumn.Relative(2),
    ];

    /// <summary>The items an order of <paramref name="m"/> states, numbered as printed (the control item last).</summary>
    private List<OrderItem> Items(SendingOrderModel m)
    {
        var t = T;
        var address = m.EmployerAddress is null ? "" : $" ({m.EmployerAddress})";
        var employer = Language == DocumentLanguage.Ru ? $"«{m.EmployerName}»" : $"«{m.EmployerName}» ишканасына";
        var rows = m.Learners.Select((l, i) => (IReadOnlyList<string?>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), l.FullName, l.Group, l.Specialty, l.Employer,
            OfficialDates.Short(l.Start) + "–\n" + OfficialDates.Short(l.End), l.Curator, l.Mentor ?? "—",
        ]).ToList();
        var curator = string.IsNullOrWhiteSpace(m.CuratorPosition) ? m.CuratorName : $"{m.CuratorPosition} {m.CuratorName}";
        return
        [
            new(1, string.Format(CultureInfo.CurrentCulture, t.Send, OfficialDates.Period(m.Start, m.End, Language), m.FormName, employer, address), [], rows),
            new(2, string.Format(CultureInfo.CurrentCulture, t.CuratorItem, curator), []),
            new(3, m.MentorName is null ? t.NoMentorItem
                : string.Format(CultureInfo.CurrentCulture, t.MentorItem, string.IsNullOrWhiteSpace(m.MentorPosition) ? m.MentorName : $"{m.MentorName}, {m.MentorPosition}"), []),
            new(4, string.Format(CultureInfo.CurrentCulture, t.CuratorDuties, m.CuratorName), [t.Safety, t.Diary, t.Report]),
            new(5, t.LearnersItem, []),
        ];
    }

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        var correction = Model.Original is not null && Model.CorrectsNumber is not null && Model.CorrectsDate is not null;
        var title = correction
            ? string.Format(CultureInfo.CurrentCulture, t.CorrectionTitle, OfficialDates.OfAct(Model.CorrectsDate!.Value, Language), Model.CorrectsNumber)
            : Title;
        w.Letterhead(Model.CollegeName, Model.CollegeAddress);
        w.Heading(Model.Number is null ? $"{t.Order} ({t.Draft})" : t.Order, large: true);
        w.DateLine(Model.Date is { } d ? OfficialDates.Short(d) : "__.__.20__", CityLine(Model.City), Model.Number is null ? t.NoNumber : "№ " + Model.Number);
        w.Heading(title);
        w.Paragraph(string.IsNullOrWhiteSpace(Model.Basis) ? string.Format(CultureInfo.CurrentCulture, Model.IsLyceum ? t.BasisLyceum : t.BasisCollege, Model.EmployerName) : Model.Basis!);
        if (!correction && Model.CorrectsNumber is not null && Model.CorrectsDate is { } cd)
        {
            w.Paragraph(string.Format(CultureInfo.CurrentCulture, t.Corrects, OfficialDates.OrderReference(Model.CorrectsNumber, cd, Language)));
        }

        w.Paragraph(t.Orders, bold: true);
        if (correction)
        {
            ComposeCorrection(w);
        }
        else
        {
            foreach (var item in Items(Model))
            {
                w.Item(item.Text);
                if (item.Rows is not null)
                {
                    w.Table(Columns, t.Header, item.Rows, small: true);
                }

                foreach (var sub in item.SubItems)
                {
                    w.Item(sub, level: 1);
                }
            }
        }

        w.Item(t.Control, strongLead: t.ControlLead);
        w.Signature(t.Director, Model.DirectorName, t.SignCaption);
        WriteVerification(w);
        var reference = Model.Number is null || Model.Date is null ? t.Order : Language == DocumentLanguage.Ru
            ? $"№{Model.Number} {OfficialDates.OfAct(Model.Date.Value, Language)}"
            : $"{OfficialDates.OfAct(Model.Date.Value, Language)} №{Model.Number}";
        w.Acknowledgement(t.Acquainted, string.Format(CultureInfo.CurrentCulture, t.AckCaption, reference, title), t.Name, t.Date, t.Signature,
            [.. Model.Learners.Select(l => l.FullName), Model.CuratorName]);
    }

    /// <summary>"Item N of order №102/2026 is worded as follows: «…»" for each item that differs from the corrected
    /// order, the learners' table restated in full with the changed lines listed under it.</summary>
    private void ComposeCorrection(IDocumentWriter w)
    {
        var t = T;
        var of = OfficialDates.OfAct(Model.CorrectsDate!.Value, Language);
        var before = Items(Model.Original!);
        var after = Items(Model);
        var changed = after.Where(a => !SameItem(a, before.Single(b => b.No == a.No))).ToList();
        if (changed.Count == 0)
        {
            w.Item(string.Format(CultureInfo.CurrentCulture, t.NothingChanged, of, Model.CorrectsNumber));
            return;
        }

        foreach (var item in changed)
        {
            w.Item(string.Format(CultureInfo.CurrentCulture, t.Reworded, of, Model.CorrectsNumber, item.No));
            var last = item.SubItems.Count == 0 && item.Rows is null;
            w.Paragraph($"«{item.No}. {item.Text}" + (last ? "»" : ""));
            if (item.Rows is not null)
            {
                w.Table(Columns, t.Header, item.Rows, small: true);
                if (item.SubItems.Count == 0)
                {
                    w.Paragraph("»", indent: false);
                }
            }

            for (var i = 0; i < item.SubItems.Count; i++)
            {
                w.Paragraph($"{item.No}.{i + 1}. {item.SubItems[i]}" + (i == item.SubItems.Count - 1 ? "»" : ""));
            }

            if (item.Rows is not null)
            {
                var lines = ChangedLines(before.Single(b => b.No == item.No).Rows!, item.Rows);
                if (lines.Count > 0)
                {
                    w.Paragraph(t.ChangedLines, indent: false);
                    foreach (var line in lines)
                    {
                        w.Paragraph(line);
                    }
                }
            }
        }
    }

    private static bool SameItem(OrderItem a, OrderItem b) =>
        a.Text == b.Text && a.SubItems.SequenceEqual(b.SubItems)
        && (a.Rows is null) == (b.Rows is null)
        && (a.Rows is null || (a.Rows.Count == b.Rows!.Count && a.Rows.Zip(b.Rows).All(r => r.First.SequenceEqual(r.Second))));

    /// <summary>The learners' lines that differ, by learner: removed, added, or a column whose value changed (the row
    /// number aside, which follows from the others).</summary>
    private List<string> ChangedLines(IReadOnlyList<IReadOnlyList<string?>> before, IReadOnlyList<IReadOnlyList<string?>> after)
    {
        var t = T;
        var lines = new List<string>();
        var old = before.ToLookup(r => r[1] ?? "");
        var now = after.ToLookup(r => r[1] ?? "");
        foreach (var row in before.Where(r => !now.Contains(r[1] ?? "")))
        {
            lines.Add(string.Format(CultureInfo.CurrentCulture, t.LineRemoved, row[1]));
        }

        foreach (var row in after)
        {
            var name = row[1] ?? "";
            if (!old.Contains(name))
            {
                lines.Add(string.Format(CultureInfo.CurrentCulture, t.LineAdded, name));
                continue;
            }

            var was = old[name].First();
            for (var c = 2; c < row.Count; c++)
            {
                if (row[c] != was[c])
                {
                    lines.Add(string.Format(CultureInfo.CurrentCulture, t.CellChanged, name, t.Header[c], (was[c] ?? "").Replace('\n', ' '), (row[c] ?? "").Replace('\n', ' ')));
                }
            }
        }

        return lines;
    }
}
