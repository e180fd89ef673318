using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// Graduates of the demo college and their employment: a group graduated last June with records at 6 and 12 months
/// in every status (one missing at each checkpoint: overdue), a group graduated in May whose 6-month checkpoint is due
/// now; their last practice; the demo learner's introductory practice at the start of the first year (the demo learner
/// enrolled in September 2026); and the demo employer's sites with their capacity.
/// </summary>
internal static class DemoGraduates
{
    private static readonly TimeSpan Bishkek = BishkekTime.Offset;
    private static readonly WorkflowUser CollegeAdmin = new("demo:college.admin@wbl.kg", "Нурлан Токтосунов", Roles.CollegeAdmin);
    private static readonly WorkflowUser Curator = new("demo:curator@wbl.kg", "Гүлнара Үсөнова", Roles.CollegeStaff);
    private static readonly WorkflowUser EmployerAdmin = new("demo:employer@wbl.kg", "Бакыт Жээнбеков", Roles.EmployerAdmin);
    private const int IntroductoryPractice = 7;
    private const int ProductionPractice = 15;

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, Bishkek);

    private static readonly (string Last, string First, string Patronymic, bool Female)[] Class2025 =
    [
        ("Абдыкеримова", "Айпери", "Таалайбек кызы", true),
        ("Бообеков", "Нурсултан", "Маратович", false),
        ("Жумабаева", "Үмүт", "Эркин кызы", true),
        ("Көчөров", "Эрлан", "Бакытович", false),
        ("Орозбекова", "Гүлзат", "Нурлан кызы", true),
        ("Сатыбалдиев", "Өмүрбек", "Алмазович", false),
        ("Токтогулов", "Нурбек", "Улукбекович", false),
    ];

    private static readonly (string Last, string First, string Patronymic, bool Female)[] Class2026 =
    [
        ("Асанова", "Бермет", "Кубан кызы", true),
        ("Исаков", "Данияр", "Темирович", false),
        ("Мамытова", "Жылдыз", "Азамат кызы", true),
    ];

    public static async Task EnsureAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        var collegeId = PilotColleges.All[0].Id;
        if (await db.GraduateEmployments.AnyAsync(cancellationToken) || !await db.Placements.AnyAsync(p => p.CollegeId == collegeId, cancellationToken))
        {
            return;
        }

        var demoLearner = await db.Learners.Where(l => l.CollegeId == collegeId).OrderBy(l => l.Pin).FirstAsync(cancellationToken);
        var currentGroup = await db.StudyGroups.SingleAsync(g => g.Id == demoLearner.GroupId, cancellationToken);
        var specialty = await db.Specialties.SingleAsync(s => s.Id == currentGroup.SpecialtyId, cancellationToken);
        var competencies = await db.Competencies.Where(c => c.SpecialtyId == specialty.Id).OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var employer = await db.Employers.OrderBy(e => e.Inn).FirstAsync(cancellationToken);
        var mentor = await db.Mentors.Where(m => m.EmployerId == employer.Id).OrderBy(m => m.FullName).FirstAsync(cancellationToken);
        var curator = await db.Curators.Where(c => c.CollegeId == collegeId).OrderBy(c => c.FullName).FirstAsync(cancellationToken);
        var forms = await db.WblForms.ToDictionaryAsync(f => f.Id, cancellationToken);

        // Last year's programmes of the specialty: 2024–2025 for the graduates, 2025–2026 for the demo learner's first practice.
        // (DemoNational writes every specialty's past programmes; its builder makes one when missing.)
        var past = await db.Programmes.Where(p => p.SpecialtyId == specialty.Id && p.AcademicYear < 2026).ToListAsync(cancellationToken);
        WblProgramme PastProgramme(int year)
        {
            var existing = past.FirstOrDefault(p => p.AcademicYear == year);
            if (existing is not null)
            {
                return existing;
            }

            var created = DemoNational.Programme(specialty, year, competencies, belowMinimum: false);
            db.Programmes.Add(created);
            return created;
        }

        var programme2024 = PastProgramme(2024);
        var current = await db.Programmes.Where(p => p.SpecialtyId == specialty.Id && p.AcademicYear == 2026 && p.Status == ProgrammeStatus.Approved)
            .FirstAsync(cancellationToken);

        var graduated = new StudyGroup
        {
            CollegeId = collegeId, Name = $"{currentGroup.Name.Split('-')[0]}-1-21", SpecialtyId = specialty.Id, IntakeYear = 2021, YearOfStudy = 4, CuratorId = curator.Id,
        };
        var graduatedInMay = new StudyGroup
        {
            CollegeId = collegeId, Name = $"{currentGroup.Name.Split('-')[0]}-3-22", SpecialtyId = specialty.Id, IntakeYear = 2022, YearOfStudy = 4, CuratorId = curator.Id,
        };
        db.StudyGroups.AddRange(graduated, graduatedInMay);
        var class2025 = Class2025.Select((p, i) => Graduate(collegeId, graduated.Id, p, 90001 + i, new DateOnly(2025, 6, 27))).ToList();
        var class2026 = Class2026.Select((p, i) => Graduate(collegeId, graduatedInMay.Id, p, 90101 + i, new DateOnly(2026, 5, 22))).ToList();
        db.Learners.AddRange(class2025);
        db.Learners.AddRange(class2026);

        // Their production practice at the demo employer in spring 2025, and the demo learner's introductory practice in
        // the first weeks of the first year, before the production practice of October.
        db.Placements.Add(Completed(programme2024, forms[ProductionPractice], employer, mentor, curator, class2025, new(2025, 3, 3), new(2025, 4, 25),
            "Негизги өндүрүштүк участок", At(2025, 2, 10)));
        db.Placements.Add(Completed(current, forms[IntroductoryPractice], employer, mentor, curator, [demoLearner], new(2026, 9, 21), new(2026, 10, 2),
            "Техникалык тейлөө бөлүмү", At(2026, 9, 7)));

        // 6 months (due 27.12.2025) and 12 months (due 27.06.2026): every status once, the last graduate missing at both (overdue).
        var six = new (EmploymentStatus Status, string? Employer, string? Position)?[]
        {
            (EmploymentStatus.AtWblEmployer, null, "Оператор"),
            (EmploymentStatus.EmployedInSpecialty, "ЖЧК «Ала-Тоо Курулуш»", "Уста"),
            (EmploymentStatus.EmployedOutsideSpecialty, "«Глобус» супермаркети", "Сатуучу"),
            (EmploymentStatus.Studying, "Кыргыз мамлекеттик техникалык университети", null),
            (EmploymentStatus.NotEmployed, null, null),
            (EmploymentStatus.Unknown, null, null),
            null,
        };
        var twelve = new (EmploymentStatus Status, string? Employer, string? Position)?[]
        {
            (EmploymentStatus.AtWblEmployer, null, "Улук оператор"),
            (EmploymentStatus.EmployedInSpecialty, "ЖЧК «Нур-Строй»", "Электрик"),
            (EmploymentStatus.Studying, "Кыргыз мамлекеттик техникалык университети", null),
            (EmploymentStatus.EmployedOutsideSpecialty, "Такси кызматы", "Айдоочу"),
            (EmploymentStatus.NotEmployed, null, null),
            (EmploymentStatus.Unknown, null, null),
            null,
        };
        for (var i = 0; i < class2025.Count; i++)
        {
            Record(db, class2025[i], EmploymentCheckpoint.SixMonths, six[i], employer, Curator, At(2026, 1, 12 + i));
            Record(db, class2025[i], EmploymentCheckpoint.TwelveMonths, twelve[i], employer, Curator, At(2026, 7, 6 + i));
        }

        // The graduate corrects what the college first heard: another employer in the specialty.
        var updated = db.ChangeTracker.Entries<GraduateEmployment>().Select(e => e.Entity)
            .Single(e => e.LearnerId == class2025[1].Id && e.Checkpoint == EmploymentCheckpoint.SixMonths);
        var self = new WorkflowUser($"demo:learner:{class2025[1].Id:N}", class2025[1].FullName, Roles.Learner);
        updated.Record(class2025[1], EmploymentStatus.EmployedInSpecialty, null, [], "ЖЧК «Бишкек Жылуулук»", "Слесарь", "Жумуш ордумду алмаштырдым",
            self, At(2026, 2, 3), new DateOnly(2026, 2, 3));

        // The May graduates: one has told the college already, two are due now.
        Record(db, class2026[0], EmploymentCheckpoint.SixMonths, (EmploymentStatus.EmployedInSpecialty, "ЖЧК «Ош Энерго»", "Техник"),
            employer, new WorkflowUser($"demo:learner:{class2026[0].Id:N}", class2026[0].FullName, Roles.Learner), At(2026, 11, 20));

        // The demo employer's sites, named as the demo placements name them.
        if (!await db.EmployerSites.AnyAsync(s => s.EmployerId == employer.Id, cancellationToken))
        {
            db.EmployerSites.AddRange(
                new EmployerSite { EmployerId = employer.Id, Name = "Негизги өндүрүштүк участок", Capacity = 12, Address = employer.Address },
                new EmployerSite { EmployerId = employer.Id, Name = "Техникалык тейлөө бөлүмү", Capacity = 6, Address = employer.Address });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Learner Graduate(Guid collegeId, Guid groupId, (string Last, string First, string Patronymic, bool Female) p, int n, DateOnly graduatedOn)
    {
        var birth = new DateOnly(graduatedOn.Year - 19, 1 + n % 12, 1 + n % 28);
        return new Learner
        {
            CollegeId = collegeId, GroupId = groupId, LastName = p.Last, FirstName = p.First, Patronymic = p.Patronymic,
            Pin = $"{(p.Female ? 1 : 2)}{birth:ddMMyyyy}{n:00000}", DateOfBirth = birth, Gender = p.Female ? Gender.Female : Gender.Male,
            Phone = $"+996770{n:000000}", GraduatedOn = graduatedOn,
        };
    }

    private static void Record(WblDbContext db, Learner graduate, EmploymentCheckpoint checkpoint, (EmploymentStatus Status, string? Employer, string? Position)? values,
        Employer wblEmployer, WorkflowUser by, DateTimeOffset at)
    {
        if (values is not { } v)
        {
            return;
        }

        var row = GraduateEmployment.Start(graduate, checkpoint, by);
        row.Record(graduate, v.Status, v.Status == EmploymentStatus.AtWblEmployer ? wblEmployer : null, [wblEmployer.Id], v.Employer, v.Position, null, by, at,
            BishkekTime.DayOf(at));
        db.GraduateEmployments.Add(row);
    }

    private static Placement Completed(WblProgramme programme, Domain.Reference.WblForm form, Employer employer, Domain.Mentors.Mentor? mentor, Curator curator,
        List<Learner> learners, DateOnly start, DateOnly end, string site, DateTimeOffset at)
    {
        var t = at;
        DateTimeOffset Next() => t = t.AddHours(20);
        var p = Placement.Create(programme, form, employer.Id, start, end, learners.Count, curator.Id, Curator, Next());
        p.Site = site;
        foreach (var learner in learners)
        {
            p.AddLearner(learner, [], Curator, Next());
        }

        p.Propose(CollegeAdmin, Next());
        p.Confirm(learners.Count, EmployerAdmin, Next());
        if (p.RequiresMentor)
        {
            p.AssignMentor(mentor!, programme.MentorRequirements, EmployerAdmin, Next(), gapsAcknowledged: true);
        }

        p.Start(CollegeAdmin, DemoData.Later(Next(), BishkekTime.At(start, new TimeOnly(9, 0))));
        p.Complete(CollegeAdmin, DemoData.Later(Next(), BishkekTime.At(end, new TimeOnly(17, 0))));
        return p;
    }
}
