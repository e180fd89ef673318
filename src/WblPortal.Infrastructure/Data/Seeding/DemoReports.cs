using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Roadmap;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data.Reports;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// Demo annual reports for the current academic year (2026–2027) in every state, and the roadmap's statuses. The demo
/// college's report is agreed by two employers (the demo employer and a second partner, whose memorandum is added here)
/// and submitted, so that ministry@wbl.kg can accept or return it. The second and third pilot colleges' reports are a
/// draft and sent (waiting for employer@wbl.kg), the fourth's was returned, the fifth's accepted; the others have not
/// started. Written through the domain's transitions, once: skipped when any report exists.
/// </summary>
internal static class DemoReports
{
    private const int Year = 2026;
    private static readonly TimeSpan Bishkek = BishkekTime.Offset;
    private static readonly WorkflowUser CollegeAdmin = new("demo:college.admin@wbl.kg", "Нурлан Токтосунов", Roles.CollegeAdmin);
    private static readonly WorkflowUser EmployerAdmin = new("demo:employer@wbl.kg", "Бакыт Жээнбеков", Roles.EmployerAdmin);
    private static readonly WorkflowUser OtherEmployerAdmin = new("demo:employer-hr", "Кадрлар бөлүмү", Roles.EmployerAdmin);
    private static readonly WorkflowUser Ministry = new("demo:ministry@wbl.kg", "Айгүл Сыдыкова", Roles.MinistryAnalyst);

    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, Bishkek);

    public static async Task EnsureAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        await EnsureRoadmapStatusesAsync(db, cancellationToken);
        if (await db.AnnualReports.AnyAsync(cancellationToken) || !await db.Programmes.AnyAsync(cancellationToken))
        {
            return;
        }

        var collegeIds = PilotColleges.All.Select(p => p.Id).ToList();
        var employers = await db.Employers.OrderBy(e => e.Inn).ToListAsync(cancellationToken);
        if (employers.Count < 2 || !await db.Colleges.AnyAsync(c => c.Id == collegeIds[0], cancellationToken))
        {
            return;
        }

        // A second partner of the demo college, so that two employers agree its report.
        var memorandum = Partnership.Create(collegeIds[0], employers[1].Id, PartnershipKind.Memorandum, "М-1/2026", new DateOnly(2026, 9, 10),
            new DateOnly(2026, 9, 10), new DateOnly(2029, 9, 9), CollegeAdmin, At(9, 10));
        memorandum.Subject = "Жумуш ордунда окутуу жана насаатчылык боюнча өз ара түшүнүшүү";
        memorandum.SignAsCollege(CollegeAdmin, At(9, 10, 11));
        memorandum.SignAsEmployer(OtherEmployerAdmin, At(9, 12));
        memorandum.ClearRaisedNotifications();
        db.Partnerships.Add(memorandum);
        await db.SaveChangesAsync(cancellationToken);

        var today = DemoData.Today;
        var partners = (await db.Partnerships.AsNoTracking()
                .Where(p => collegeIds.Contains(p.CollegeId) && (p.Status == PartnershipStatus.Signed || p.Status == PartnershipStatus.SignedOnPaper)
                    && p.ValidFrom <= today && (p.ValidUntil == null || p.ValidUntil >= today))
                .Select(p => new { p.CollegeId, p.EmployerId, p.Employer!.Name })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.CollegeId)
            .ToDictionary(g => g.Key, g => g.DistinctBy(p => p.EmployerId).OrderBy(p => p.Name).Select(p => new ReportPartner(p.EmployerId, p.Name)).ToList());

        var states = new[]
        {
            AnnualReportStatus.Submitted, AnnualReportStatus.Draft, AnnualReportStatus.SentToEmployers, AnnualReportStatus.Returned, AnnualReportStatus.Accepted,
        };
        for (var c = 0; c < Math.Min(states.Length, collegeIds.Count); c++)
        {
            if (!partners.TryGetValue(collegeIds[c], out var list) || list.Count == 0)
            {
                continue;
            }

            var figures = CollegeYearFiguresQuery.Serialize(await CollegeYearFiguresQuery.ComputeAsync(db, collegeIds[c], Year, cancellationToken));
            db.AnnualReports.Add(Report(db, collegeIds[c], states[c], list, figures, employers[0].Id));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static AnnualReport Report(WblDbContext db, Guid collegeId, AnnualReportStatus state, List<ReportPartner> partners, string figures,
        Guid demoEmployerId)
    {
        var r = AnnualReport.Create(collegeId, Year, CollegeAdmin, At(11, 2));
        r.EditNarrative(
            "Окуучулардын көпчүлүгү өндүрүштүк практиканы өнөктөш ишканаларда өттү; иш берүүчүлөр менен биргеликте компетенцияларды баалоо биринчи жолу өткөрүлдү. Ден соолугунун мүмкүнчүлүгү чектелген окуучулар үчүн жумуш орундары ылайыкташтырылды.",
            "Насаатчылардын саны жетишсиз, алардын педагогикалык даярдыгы төмөн. Айрым ишканаларда заманбап жабдуулар жок; окуучуларды ташуу кыйын.",
            "Насаатчыларды педагогика жана психология боюнча окутууну уюштуруу; ишканалар менен үч тараптуу келишимдерди өз убагында түзүү.",
            "ЖОО программасында өндүрүштүк практиканын үлүшүн көбөйтүү жана иш берүүчүлөр менен окутуунун натыйжаларын кайра карап чыгуу.",
            CollegeAdmin, At(11, 5));
        if (state != AnnualReportStatus.Draft)
        {
            r.SendToEmployers(partners, figures, CollegeAdmin, At(11, 10));
        }

        if (state is AnnualReportStatus.Submitted or AnnualReportStatus.Returned or AnnualReportStatus.Accepted)
        {
            foreach (var (p, i) in partners.Select((p, i) => (p, i)))
            {
                var by = p.EmployerId == demoEmployerId ? EmployerAdmin : OtherEmployerAdmin;
                var comment = state == AnnualReportStatus.Returned && i == partners.Count - 1 ? "Насаатчылар боюнча маалыматты толуктоо керек." : null;
                r.Respond(p.EmployerId, comment is null, comment ?? "Макулбуз.", by, At(11, 12 + i));
            }

            r.Submit(CollegeAdmin, At(11, 18));
            db.IssuedDocuments.Add(IssuedDocument.Create(IssuedDocumentKind.AnnualReport, r.Id, r.Title, new DateOnly(2026, 11, 18), collegeId, null, At(11, 18)));
        }

        if (state == AnnualReportStatus.Returned)
        {
            r.Return("Окуучулардын гендердик бөлүштүрүлүшү жана насаатчылардын даярдыгы боюнча маалыматты толуктаңыз.", Ministry, At(11, 20));
        }

        if (state == AnnualReportStatus.Accepted)
        {
            r.Accept(Ministry, At(11, 21));
        }

        return r;
    }

    /// <summary>The roadmap's measures in various statuses, set once (while no measure has been updated).</summary>
    private static async Task EnsureRoadmapStatusesAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        var measures = await db.RoadmapMeasures.OrderBy(m => m.Number).ToListAsync(cancellationToken);
        if (measures.Count == 0 || measures.Any(m => m.UpdatedAt is not null))
        {
            return;
        }

        (RoadmapStatus Status, string? Note)[] states =
        [
            (RoadmapStatus.Done, "Концепция БИМдин буйругу менен бекитилди."),
            (RoadmapStatus.Done, "Социалдык өнөктөштүктүн механизми иштелип чыкты."),
            (RoadmapStatus.Overdue, "Сунуштар даярдалды, каржылоо ченемдерине өзгөртүүлөр кирген жок."),
            (RoadmapStatus.Done, "ЖООнун усулдук жана ченемдик базасы бекитилди."),
            (RoadmapStatus.InProgress, "Насаатчылар үчүн кесиптик өнүктүрүү программалары пилоттук колледждерде сыналууда."),
            (RoadmapStatus.InProgress, null),
            (RoadmapStatus.Overdue, null),
            (RoadmapStatus.InProgress, "Насаатчылык боюнча жобонун долбоору талкууланууда."),
            (RoadmapStatus.Planned, null),
        ];
        foreach (var m in measures.Where(m => m.Number <= states.Length))
        {
            m.Update(states[m.Number - 1].Status, states[m.Number - 1].Note, Ministry.Name, At(11, 25));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
