using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Events;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// The national picture for the ministry's dashboard: for the two previous academic years (2024, 2025) an approved
/// programme per specialty and the WBL forms each pilot college runs according to Table 1 of the concept, recorded as
/// placements (driven through the domain's transitions to completed or assessed) and held information events with
/// attendance; and for the current year (2026) the stage 1–2 activities already held this autumn. Deterministic and
/// written once: skipped when a 2024 programme exists. Historical rows raise no notifications.
/// </summary>
internal static class DemoNational
{
    private static readonly WorkflowUser CollegeAdmin = new("demo:college.admin@wbl.kg", "Нурлан Токтосунов", Roles.CollegeAdmin);
    private static readonly WorkflowUser EmployerHr = new("demo:employer-hr", "Кадрлар бөлүмү", Roles.EmployerAdmin);
    private static readonly WorkflowUser Curator = new("demo:curator@wbl.kg", "Гүлнара Үсөнова", Roles.CollegeStaff);
    private static readonly TimeSpan Bishkek = BishkekTime.Offset;

    private const int Excursion = 4, MasterClass = 5, Volunteering = 6, Introductory = 7, OffsiteLesson = 8, Laboratory = 10, Workshop = 12,
        Competition = 13, StudyProject = 14, Production = 15, PreDiploma = 17, Internship = 18;

    /// <summary>Table 1 of the concept: the forms each pilot college runs, in the order of <see cref="PilotColleges.All"/>.
    /// Every college runs excursions, off-site lessons, workshops/labs, introductory, production and pre-diploma
    /// practice; the rest differ.</summary>
    private static readonly int[][] ExtraForms =
    [
        [MasterClass], [MasterClass], [MasterClass], [MasterClass, Internship, Volunteering], [MasterClass], [],
        [MasterClass, StudyProject, Competition], [MasterClass, StudyProject, Competition],
    ];

    public static async Task EnsureAsync(WblDbContext db, CancellationToken ct)
    {
        if (await db.Programmes.AnyAsync(p => p.AcademicYear == 2024, ct))
        {
            return;
        }

        var collegeIds = PilotColleges.All.Select(p => p.Id).ToList();
        var specialties = (await db.Specialties.Where(s => collegeIds.Contains(s.CollegeId)).OrderBy(s => s.Code).ToListAsync(ct)).GroupBy(s => s.CollegeId).ToDictionary(g => g.Key, g => g.ToList());
        if (specialties.Count == 0)
        {
            return;
        }

        var groups = (await db.StudyGroups.OrderBy(g => g.Name).ToListAsync(ct)).GroupBy(g => g.CollegeId).ToDictionary(g => g.Key, g => g.ToList());
        var learners = (await db.Learners.OrderBy(l => l.Pin).ToListAsync(ct)).GroupBy(l => l.GroupId).ToDictionary(g => g.Key, g => g.ToList());
        var curators = (await db.Curators.OrderBy(c => c.FullName).ToListAsync(ct)).GroupBy(c => c.CollegeId).ToDictionary(g => g.Key, g => g.ToList());
        var competencies = (await db.Competencies.OrderBy(c => c.Code).ToListAsync(ct)).GroupBy(c => c.SpecialtyId).ToDictionary(g => g.Key, g => g.ToList());
        var employers = await db.Employers.OrderBy(e => e.Inn).ToListAsync(ct);
        var mentors = (await db.Mentors.OrderBy(m => m.FullName).ToListAsync(ct)).GroupBy(m => m.EmployerId).ToDictionary(g => g.Key, g => g.ToList());
        var forms = await db.WblForms.ToDictionaryAsync(f => f.Id, ct);
        var current = await db.Programmes.Where(p => p.AcademicYear == 2026 && p.Status == ProgrammeStatus.Approved).ToListAsync(ct);

        for (var c = 0; c < collegeIds.Count; c++)
        {
            var collegeId = collegeIds[c];
            if (!specialties.TryGetValue(collegeId, out var ofCollege))
            {
                continue;
            }

            // Partners from the college's own region: learners are not sent across the country for a practice.
            var regional = employers.Where(e => e.RegionId == PilotColleges.All[c].RegionId).ToList();
            (Employer Employer, Mentor? Mentor) Partner(int k)
            {
                var e = regional.Count > 0 ? regional[k % regional.Count] : employers[(c * 3 + k) % employers.Count];
                return (e, mentors.GetValueOrDefault(e.Id)?.FirstOrDefault());
            }

            var n = 0;
            foreach (var year in new[] { 2024, 2025 })
            {
                var programmeOf = new Dictionary<Guid, WblProgramme>();
                foreach (var (specialty, s) in ofCollege.Select((x, i) => (x, i)))
                {
                    var p = Programme(specialty, year, competencies.GetValueOrDefault(specialty.Id) ?? [], belowMinimum: year == 2024 && s == 0 && c % 3 == 1);
                    db.Programmes.Add(p);
                    programmeOf[specialty.Id] = p;
                }

                var formsOfCollege = new[] { OffsiteLesson, c % 2 == 0 ? Workshop : Laboratory, Introductory, Production, PreDiploma }.Concat(ExtraForms[c].Where(f => f != MasterClass)).ToList();
                // Only the groups that studied then, each at its year of study of that year: first-years go on
                // introductory practice, production practice starts in the second year, pre-diploma in the last.
                foreach (var group in groups[collegeId].Where(g => g.IntakeYear <= year))
                {
                    var members = learners.GetValueOrDefault(group.Id) ?? [];
                    if (members.Count == 0)
                    {
                        continue;
                    }

                    var yearOfStudy = year - group.IntakeYear + 1;
                    var programme = programmeOf[group.SpecialtyId];
                    foreach (var (formId, k) in formsOfCollege.Select((x, i) => (x, i)))
                    {
                        if (formId == PreDiploma && yearOfStudy < 3 || formId == Introductory && yearOfStudy > 1 || formId == Production && yearOfStudy < 2)
                        {
                            continue;
                        }

                        var take = members.Skip(k % 2).Take(Math.Max(2, members.Count - 1 - k % 3)).ToList();
                        var (employer, mentor) = Partner(k);
                        var start = new DateOnly(year, 10, 1).AddDays(18 * k + n % 5);
                        var placement = Placement(programme, forms[formId], employer, mentor, take, start, curators[collegeId][n % curators[collegeId].Count].Id);
                        DemoAssessments.AssessEveryLearner(db, placement, programme, forms[formId], mentor, Curator, CollegeAdmin,
                            BishkekTime.At(placement.EndDate.AddDays(2), new TimeOnly(10, 0)));
                        db.Placements.Add(placement);
                        n++;
                    }
                }

                AddEvents(db, collegeId, c, year, groups[collegeId], learners, Partner(0).Employer, forms, ref n);
            }

            // This autumn: a held excursion and master class, and an off-site lesson completed, for every college.
            AddEvents(db, collegeId, c, 2026, groups[collegeId], learners, Partner(0).Employer, forms, ref n, onlyExcursion: true);
            var firstGroup = groups[collegeId].FirstOrDefault(g => learners.ContainsKey(g.Id));
            var programme2026 = firstGroup is null ? null : current.FirstOrDefault(p => p.SpecialtyId == firstGroup.SpecialtyId);
            if (firstGroup is not null && programme2026 is not null)
            {
                var (employer, mentor) = Partner(1);
                db.Placements.Add(Placement(programme2026, forms[OffsiteLesson], employer, mentor, learners[firstGroup.Id].Take(6).ToList(),
                    new DateOnly(2026, 10, 14), curators[collegeId][0].Id));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>An approved programme of a past academic year (also DemoGraduates' when a specialty has none).</summary>
    internal static WblProgramme Programme(Specialty specialty, int year, IReadOnlyList<Competency> competencies, bool belowMinimum)
    {
        var p = WblProgramme.Create(specialty, year);
        p.NormativeBasis = $"{specialty.Code} «{specialty.NameKy}» адистиги боюнча мамлекеттик билим берүү стандарты";
        p.Goal = "Окуучулардын жалпы жана кесиптик компетенцияларын чыныгы өндүрүштүк шартта калыптандыруу";
        p.Procedure = "Практика иш берүүчү менен макулдашылган мөөнөттө, насаатчынын жетекчилиги астында өтөт";
        p.SafetyRules = "Ишканада кирүү инструктажы жана жумуш ордундагы инструктаж";
        p.TotalStudyHours = belowMinimum ? 2600 : 1900;
        p.SetLoad(Introductory, 2, 120);
        p.SetLoad(Workshop, 3, 280);
        p.SetLoad(Production, 4, 400);
        foreach (var form in new[] { Introductory, Workshop, Production })
        {
            p.SetFormContent(form, "Ишкананын түзүмү; негизги технологиялык процесстер", "Окуучу операцияларды насаатчынын көзөмөлү астында аткарат",
                "Иш берүүчүнүн участогу же колледждин устаканасы", "Күндөлүк жана насаатчынын мүнөздөмөсү боюнча баалоо", "Биргелешкен комиссия тааныйт");
        }

        if (competencies.Count > 0)
        {
            p.AddOutcome("ОН-1", "Адистик боюнча негизги технологиялык операцияларды аткарат", competencies.Take(1));
        }

        if (p.IsComplete)
        {
            p.SubmitForDiscussion(CollegeAdmin, new DateTimeOffset(year, 6, 2, 10, 0, 0, Bishkek));
            p.Approve($"{year % 100}-ЖОО", new DateOnly(year, 8, 28), CollegeAdmin, new DateTimeOffset(year, 8, 28, 10, 0, 0, Bishkek));
        }

        p.ClearRaisedNotifications();
        return p;
    }

    /// <summary>A placement driven through the domain's steps to completed, each step dated as it would have happened:
    /// planned and proposed a month before the start, confirmed and the mentor appointed in the following days, started
    /// on its first day and completed on its last.</summary>
    private static Placement Placement(WblProgramme programme, WblForm form, Employer employer, Mentor? mentor, List<Learner> learners,
        DateOnly start, Guid curatorId)
    {
        var at = BishkekTime.At(start.AddDays(-30), new TimeOnly(9, 0));
        var end = start.AddDays(Math.Max(1, form.TypicalDurationDays ?? 10) - 1);
        var p = Domain.Placements.Placement.Create(programme, form, form.NeedsEmployer ? employer.Id : null, start, end, learners.Count, curatorId, CollegeAdmin, at);
        foreach (var learner in learners)
        {
            p.AddLearner(learner, [], CollegeAdmin, at);
        }

        if (p.RequiresEmployer)
        {
            p.Propose(CollegeAdmin, at.AddHours(1));
            p.Confirm(learners.Count, EmployerHr, at.AddDays(2));
            if (p.RequiresMentor && mentor is not null)
            {
                p.AssignMentor(mentor, programme.MentorRequirements, EmployerHr, at.AddDays(3), gapsAcknowledged: true);
            }
        }

        if (p.Status == p.ReadyStatus)
        {
            p.Start(CollegeAdmin, BishkekTime.At(start, new TimeOnly(9, 0)));
            p.Complete(CollegeAdmin, BishkekTime.At(end, new TimeOnly(17, 0)));
        }

        p.ClearRaisedNotifications();
        return p;
    }

    /// <summary>A held excursion (and master class where the college runs them) attended by the first group.</summary>
    private static void AddEvents(WblDbContext db, Guid collegeId, int c, int year, IReadOnlyList<StudyGroup> groups,
        Dictionary<Guid, List<Learner>> learners, Employer employer, Dictionary<int, WblForm> forms, ref int n, bool onlyExcursion = false)
    {
        var kinds = onlyExcursion || !ExtraForms[c].Contains(MasterClass) ? new[] { Excursion } : [Excursion, MasterClass];
        foreach (var (formId, k) in kinds.Select((x, i) => (x, i)))
        {
            var group = groups.Where(g => learners.ContainsKey(g.Id)).Skip(k).FirstOrDefault() ?? groups.First(g => learners.ContainsKey(g.Id));
            var ev = InformationEvent.Create(collegeId, forms[formId], formId == Excursion ? "Ишканага экскурсия" : "Жумуш ордундагы мастер-класс",
                new DateTimeOffset(year, 10, 8 + 7 * k, 10, 0, 0, Bishkek));
            ev.Location = employer.Address;
            ev.AddEmployer(employer.Id, employer.ContactPerson);
            ev.MarkHeld();
            foreach (var (learner, i) in learners[group.Id].Select((x, i) => (x, i)))
            {
                ev.RecordAttendance(learner, (i + n) % 7 != 0);
            }

            db.InformationEvents.Add(ev);
            n++;
        }
    }
}
