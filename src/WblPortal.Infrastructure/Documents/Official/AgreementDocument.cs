using System.Globalization;
namespace WblPortal.Infrastructure.Documents.Official;

/// <summary>The data of a tripartite agreement (college, employer, learner), names in the document's language.</summary>
public sealed record AgreementModel
{
    public required string Number { get; init; }
    public required DateOnly Date { get; init; }
    public required string City { get; init; }
    public required string CollegeName { get; init; }
    public string? CollegeAddress { get; init; }
    public required string DirectorName { get; init; }
    public required string EmployerName { get; init; }
    public string? EmployerAddress { get; init; }
    public string? EmployerInn { get; init; }
    public required string EmployerSigner { get; init; }

    /// <summary>The employer signer's position; "the head" when the portal does not know it.</summary>
    public string? EmployerSignerPosition { get; init; }
    public required string LearnerName { get; init; }
    public required string Group { get; init; }
    public required string Specialty { get; init; }

    /// <summary>The learner's birth date, phone and e-mail, printed only while the learner's consent to transfer their
    /// personal data to the employer is in force (Law No. 58); null without it, and the paper names only the learner and
    /// their group.</summary>
    public LearnerDetailsModel? LearnerDetails { get; init; }

    /// <summary>A minor's legal representative, who signs for the learner.</summary>
    public string? RepresentativeName { get; init; }

    public required string FormName { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public string? MentorName { get; init; }
    public MentorRequirementsModel? MentorRequirements { get; init; }
    public DocumentVerification? Verification { get; init; }
}

/// <summary>A learner's personal details printed on the agreement under their transfer consent.</summary>
public sealed record LearnerDetailsModel(DateOnly DateOfBirth, string? Phone, string? Email);

/// <summary>Document (d): the tripartite agreement on work-based learning, with each party's obligations (domain.md §3).</summary>
public sealed class AgreementDocument(AgreementModel model, DocumentLanguage language) : OfficialDocument(language)
{
    private sealed record Texts(
        string Title, string Subtitle, string Preamble, string SubjectHeading, string Subject, string CollegeHeading, string[] College,
        string EmployerHeading, string[] Employer, string LearnerHeading, string[] Learner, string PeriodHeading, string Period, string MentorHeading,
        string MentorAssigned, string FinalHeading, string[] Final, string PartiesHeading, string CollegeParty, string EmployerParty, string LearnerParty,
        string Inn, string Director, string Head, string Representative, string Group, string SignCaption, string Seal, string BirthDate,
        string Phone, string Email);

    private static readonly Texts Ky = new(
        "ҮЧ ТАРАПТУУ КЕЛИШИМ", "жумуш ордунда окутуу жөнүндө",
        "Мындан ары «Колледж» деп аталуучу {0} (анын атынан уставдын негизинде директор {1} аракеттенет), мындан ары «Ишкана» деп аталуучу {2} (анын атынан уставдын негизинде {3} аракеттенет) жана мындан ары «Окуучу» деп аталуучу {4} төмөнкүлөр жөнүндө ушул келишимди түзүштү:",
        "1. Келишимдин предмети",
        "Тараптар Окуучунун ({0} адистиги, {1} тайпасы) «{2}» түрүндөгү жумуш ордунда окутуудан Ишканада өтүүсүн уюштурушат.",
        "2. Колледждин милдеттери",
        [
            "ЖОО программасын Ишкана менен бирге иштеп чыгат жана бекитет;",
            "Окуучуга ЖООнун мөөнөттөрү, тартиби жана талаптары боюнча маалымат жана нускама берет;",
            "Окуучуну Ишканага жөнөтүү жөнүндө буйрук чыгарат жана куратор дайындайт;",
            "куратор аркылуу программанын аткарылышын жана практика күндөлүгүнүн жүргүзүлүшүн көзөмөлдөйт;",
            "Ишкана менен бирге Окуучунун жалпы жана кесиптик компетенцияларын кесиптик стандарттарга ылайык баалоону уюштурат.",
        ],
        "3. Ишкананын милдеттери",
        [
            "Окуучуну макулдашылган мөөнөттө кабыл алат;",
            "Окуучуну Ишкананын уставы, ички тартип эрежелери, санитардык, өрт коопсуздугу жана башка милдеттүү ченемдер менен тааныштырат (инструктаж өткөрөт);",
            "ЖОО программасынын ар бир багыты боюнча квалификациялуу адистеринен насаатчы дайындайт;",
            "программаны аткаруу үчүн коопсуз шарттарды (санитардык, эмгекти коргоо, өрт коопсуздугу) камсыз кылат;",
            "Окуучунун компетенцияларын баалоого Колледж менен бирге катышат;",
            "гендердик стереотиптерден эркин, бардыгына тең мүмкүнчүлүк берген чөйрөнү камсыз кылат.",
        ],
        "4. Окуучунун милдеттери",
        [
            "ЖОО программасын толук аткарат;",
            "Ишкананын ички тартип эрежелерин, эмгекти коргоонун жана коопсуздук техникасынын талаптарын сактайт;",
            "практика күндөлүгүн жүргүзөт жана аны куратор менен насаатчыга текшертет;",
            "компетенцияларды баалоодон өтөт.",
        ],
        "5. Келишимдин мөөнөтү", "Жумуш ордунда окутуу {0} өтөт. Келишим тараптар кол койгон күндөн тартып күчүнө кирет жана милдеттенмелер толук аткарылганга чейин колдонулат.",
        "6. Насаатчыга коюлуучу талаптар", "Дайындалган насаатчы: {0}.",
        "7. Корутунду жоболор",
        [
            "Келишим бирдей юридикалык күчкө ээ үч нускада түзүлөт, ар бир тарапка бирден.",
            "Талаш маселелер тараптардын сүйлөшүүлөрү аркылуу, ал эми макулдашууга жетишилбесе Кыргыз Республикасынын мыйзамдарына ылайык чечилет.",
        ],
        "8. Тараптардын реквизиттери жана колдору", "Колледж", "Ишкана", "Окуучу",
        "ИНН", "Директор", "Жетекчи", "Мыйзамдуу өкүлү", "Тайпасы", "(колу)", "М.О.", "Туулган күнү", "Тел.", "Эл. почта");

    private static readonly Texts Ru = new(
        "ТРЁХСТОРОННИЙ ДОГОВОР", "об обучении на рабочем месте",
        "Стороны: {0} (далее — «Колледж»; от его имени на основании устава действует директор {1}), {2} (далее — «Предприятие»; от его имени на основании устава действует {3}) и обучающийся {4} (далее — «Обучающийся») заключили настоящий договор о нижеследующем:",
        "1. Предмет договора",
        "Стороны организуют прохождение Обучающимся (специальность {0}, группа {1}) обучения на рабочем месте в форме «{2}» на Предприятии.",
        "2. Обязанности Колледжа",
        [
            "разработать и утвердить совместно с Предприятием программу ОРМ;",
            "проинформировать и проинструктировать Обучающегося о сроках, порядке и требованиях ОРМ;",
            "издать приказ о направлении Обучающегося на Предприятие и назначить куратора;",
            "через куратора контролировать выполнение программы и ведение дневника практики;",
            "организовать совместно с Предприятием оценку общих и профессиональных компетенций Обучающегося по профессиональным стандартам.",
        ],
        "3. Обязанности Предприятия",
        [
            "принять Обучающегося в согласованные сроки;",
            "ознакомить Обучающегося с уставом, правилами внутреннего распорядка, санитарными, противопожарными и иными обязательными нормами (провести инструктаж);",
            "назначить наставника из числа квалифицированных специалистов по каждому направлению программы ОРМ;",
            "обеспечить безопасные условия выполнения программы (санитарные нормы, охрана труда, пожарная безопасность);",
            "участвовать совместно с Колледжем в оценке компетенций Обучающегося;",
            "обеспечить среду, свободную от гендерных стереотипов, с равным доступом для всех.",
        ],
        "4. Обязанности Обучающегося",
        [
            "полностью выполнить программу ОРМ;",
            "соблюдать правила внутреннего распорядка Предприятия, требования охраны труда и техники безопасности;",
            "вести дневник практики и представлять его куратору и наставнику;",
            "пройти оценку компетенций.",
        ],
        "5. Срок действия договора", "Обучение на рабочем месте проходит {0}. Договор вступает в силу с момента подписания сторонами и действует до полного исполнения обязательств.",
        "6. Требования к наставнику", "Назначенный наставник: {0}.",
        "7. Заключительные положения",
        [
            "Договор составлен в трёх экземплярах, имеющих равную юридическую силу, по одному для каждой стороны.",
            "Споры решаются переговорами сторон, а при недостижении согласия — в соответствии с законодательством Кыргызской Республики.",
        ],
        "8. Реквизиты и подписи сторон", "Колледж", "Предприятие", "Обучающийся",
        "ИНН", "Директор", "Руководитель", "Законный представитель", "Группа", "(подпись)", "М.П.", "Дата рождения", "Тел.", "Эл. почта");

    private Texts T => Language == DocumentLanguage.Ru ? Ru : Ky;

    public AgreementModel Model { get; } = model;

    public string Title => T.Title;

    public override string PdfTitle => $"{T.Title} № {Model.Number}";

    public override string Issuer => Model.CollegeName;

    public override DocumentVerification? Verification => Model.Verification;

    /// <summary>The copy printed with the learner's details is stored apart from the one without them.</summary>
    public override bool WithPersonalDetails => Model.LearnerDetails is not null;

    public override void Compose(IDocumentWriter w)
    {
        var t = T;
        var m = Model;
        w.Heading(t.Title, large: true);
        w.Heading(t.Subtitle);
        w.DateLine(OfficialDates.Short(m.Date), CityLine(m.City), "№ " + m.Number);
        var learner = m.RepresentativeName is null ? m.LearnerName : $"{m.LearnerName} ({t.Representative}: {m.RepresentativeName})";
        // Names stay in the nominative: "acting on the basis of the charter" is phrased so that no name is declined.
        var head = string.IsNullOrWhiteSpace(m.EmployerSignerPosition) ? t.Head : m.EmployerSignerPosition!;
        w.Paragraph(string.Format(CultureInfo.CurrentCulture, t.Preamble, m.CollegeName, m.DirectorName, m.EmployerName,
            $"{char.ToLowerInvariant(head[0])}{head[1..]} {m.EmployerSigner}", learner));
        w.Heading(t.SubjectHeading);
        w.Paragraph(string.Format(CultureInfo.CurrentCulture, t.Subject, m.Specialty, m.Group, m.FormName));
        Obligations(w, t.CollegeHeading, t.College);
        Obligations(w, t.EmployerHeading, t.Employer);
        Obligations(w, t.LearnerHeading, t.Learner);
        w.Heading(t.PeriodHeading);
        w.Paragraph(string.Format(CultureInfo.CurrentCulture, t.Period, OfficialDates.Period(m.Start, m.End, Language)));
        w.Heading(t.MentorHeading);
        foreach (var line in MentorRequirementTexts.Lines(m.MentorRequirements, Language))
        {
            w.Paragraph("– " + line, indent: false);
        }

        if (m.MentorName is not null)
        {
            w.Paragraph(string.Format(CultureInfo.CurrentCulture, t.MentorAssigned, m.MentorName), indent: false);
        }

        w.Heading(t.FinalHeading);
        foreach (var line in t.Final)
        {
            w.Paragraph(line);
        }

        w.Heading(t.PartiesHeading);
        w.SignatureColumns(
        [
            // The signer's full name on a line of its own under the role, so it is not wrapped mid-name.
            // Each party signs under its signatory's position; the college and the enterprise put their seals (М.П.); the
            // learner signs, and for a minor the legal representative signs under them.
            new SignatureColumn(t.CollegeParty, [m.CollegeName, m.CollegeAddress ?? ""], $"{t.Director}\n{m.DirectorName}") { After = t.Seal },
            new SignatureColumn(t.EmployerParty, [m.EmployerName, m.EmployerAddress ?? "", m.EmployerInn is null ? "" : $"{t.Inn} {m.EmployerInn}"], $"{head}\n{m.EmployerSigner}")
            {
                After = t.Seal,
            },
            new SignatureColumn(t.LearnerParty, LearnerLines(t, m), $"{t.LearnerParty}\n{m.LearnerName}")
            {
                After = m.RepresentativeName is null ? null : $"\n____________________\n{t.Representative}\n{m.RepresentativeName}\n{t.SignCaption}",
            },
        ], t.SignCaption);
        WriteVerification(w);
    }

    /// <summary>The learner's requisites: name and group; birth date, phone and e-mail only under the transfer consent.</summary>
    private static List<string> LearnerLines(Texts t, AgreementModel m)
    {
        var lines = new List<string> { m.LearnerName, $"{t.Group}: {m.Group}" };
        if (m.LearnerDetails is { } d)
        {
            lines.Add($"{t.BirthDate}: {OfficialDates.Short(d.DateOfBirth)}");
            if (!string.IsNullOrWhiteSpace(d.Phone))
            {
                lines.Add($"{t.Phone} {d.Phone}");
            }

            if (!string.IsNullOrWhiteSpace(d.Email))
            {
                lines.Add($"{t.Email}: {d.Email}");
            }
        }

        return lines;
    }

    private static void Obligations(IDocumentWriter w, string heading, IEnumerable<string> lines)
    {
        w.Heading(heading);
        foreach (var line in lines)
        {
            w.Paragraph("– " + line, indent: false);
        }
    }
}
