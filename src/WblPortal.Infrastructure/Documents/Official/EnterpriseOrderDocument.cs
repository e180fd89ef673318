using System.Globalization;

namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>A learner under a mentor in an enterprise order, with the names in the document's language.</summary>
public sealed record EnterpriseOrderLearnerLine(string FullName, string Group);

/// <summary>One item of the order: a mentor appointed to the learners of one placement.</summary>
public sealed record EnterpriseOrderAppointment(string MentorName, string MentorPosition, string College, string FormName, DateOnly Start, DateOnly End,
    IReadOnlyList<EnterpriseOrderLearnerLine> Learners);

/// <summary>The data of an enterprise order appointing mentors (names already in the requested language).</summary>
public sealed record EnterpriseOrderModel
{
    public required string EmployerName { get; init; }
    public string? EmployerAddress { get; init; }
    public string? EmployerInn { get; init; }
    public required string Place { get; init; }
    public required string Number { get; init; }
    public required DateOnly Date { get; init; }
    public required string HeadName { get; init; }
    public required string HeadPosition { get; init; }

    /// <summary>The basis as the enterprise wrote it; the standard one when empty.</summary>
    public string? Basis { get; init; }

    public required IReadOnlyList<EnterpriseOrderAppointment> Appointments { get; init; }
    public DocumentVerification? Verification { get; init; }
}

/// <summary>Document (c): the order of the enterprise head appointing mentors (насаатчылар) to learners for the whole WBL
/// period, on the employer's letterhead, with the acknowledgement sheet for the mentors.</summary>
public sealed class EnterpriseOrderDocument(EnterpriseOrderModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(
        string Order, string Inn, string Title, string Basis, string Orders, string Appoint, string[] Header, string Duties, string Programme,
        string ControlLead, string Control, string SignCaption, string Acquainted, string AckCaption, string Name, string Date, string Signature);

    private static readonly Texts Ky = new(
        "БУЙРУК", "ИСН", "Жумуш ордунда окутуу боюнча насаатчыларды дайындоо жөнүндө",
        "Жумуш ордунда окутуунун Концепциясына жана билим берүү уюму менен түзүлгөн макулдашууга ылайык, окуучулардын ишканада жумуш ордунда окуусун уюштуруу максатында,",
        "БУЙРУК КЫЛАМ:",
        "{0}, {1}, «{2}» окуучуларына «{3}» боюнча {4} жумуш ордунда окутуунун бүткүл мезгилине насаатчы болуп дайындалсын:",
        ["№", "Окуучунун аты-жөнү", "Тайпа", "Билим берүү уюму", "Мөөнөтү"],
        "Насаатчылар окуучуларды ишкананын уставы жана ички тартип эрежелери менен тааныштырсын, эмгекти коргоо, техникалык жана өрт коопсуздугу боюнча нускама (инструктаж) өткөрсүн.",
        "Насаатчылар окуучуларды ЖОО программасына, жумушчу окуу планына жана календардык графикке ылайык окутсун, окуучулардын адаптациясы, тартиби жана жүрүм-туруму жөнүндө билим берүү уюмунун өкүлүнө маалымдап турсун.",
        "Буйруктун аткарылышын көзөмөлдөө", "өзүмө калтырам.",
        "(колу)", "Буйрук менен тааныштым", "{0} «{1}» буйругуна", "Аты-жөнү", "Күнү", "Колу");

    private static readonly Texts Ru = new(
        "ПРИКАЗ", "ИНН", "О назначении наставников по обучению на рабочем месте",
        "В соответствии с Концепцией обучения на рабочем месте и соглашением с образовательной организацией, в целях организации обучения обучающихся на рабочем месте на предприятии",
        "ПРИКАЗЫВАЮ:",
        "Назначить {0}, {1}, наставником обучающихся «{2}» на весь период обучения на рабочем месте «{3}» {4}:",
        ["№", "Ф.И.О. обучающегося", "Группа", "Образовательная организация", "Сроки"],
        "Наставникам ознакомить обучающихся с уставом и правилами внутреннего распорядка предприятия, провести инструктаж по охране труда, технике безопасности и пожарной безопасности.",
        "Наставникам обучать обучающихся в соответствии с программой ОРМ, рабочим учебным планом и календарным графиком, информировать представителя образовательной организации об адаптации, дисциплине и поведении обучающихся.",
        "Контроль за исполнением приказа", "оставляю за собой.",
        "(подпись)", "С приказом ознакомлены", "к приказу {0} «{1}»", "Ф.И.О.", "Дата", "Подпись");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public EnterpriseOrderModel Model { get; } = model;

    public string Title => T.Title;

    public override string PdfTitle => $"{T.Order} № {Model.Number}";

    public override string Issuer => Model.EmployerName;

    public override DocumentVerification? Verification => Model.Verification;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        w.Letterhead(Model.EmployerName, Model.EmployerAddress, Model.EmployerInn is null ? null : $"{t.Inn} {Model.EmployerInn}");
        w.Heading(t.Order, large: true);
        w.DateLine(OfficialDates.Short(Model.Date), Model.Place, "№ " + Model.Number);
        w.Heading(t.Title);
        w.Paragraph(string.IsNullOrWhiteSpace(Model.Basis) ? t.Basis : Model.Basis!);
        w.Paragraph(t.Orders, bold: true);
        foreach (var a in Model.Appointments)
        {
            w.Item(string.Format(CultureInfo.InvariantCulture, t.Appoint, a.MentorName, a.MentorPosition, a.College, a.FormName,
                OfficialDates.Period(a.Start, a.End, Language)));
            w.Table(
                [DocumentColumn.Mm(8), DocumentColumn.Relative(4), DocumentColumn.Mm(22), DocumentColumn.Relative(3.5), DocumentColumn.Mm(24)],
                t.Header,
                a.Learners.Select((l, i) => (IReadOnlyList<string?>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), l.FullName, l.Group, a.College,
                    OfficialDates.Short(a.Start) + "–\n" + OfficialDates.Short(a.End),
                ]).ToArray(),
                small: true);
        }

        w.Item(t.Duties);
        w.Item(t.Programme);
        w.Item(t.Control, strongLead: t.ControlLead);
        w.Signature(Model.HeadPosition, Model.HeadName, t.SignCaption);
        WriteVerification(w);
        var reference = Language == DocumentLanguage.Ru
            ? $"№{Model.Number} {OfficialDates.OfAct(Model.Date, Language)}"
            : $"{OfficialDates.OfAct(Model.Date, Language)} №{Model.Number}";
        w.Acknowledgement(t.Acquainted, string.Format(CultureInfo.InvariantCulture, t.AckCaption, reference, t.Title), t.Name, t.Date, t.Signature,
            Model.Appointments.Select(a => a.MentorName).Distinct().ToArray());
    }
}
