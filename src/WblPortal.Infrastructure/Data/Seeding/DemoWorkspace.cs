using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Events;
using WblPortal.Domain.Files;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// The demo college workspace, built through the domain's own transitions: an approved WBL programme per
/// specialty, partnerships (signed, draft, expired), placements in every status, tripartite agreements, issued
/// orders (one correction), information events and the notifications these raise. The first pilot college and the
/// demo employer (the first employer by ИНН) get the richest data with each other. Deterministic (fixed dates, the
/// people of <see cref="DemoPeople"/> in a fixed order) and written once: skipped when a programme exists.
/// </summary>
internal static class DemoWorkspace
{
    private const int AcademicYear = 2026;
    private static readonly TimeSpan Bishkek = BishkekTime.Offset;
    private static readonly DateOnly Today = DemoData.Today;

    private static readonly WorkflowUser CollegeAdmin = new("demo:college.admin@wbl.kg", "Нурлан Токтосунов", Roles.CollegeAdmin);
    private static readonly WorkflowUser Curator = new("demo:curator@wbl.kg", "Гүлнара Үсөнова", Roles.CollegeStaff);
    private static readonly WorkflowUser EmployerAdmin = new("demo:employer@wbl.kg", "Бакыт Жээнбеков", Roles.EmployerAdmin);
    private static readonly WorkflowUser OtherEmployerAdmin = new("demo:employer-hr", "Кадрлар бөлүмү", Roles.EmployerAdmin);

    private const int IntroductoryPractice = 7;
    private const int Workshop = 12;
    private const int ProductionPractice = 15;
    private const int PreDiplomaPractice = 17;

    /// <summary>A moment of the summer of 2026, before the academic year began.</summary>
    private static DateTimeOffset Summer(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, Bishkek);

    /// <summary>A moment of the academic year 2026–2027: September–December 2026, January–August 2027.</summary>
    private static DateTimeOffset At(int month, int day, int hour = 10) =>
        new(month >= 9 ? 2026 : 2027, month, day, hour, 0, 0, Bishkek);

    private sealed class World
    {
        public required List<College> Colleges { get; init; }
        public required Dictionary<Guid, List<Specialty>> Specialties { get; init; }
        public required Dictionary<Guid, List<StudyGroup>> Groups { get; init; }
        public required Dictionary<Guid, List<Learner>> Learners { get; init; }
        public required Dictionary<Guid, List<Curator>> Curators { get; init; }
        public required List<Employer> Employers { get; init; }
        public required Dictionary<Guid, List<Mentor>> Mentors { get; init; }
        public required Dictionary<int, WblForm> Forms { get; init; }
        public Dictionary<Guid, WblProgramme> ProgrammeOfSpecialty { get; } = [];
        public Dictionary<Guid, int> NextOrderNumber { get; } = [];
        public HashSet<Guid> UsedLearners { get; } = [];
        public bool PaperAgreementWritten { get; set; }
        public bool CorrectionWritten { get; set; }

        public List<Learner> Take(Guid collegeId, int count)
        {
            var picked = Learners[collegeId].Where(l => !UsedLearners.Contains(l.Id)).Take(count).ToList();
            UsedLearners.UnionWith(picked.Select(l => l.Id));
            return picked;
        }
    }

    public static async Task EnsureAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Programmes.AnyAsync(cancellationToken))
        {
            return;
        }

        var collegeIds = PilotColleges.All.Select(p => p.Id).ToList();
        var colleges = await db.Colleges.Where(c => collegeIds.Contains(c.Id)).ToListAsync(cancellationToken);
        if (colleges.Count == 0)
        {
            return;
        }

        var world = new World
        {
            Colleges = collegeIds.Select(id => colleges.Single(c => c.Id == id)).ToList(),
            Specialties = (await db.Specialties.OrderBy(s => s.Code).ToListAsync(cancellationToken)).GroupBy(s => s.CollegeId).ToDictionary(g => g.Key, g => g.ToList()),
            Groups = (await db.StudyGroups.OrderBy(g => g.Name).ToListAsync(cancellationToken)).GroupBy(g => g.CollegeId).ToDictionary(g => g.Key, g => g.ToList()),
            Learners = (await db.Learners.OrderBy(l => l.Pin).ToListAsync(cancellationToken)).GroupBy(l => l.CollegeId).ToDictionary(g => g.Key, g => g.ToList()),
            Curators = (await db.Curators.OrderBy(c => c.FullName).ToListAsync(cancellationToken)).GroupBy(c => c.CollegeId).ToDictionary(g => g.Key, g => g.ToList()),
            Employers = await db.Employers.OrderBy(e => e.Inn).ToListAsync(cancellationToken),
            Mentors = (await db.Mentors.OrderBy(m => m.FullName).ToListAsync(cancellationToken)).GroupBy(m => m.EmployerId).ToDictionary(g => g.Key, g => g.ToList()),
            Forms = await db.WblForms.ToDictionaryAsync(f => f.Id, cancellationToken),
        };

        for (var c = 0; c < world.Colleges.Count; c++)
        {
            AddProgrammes(db, world, c);
            AddPartnerships(db, world, c);
            AddCuratorOrder(db, world, c);
        }

        AddDemoPairPlacements(db, world);
        for (var c = 1; c < world.Colleges.Count; c++)
        {
            AddOtherCollegePlacements(db, world, c);
        }

        AddEvents(db, world);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An approved programme per specialty; the WBL share meets the NQF-5 minimum (40 %) except in the last
    /// college's last specialty.</summary>
    private static void AddProgrammes(WblDbContext db, World world, int c)
    {
        var college = world.Colleges[c];
        var partner = world.Employers[PartnerIndex(c)];
        foreach (var (specialty, s) in world.Specialties[college.Id].Select((x, i) => (x, i)))
        {
            var general = new Competency { CollegeId = college.Id, SpecialtyId = specialty.Id, Kind = CompetencyKind.General, Code = "ЖК-1",
                NameKy = "Кесиптик ишти уюштуруу жана командада иштөө", NameRu = "Организация профессиональной деятельности и работа в команде" };
            var professional = new Competency { CollegeId = college.Id, SpecialtyId = specialty.Id, Kind = CompetencyKind.Professional, Code = "КК-1",
                NameKy = $"{specialty.NameKy}: негизги технологиялык операцияларды аткаруу", NameRu = $"{specialty.NameRu}: выполнение основных технологических операций" };
            var safety = new Competency { CollegeId = college.Id, SpecialtyId = specialty.Id, Kind = CompetencyKind.Professional, Code = "КК-2",
                NameKy = "Эмгекти коргоо жана техникалык коопсуздук эрежелерин сактоо", NameRu = "Соблюдение правил охраны труда и техники безопасности" };
            db.Competencies.AddRange(general, professional, safety);

            var p = WblProgramme.Create(specialty, AcademicYear);
            p.NormativeBasis = $"{specialty.Code} «{specialty.NameKy}» адистиги боюнча мамлекеттик билим берүү стандарты; кесиптик стандарт; жумушчу окуу планы";
            p.Goal = "Окуучулардын жалпы жана кесиптик компетенцияларын чыныгы өндүрүштүк шартта калыптандыруу";
            p.Procedure = "Практика иш берүүчү менен макулдашылган мөөнөттө, насаатчынын жетекчилиги астында, күндөлүк жүргүзүү менен өтөт";
            p.SafetyRules = "Ишканада кирүү инструктажы, жумуш ордундагы инструктаж, өрткө каршы коопсуздук эрежелери";
            var belowMinimum = c == world.Colleges.Count - 1 && s == 2;
            p.TotalStudyHours = belowMinimum ? 2600 : 1900;
            p.SetLoad(IntroductoryPractice, 2, 120);
            p.SetLoad(Workshop, 3, 280);
            p.SetLoad(ProductionPractice, 4, 400);
            foreach (var form in new[] { IntroductoryPractice, Workshop, ProductionPractice })
            {
                p.SetFormContent(form, "Ишкананын түзүмү; негизги технологиялык процесстер; жабдуулар менен иштөө",
                    "Окуучу технологиялык операцияларды насаатчынын көзөмөлү астында аткарат",
                    "Иш берүүчүнүн жабдылган участогу же колледждин устаканасы",
                    "Күндөлүк, насаатчынын мүнөздөмөсү жана практикалык тапшырма боюнча баалоо",
                    "Натыйжалар колледждин жана ишкананын биргелешкен комиссиясы тарабынан таанылат");
            }

            p.AddOutcome("ОН-1", "Коопсуздук эрежелерин сактап, жумуш ордун даярдайт", [general, safety]);
            p.AddOutcome("ОН-2", "Адистик боюнча негизги технологиялык операцияларды өз алдынча аткарат", [professional]);
            p.InviteEmployer(partner.Id);
            p.SubmitForDiscussion(CollegeAdmin, Summer(6, 2));
            p.Approve($"{40 + s}-ЖОО", new DateOnly(2026, 8, 28), CollegeAdmin, Summer(8, 28));
            db.Programmes.Add(p);
            world.ProgrammeOfSpecialty[specialty.Id] = p;
        }
    }

    /// <summary>The employer a college works with most (the demo employer for the first three colleges).</summary>
    /// <summary>The college's main partner: the employer of the catalogue in the college's own region (employer c sits in
    /// college c's region), except that the demo employer in Chuy also takes learners from Bishkek and Kara-Balta, so
    /// that its inbox holds proposals from several colleges.</summary>
    private static int PartnerIndex(int c) => c is 1 or 4 ? 0 : c;

    /// <summary>Per college: a signed cooperation agreement with its main partner, a draft WBL contract and an expired
    /// memorandum; the demo employer also has one signed on paper with the fourth college.</summary>
    private static void AddPartnerships(WblDbContext db, World world, int c)
    {
        var college = world.Colleges[c];
        var e = world.Employers;
        var signed = Partnership.Create(college.Id, e[PartnerIndex(c)].Id, PartnershipKind.CooperationAgreement, $"К-{c + 1}/2026",
            new DateOnly(2026, 8, 20), new DateOnly(2026, 9, 1), new DateOnly(2029, 8, 31), CollegeAdmin, Summer(8, 20));
        signed.Subject = "Жумуш ордунда окутууну уюштуруу боюнча кызматташуу";
        signed.SignAsCollege(CollegeAdmin, Summer(8, 20, 11));
        signed.SignAsEmployer(PartnerIndex(c) == 0 ? EmployerAdmin : OtherEmployerAdmin, Summer(8, 22));
        var draft = Partnership.Create(college.Id, e[(c + 10) % e.Count].Id, PartnershipKind.WblContract, $"ЖОО-{c + 1}/2026",
            new DateOnly(2026, 11, 10), new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), CollegeAdmin, At(11, 10));
        draft.Subject = "Дуалдык окутуу боюнча келишимдин долбоору";
        var expired = Partnership.Create(college.Id, e[(c + 18) % e.Count].Id, PartnershipKind.Memorandum, $"М-{c + 1}/2023",
            new DateOnly(2023, 9, 1), new DateOnly(2023, 9, 1), new DateOnly(2026, 6, 30), CollegeAdmin, At(9, 1));
        expired.SignAsCollege(CollegeAdmin, At(9, 1, 11));
        expired.SignAsEmployer(OtherEmployerAdmin, At(9, 2));
        expired.Expire(new DateOnly(2026, 9, 1), CollegeAdmin, At(9, 3));
        db.Partnerships.AddRange(signed, draft, expired);
        if (c == 3)
        {
            var scan = Scan($"memorandum-{c + 1}.pdf", college.Id, e[0].Id);
            db.StoredFiles.Add(scan);
            var onPaper = Partnership.Create(college.Id, e[0].Id, PartnershipKind.Memorandum, $"М-{c + 1}/2026",
                new DateOnly(2026, 9, 5), new DateOnly(2026, 9, 5), null, Curator, At(9, 5));
            onPaper.MarkSignedOnPaper(scan.Id, Curator, At(9, 6));
            db.Partnerships.Add(onPaper);
        }
    }

    private static void AddCuratorOrder(WblDbContext db, World world, int c)
    {
        var college = world.Colleges[c];
        var curators = world.Curators[college.Id];
        var assignments = world.Groups[college.Id].Select((g, i) => (g, curators[i % curators.Count]));
        var order = Order.ForCuratorAssignment(college.Id, assignments, "Окуу топторуна кураторлорду бекитүү жөнүндө",
            "Колледждин 2026–2027-окуу жылына карата окуу-тарбия иштеринин планы");
        order.Issue(NextNumber(world, college.Id), new DateOnly(2026, 9, 1), OrderIssuer.Of(college), CollegeAdmin);
        db.Orders.Add(order);
    }

    private static int NextNumber(World world, Guid collegeId)
    {
        var n = world.NextOrderNumber.GetValueOrDefault(collegeId, 100) + 1;
        world.NextOrderNumber[collegeId] = n;
        return n;
    }

    private sealed record Plan(PlacementStatus Target, int Form, DateOnly Start, DateOnly End, int Learners, bool Amended = false);

    /// <summary>The demo college with the demo employer: a placement in every status, one amended after confirmation
    /// and one at the college's own workshop.</summary>
    private static void AddDemoPairPlacements(WblDbContext db, World world)
    {
        var college = world.Colleges[0];
        var employer = world.Employers[0];
        Plan[] plans =
        [
            new(PlacementStatus.InProgress, ProductionPractice, new(2026, 11, 2), new(2026, 12, 18), 3), // the demo learner is here
            new(PlacementStatus.Assessed, ProductionPractice, new(2026, 9, 7), new(2026, 10, 2), 3),
            new(PlacementStatus.Completed, IntroductoryPractice, new(2026, 9, 14), new(2026, 9, 25), 3),
            new(PlacementStatus.MentorAssigned, ProductionPractice, new(2027, 1, 18), new(2027, 2, 12), 3),
            new(PlacementStatus.Confirmed, PreDiplomaPractice, new(2027, 2, 1), new(2027, 2, 26), 3),
            new(PlacementStatus.Proposed, ProductionPractice, new(2027, 3, 1), new(2027, 3, 26), 3),
            new(PlacementStatus.Proposed, ProductionPractice, new(2027, 3, 15), new(2027, 4, 9), 3, Amended: true),
            new(PlacementStatus.ChangesRequested, ProductionPractice, new(2027, 4, 5), new(2027, 4, 30), 3),
            new(PlacementStatus.Declined, IntroductoryPractice, new(2027, 4, 12), new(2027, 4, 23), 3),
            new(PlacementStatus.Cancelled, ProductionPractice, new(2027, 2, 15), new(2027, 3, 12), 3),
            new(PlacementStatus.Draft, ProductionPractice, new(2027, 5, 3), new(2027, 5, 28), 3),
        ];
        var mentor = world.Mentors[employer.Id][0];
        foreach (var (plan, i) in plans.Select((p, i) => (p, i)))
        {
            var learners = world.Take(college.Id, plan.Learners);
            AddPlacement(db, world, college, employer, mentor, plan, learners, i, EmployerAdmin);
        }

        // At the college's own workshop: no employer, no proposal, started directly.
        var workshopLearners = world.Learners[college.Id].Skip(3).Take(4).ToList();
        AddPlacement(db, world, college, null, null, new Plan(PlacementStatus.InProgress, Workshop, new(2026, 11, 16), new(2026, 12, 11), 4),
            workshopLearners, plans.Length, EmployerAdmin);
    }

    /// <summary>The other colleges: a confirmed, a proposed and a running placement with their partner (the demo employer
    /// for the second and third college, so that its inbox holds proposals from several colleges).</summary>
    private static void AddOtherCollegePlacements(WblDbContext db, World world, int c)
    {
        var college = world.Colleges[c];
        var employer = world.Employers[PartnerIndex(c)];
        var mentor = world.Mentors[employer.Id][0];
        var by = PartnerIndex(c) == 0 ? EmployerAdmin : OtherEmployerAdmin;
        Plan[] plans =
        [
            new(PlacementStatus.Proposed, ProductionPractice, new(2027, 3, 1), new(2027, 3, 26), 3),
            new(PlacementStatus.Confirmed, ProductionPractice, new(2027, 2, 1), new(2027, 2, 26), 3),
            new(PlacementStatus.InProgress, ProductionPractice, new(2026, 11, 9), new(2026, 12, 4), 2),
        ];
        foreach (var (plan, i) in plans.Select((p, i) => (p, i)))
        {
            AddPlacement(db, world, college, employer, mentor, plan, world.Take(college.Id, plan.Learners), 100 * c + i, by);
        }
    }

    private static void AddPlacement(WblDbContext db, World world, College college, Employer? employer, Mentor? mentor, Plan plan,
        List<Learner> learners, int n, WorkflowUser employerUser)
    {
        var group = world.Groups[college.Id].Single(g => g.Id == learners[0].GroupId);
        var programme = world.ProgrammeOfSpecialty[group.SpecialtyId];
        var form = world.Forms[plan.Form];
        var curator = world.Curators[college.Id][n % world.Curators[college.Id].Count];
        var t = At(9, 1).AddDays(n % 60).AddHours(n % 7);
        DateTimeOffset Next() => t = t.AddHours(20);

        var p = Placement.Create(programme, form, employer?.Id, plan.Start, plan.End, plan.Learners + 1, curator.Id, Curator, Next());
        p.Site = employer is null ? null : n % 2 == 0 ? "Негизги өндүрүштүк участок" : "Техникалык тейлөө бөлүмү";
        foreach (var learner in learners)
        {
            p.AddLearner(learner, [], Curator, Next());
        }

        db.Placements.Add(p);
        if (plan.Target == PlacementStatus.Draft)
        {
            return;
        }

        if (employer is not null)
        {
            p.Propose(CollegeAdmin, Next());
            switch (plan.Target)
            {
                case PlacementStatus.Declined:
                    p.Decline("Бул мезгилде участокто капиталдык оңдоо жүрөт, окуучуларды кабыл алууга мүмкүнчүлүк жок", employerUser, Next());
                    return;
                case PlacementStatus.ChangesRequested:
                    p.RequestChanges(plan.Start.AddDays(14), plan.End.AddDays(14), 2, "Апрелдин биринчи жарымында жабдууларды алмаштыруу пландалган", employerUser, Next());
                    return;
                case PlacementStatus.Cancelled:
                    p.Confirm(p.RequestedCount, employerUser, Next());
                    p.Cancel("Окуу планы өзгөрүп, практика кийинки семестрге жылдырылды", CollegeAdmin, Next());
                    return;
                case PlacementStatus.Proposed when !plan.Amended:
                    return;
            }

            p.Confirm(p.RequestedCount, employerUser, Next());
            if (plan.Amended)
            {
                p.ChangeTerms(plan.Start.AddDays(7), plan.End.AddDays(7), p.RequestedCount, [], CollegeAdmin, Next());
                return;
            }

            SendingOrder(db, world, college, employer, p, learners, form, curator, Next());
            Agreements(db, world, college, p, learners, employerUser, n, Next);
            if (plan.Target == PlacementStatus.Confirmed)
            {
                return;
            }

            p.AssignMentor(mentor!, programme.MentorRequirements, employerUser, Next(), gapsAcknowledged: true);
            if (plan.Target == PlacementStatus.MentorAssigned)
            {
                return;
            }
        }
        else
        {
            SendingOrder(db, world, college, null, p, learners, form, curator, Next());
        }

        // Started on its first day and completed on its last, never before the steps that led to them.
        p.Start(Curator, DemoData.Later(Next(), BishkekTime.At(plan.Start, new TimeOnly(9, 0))));
        if (plan.Target == PlacementStatus.InProgress)
        {
            return;
        }

        p.Complete(Curator, DemoData.Later(Next(), BishkekTime.At(plan.End, new TimeOnly(17, 0))));
        if (plan.Target == PlacementStatus.Assessed)
        {
            DemoAssessments.AssessEveryLearner(db, p, programme, form, mentor, Curator, CollegeAdmin, BishkekTime.At(plan.End.AddDays(3), new TimeOnly(10, 0)));
        }
    }

    private static void SendingOrder(WblDbContext db, World world, College college, Employer? employer, Placement p, IReadOnlyList<Learner> learners,
        WblForm form, Curator curator, DateTimeOffset at)
    {
        var groups = world.Groups[college.Id].ToDictionary(g => g.Id, g => g.Name);
        // One correction: the first running placement of the demo college had its curator's name misspelt (a letter
        // dropped) in its order; the correcting order restates item 2 and the curator column with the right name.
        var corrected = college.Id == world.Colleges[0].Id && p.Status == PlacementStatus.Confirmed && !world.CorrectionWritten;
        var order = Order.ForSending(p, learners, groups, employer?.Name, form.NameKy, corrected ? curator.FullName[..^1] : curator.FullName,
            $"Окуучуларды «{form.NameKy}» жөнөтүү жөнүндө", "Окуу планы жана иш берүүчү менен макулдашуу");
        var issuedOn = DateOnly.FromDateTime(at.DateTime) < Today ? DateOnly.FromDateTime(at.DateTime) : Today;
        order.Issue(NextNumber(world, college.Id), issuedOn, OrderIssuer.Of(college), CollegeAdmin);
        db.Orders.Add(order);

        if (corrected)
        {
            world.CorrectionWritten = true;
            var correction = order.CreateCorrection($"№{order.Number} буйругуна өзгөртүү киргизүү жөнүндө",
                new OrderParticulars(p.StartDate, p.EndDate, curator.Id, curator.FullName));
            correction.Issue(NextNumber(world, college.Id), issuedOn, OrderIssuer.Of(college), CollegeAdmin);
            db.Orders.Add(correction);
        }
    }

    /// <summary>A tripartite agreement per learner: the demo pair's running and past placements confirmed by all, one
    /// signed on paper; elsewhere some wait for the employer or the learner.</summary>
    private static void Agreements(WblDbContext db, World world, College college, Placement p, IReadOnlyList<Learner> learners, WorkflowUser employerUser, int n,
        Func<DateTimeOffset> next)
    {
        if (!p.RequiresAgreement)
        {
            return;
        }

        foreach (var (learner, i) in learners.Select((l, i) => (l, i)))
        {
            var a = TripartiteAgreement.CreateFor(p, learner.Id, Curator, next());
            db.Agreements.Add(a);
            var mode = (n + i) % 4;
            if (mode == 3 && n < 100 && !world.PaperAgreementWritten)
            {
                world.PaperAgreementWritten = true;
                var scan = Scan($"agreement-{n}-{i + 1}.pdf", college.Id, p.EmployerId);
                db.StoredFiles.Add(scan);
                a.MarkSignedOnPaper(scan.Id, Curator, next());
                continue;
            }

            a.ConfirmByCollege(CollegeAdmin, next());
            if (mode == 2)
            {
                continue; // waits for the employer and the learner
            }

            a.ConfirmByEmployer(employerUser, next());
            if (mode == 1 && n >= 100)
            {
                continue; // waits for the learner
            }

            var at = next();
            // A minor confirms their own side too; the representative's consent is recorded separately by the curator.
            if (learner.IsMinorOn(DateOnly.FromDateTime(at.UtcDateTime)))
            {
                a.RecordRepresentativeConsent(learner, learner.RepresentativeName ?? "Мыйзамдуу өкүлү", Curator, at);
            }

            a.ConfirmByLearner(learner, new WorkflowUser($"demo:learner:{learner.Id:N}", learner.FullName, Roles.Learner), at);
        }
    }

    private static StoredFile Scan(string name, Guid collegeId, Guid? employerId) =>
        StoredFile.Create(name, "%PDF-1.4\n% demo scan\n%%EOF\n"u8.ToArray(), collegeId, employerId, Curator, At(9, 6));

    /// <summary>Information events: a guest lecture of the demo employer (held, with attendance), a job fair (planned)
    /// at the demo college; an excursion at every other college.</summary>
    private static void AddEvents(WblDbContext db, World world)
    {
        var demo = world.Colleges[0];
        var lecture = InformationEvent.Create(demo.Id, world.Forms[1], "Заманбап агротехнологиялар: иш берүүчүнүн конок лекциясы", At(10, 15, 14));
        lecture.Location = "Колледждин чоң залы";
        lecture.Description = "Ишкананын башкы агроному тамчылатып сугаруу жана жер семирткичтерди колдонуу тууралуу айтып берет";
        lecture.AddEmployer(world.Employers[0].Id, "Бакыт Жээнбеков");
        lecture.MarkHeld();
        foreach (var (learner, i) in world.Learners[demo.Id].Take(12).Select((l, i) => (l, i)))
        {
            lecture.RecordAttendance(learner, i % 5 != 4);
        }

        var fair = InformationEvent.Create(demo.Id, world.Forms[2], "Кесиптер жарманкеси — 2027", At(3, 20, 10));
        fair.Location = "Токмок ш., шаардык маданият үйү";
        fair.AddEmployer(world.Employers[0].Id, "Кадрлар бөлүмү");
        fair.AddEmployer(world.Employers[10].Id, null);
        db.InformationEvents.AddRange(lecture, fair);

        for (var c = 1; c < world.Colleges.Count; c++)
        {
            var college = world.Colleges[c];
            var excursion = InformationEvent.Create(college.Id, world.Forms[4], "Ишканага экскурсия", At(10, 1 + c, 11));
            excursion.AddEmployer(world.Employers[PartnerIndex(c)].Id, null);
            excursion.MarkHeld();
            foreach (var learner in world.Learners[college.Id].Take(8))
            {
                excursion.RecordAttendance(learner, true);
            }

            db.InformationEvents.Add(excursion);
        }
    }
}
