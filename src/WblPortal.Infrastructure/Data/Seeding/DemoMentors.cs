using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// The demo employer's mentor registry and enterprise orders: trainings of its two mentors, an order of the enterprise
/// head for every placement its mentor was appointed to, and one more placement of the demo college whose mentor does
/// not meet the programme's requirements (appointed with the gaps acknowledged, so the college sees the flag).
/// Deterministic; written once (guarded by the demo employer's orders).
/// </summary>
internal static class DemoMentors
{
    private static readonly TimeSpan Bishkek = BishkekTime.Offset;
    private static readonly WorkflowUser EmployerAdmin = new("demo:employer@wbl.kg", "Бакыт Жээнбеков", Roles.EmployerAdmin);
    private static readonly WorkflowUser CollegeAdmin = new("demo:college.admin@wbl.kg", "Нурлан Токтосунов", Roles.CollegeAdmin);
    private const int IntroductoryPractice = 7;

    public static async Task EnsureAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.OrderBy(e => e.Inn).FirstOrDefaultAsync(cancellationToken);
        var demoCollegeId = PilotColleges.All[0].Id;
        if (employer is null || !await db.Placements.AnyAsync(p => p.CollegeId == demoCollegeId, cancellationToken)
            || await db.EnterpriseOrders.AnyAsync(o => o.EmployerId == employer.Id, cancellationToken))
        {
            return;
        }

        var mentors = await db.Mentors.Where(m => m.EmployerId == employer.Id).OrderBy(m => m.FullName).ToListAsync(cancellationToken);
        if (mentors.Count < 2)
        {
            return;
        }

        var (main, second) = (mentors[0], mentors[1]);
        AddTrainings(db, main, second);

        // An order for every placement the main mentor (mentor@wbl.kg) was appointed to, numbered through the year.
        var appointed = await db.Placements.Include(p => p.Learners).ThenInclude(l => l.Learner).Include(p => p.College).Include(p => p.Form)
            .Where(p => p.EmployerId == employer.Id && p.MentorId == main.Id).OrderBy(p => p.StartDate).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var groups = await db.StudyGroups.ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var numbers = new Dictionary<int, int>();
        string NextNumber(DateOnly date) => $"{numbers[date.Year] = numbers.GetValueOrDefault(date.Year) + 1}-к";
        foreach (var p in appointed)
        {
            var date = p.StartDate.AddDays(-10);
            db.EnterpriseOrders.Add(Order(p, main, groups, NextNumber(date), date, employer.ContactPerson));
        }

        // A newly appointed section head without pedagogical training, for a short introductory practice of the demo
        // college whose programme asks for both: the employer acknowledged the gaps; the college sees them.
        second.PedagogicalTrainingDate = null;
        var flagged = await FlaggedPlacementAsync(db, employer.Id, second, cancellationToken);
        if (flagged is not null)
        {
            var date = flagged.StartDate.AddDays(-7);
            db.EnterpriseOrders.Add(Order(flagged, second, groups, NextNumber(date), date, employer.ContactPerson));
        }

        // The trainings and the programme's requirements changed above: running appointments take their gaps again,
        // as the portal does when a mentor's qualifications are edited.
        var running = await db.Placements.Include(p => p.Programme)
            .Where(p => (p.MentorId == main.Id || p.MentorId == second.Id)
                && (p.Status == PlacementStatus.MentorAssigned || p.Status == PlacementStatus.InProgress))
            .ToListAsync(cancellationToken);
        foreach (var p in running)
        {
            p.RecheckMentorRequirements(p.MentorId == main.Id ? main : second, p.Programme!.MentorRequirements);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddTrainings(WblDbContext db, Mentor main, Mentor second)
    {
        MentorTraining[] trainings =
        [
            MentorTraining.For(main, MentorTrainingKind.Pedagogy, new DateOnly(2024, 11, 15), 72, "Кыргыз билим берүү академиясы", "КББА-2024-117"),
            MentorTraining.For(main, MentorTrainingKind.Psychology, new DateOnly(2025, 2, 20), 36, "Кыргыз билим берүү академиясы", "КББА-2025-031"),
            MentorTraining.For(main, MentorTrainingKind.Methods, new DateOnly(2025, 10, 8), 24, "Кесиптик билим берүүнү өнүктүрүү республикалык борбору", null),
            MentorTraining.For(second, MentorTrainingKind.Other, new DateOnly(2025, 4, 2), 16, "Эмгекти коргоо боюнча окуу борбору", "ЭК-0412"),
        ];
        db.MentorTrainings.AddRange(trainings);
        main.ApplyTrainings(trainings);
    }

    private static EnterpriseOrder Order(Placement p, Mentor mentor, IReadOnlyDictionary<Guid, string> groups, string number, DateOnly date, string head) =>
        EnterpriseOrder.Appointing(p, mentor,
            p.Learners.OrderBy(l => l.Learner!.LastName).ThenBy(l => l.Learner!.FirstName)
                .Select(l => new EnterpriseOrderLearner(l.LearnerId, l.Learner!.FullName, groups.GetValueOrDefault(l.GroupId, ""))),
            p.College!.NameKy, p.Form!.NameKy, number, date, head, "Директор", null, EmployerAdmin,
            new DateTimeOffset(date.ToDateTime(new TimeOnly(11, 0)), Bishkek));

    private static async Task<Placement?> FlaggedPlacementAsync(WblDbContext db, Guid employerId, Mentor mentor, CancellationToken cancellationToken)
    {
        var collegeId = PilotColleges.All[0].Id;
        var learners = await db.Learners.Where(l => l.CollegeId == collegeId).OrderByDescending(l => l.Pin).Take(2).ToListAsync(cancellationToken);
        var form = await db.WblForms.SingleOrDefaultAsync(f => f.Id == IntroductoryPractice, cancellationToken);
        await db.Colleges.SingleAsync(c => c.Id == collegeId, cancellationToken); // tracked: the new placement's College is fixed up
        var curator = await db.Curators.Where(c => c.CollegeId == collegeId).OrderBy(c => c.FullName).FirstOrDefaultAsync(cancellationToken);
        if (learners.Count < 2 || form is null || curator is null)
        {
            return null;
        }

        var specialtyId = await db.StudyGroups.Where(g => g.Id == learners[0].GroupId).Select(g => g.SpecialtyId).SingleAsync(cancellationToken);
        var programme = await db.Programmes.Where(p => p.SpecialtyId == specialtyId && p.Status == ProgrammeStatus.Approved)
            .OrderByDescending(p => p.AcademicYear).FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            return null;
        }

        programme.MentorRequirements = new MentorRequirements
        {
            MinEducationLevel = EducationLevel.SecondaryVocational,
            PedagogicalTrainingRequired = true,
            Notes = "Насаатчы кесиптик билимге жана педагогикалык даярдыкка ээ болушу керек.",
        };
        var at = new DateTimeOffset(2026, 11, 16, 10, 0, 0, Bishkek);
        var p = Placement.Create(programme, form, employerId, new DateOnly(2027, 5, 10), new DateOnly(2027, 5, 21), 2, curator.Id, CollegeAdmin, at);
        p.Site = "Техникалык тейлөө бөлүмү";
        foreach (var learner in learners)
        {
            p.AddLearner(learner, [], CollegeAdmin, at.AddMinutes(5));
        }

        p.Propose(CollegeAdmin, at.AddHours(1));
        p.Confirm(2, EmployerAdmin, at.AddDays(1));
        p.AssignMentor(mentor, programme.MentorRequirements, EmployerAdmin, at.AddDays(2), gapsAcknowledged: true);
        db.Placements.Add(p);
        return p;
    }
}
