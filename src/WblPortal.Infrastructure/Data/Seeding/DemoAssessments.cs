using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// Joint assessments in every state for the demo accounts: a production practice of the demo college at the demo
/// employer, mentored by the demo mentor (mentor@), completed in October, with the demo learner (learner@) and eight
/// more learners — not started, curator scored, mentor scored, both scored with differences, final proposed by the
/// curator (the mentor is to confirm), final proposed by the mentor (the curator is to confirm), final, acknowledged,
/// and disagreed. The demo learner's result is final and waits for their acknowledgement. Deterministic; written once.
/// </summary>
internal static class DemoAssessments
{
    private static readonly TimeSpan Bishkek = BishkekTime.Offset;
    private static readonly WorkflowUser CollegeAdmin = new("demo:college.admin@wbl.kg", "Нурлан Токтосунов", Roles.CollegeAdmin);
    private static readonly WorkflowUser Curator = new("demo:curator@wbl.kg", "Гүлнара Үсөнова", Roles.CollegeStaff);
    private static readonly WorkflowUser EmployerAdmin = new("demo:employer@wbl.kg", "Бакыт Жээнбеков", Roles.EmployerAdmin);
    private const int ProductionPractice = 15;
    private static readonly DateOnly PracticeStart = new(2026, 10, 5);

    private enum Stage
    {
        NotStarted,
        CuratorScored,
        MentorScored,
        BothScored,
        ProposedByCurator,
        ProposedByMentor,
        Final,
        Acknowledged,
        Disagreed,
    }

    public static async Task EnsureAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        var collegeId = PilotColleges.All[0].Id;
        if (await db.Placements.AnyAsync(p => p.CollegeId == collegeId && p.FormId == ProductionPractice && p.StartDate == PracticeStart, cancellationToken))
        {
            return;
        }

        var employer = await db.Employers.OrderBy(e => e.Inn).FirstOrDefaultAsync(cancellationToken);
        var mentor = employer is null ? null
            : await db.Mentors.Where(m => m.EmployerId == employer.Id).OrderBy(m => m.FullName).FirstOrDefaultAsync(cancellationToken);
        var learners = await db.Learners.Where(l => l.CollegeId == collegeId).OrderBy(l => l.Pin).ToListAsync(cancellationToken);
        if (employer is null || mentor is null || learners.Count < 10)
        {
            return;
        }

        // The demo learner first, then learners from the end of the list (not in the workspace's placements).
        var demoLearner = learners[0];
        var group = await db.StudyGroups.SingleAsync(g => g.Id == demoLearner.GroupId, cancellationToken);
        var others = learners.Skip(1).Where(l => l.GroupId == demoLearner.GroupId).Reverse().Take(8).ToList();
        if (others.Count < 8)
        {
            others = learners.Skip(1).Reverse().Take(8).ToList();
        }

        var programme = await db.Programmes.Include(p => p.Outcomes)
            .Where(p => p.SpecialtyId == group.SpecialtyId && p.Status == ProgrammeStatus.Approved)
            .OrderByDescending(p => p.AcademicYear).FirstOrDefaultAsync(cancellationToken);
        var form = await db.WblForms.SingleAsync(f => f.Id == ProductionPractice, cancellationToken);
        var curator = await db.Curators.Where(c => c.CollegeId == collegeId).OrderBy(c => c.FullName).FirstOrDefaultAsync(cancellationToken);
        if (programme is null || programme.Outcomes.Count == 0 || curator is null)
        {
            return;
        }

        var t = new DateTimeOffset(2026, 9, 20, 9, 0, 0, Bishkek);
        DateTimeOffset Next() => t = t.AddHours(3);
        var all = new[] { demoLearner }.Concat(others).ToList();
        var placement = Placement.Create(programme, form, employer.Id, PracticeStart, new DateOnly(2026, 10, 30), all.Count, curator.Id, Curator, Next());
        placement.Site = "Негизги өндүрүштүк участок";
        foreach (var learner in all)
        {
            placement.AddLearner(learner, [], Curator, Next());
        }

        placement.Propose(CollegeAdmin, Next());
        placement.Confirm(all.Count, EmployerAdmin, Next());
        placement.AssignMentor(mentor, programme.MentorRequirements, EmployerAdmin, Next(), gapsAcknowledged: true);
        placement.Start(Curator, new DateTimeOffset(2026, 10, 5, 9, 0, 0, Bishkek));
        placement.Complete(Curator, new DateTimeOffset(2026, 10, 30, 17, 0, 0, Bishkek));
        db.Placements.Add(placement);

        var mentorUser = new WorkflowUser("demo:mentor@wbl.kg", mentor.FullName, Roles.Mentor);
        var learnerUser = new WorkflowUser("demo:learner@wbl.kg", demoLearner.FullName, Roles.Learner);
        t = new DateTimeOffset(2026, 11, 2, 9, 0, 0, Bishkek);
        Stage[] stages = [Stage.Final, Stage.NotStarted, Stage.CuratorScored, Stage.MentorScored, Stage.BothScored, Stage.ProposedByCurator,
            Stage.ProposedByMentor, Stage.Acknowledged, Stage.Disagreed];
        for (var i = 0; i < all.Count; i++)
        {
            var stage = stages[i];
            if (stage == Stage.NotStarted)
            {
                continue;
            }

            var row = placement.Learners.Single(l => l.LearnerId == all[i].Id);
            var a = Assessment.Start(placement, row, programme, form, programme.Outcomes, new DateOnly(2026, 11, 2), Curator, Next());
            var levels = Assessment.LevelsOf(a.Scale);
            var lower = levels[^2]; // partly achieved (three levels) or not achieved (two)
            if (stage is Stage.CuratorScored or >= Stage.BothScored)
            {
                a.Submit(AssessmentParty.Curator, a.Scores.ToDictionary(s => s.OutcomeId, _ => new ScoreInput(OutcomeLevel.Achieved, null)),
                    "Тапшырмаларды өз убагында жана сапаттуу аткарды, топто иштөөгө жөндөмдүү.", Curator, Next());
            }

            if (stage >= Stage.MentorScored)
            {
                a.Submit(AssessmentParty.Mentor, a.Scores.Select((s, k) => (s, k)).ToDictionary(x => x.s.OutcomeId,
                        x => x.k == 0 ? new ScoreInput(lower, "Коопсуздук эрежелерин дайыма эле сактай бербейт, эскертүү берилди.") : new ScoreInput(OutcomeLevel.Achieved, null)),
                    "Жабдуу менен иштөөнү тез өздөштүрдү; эмгекти коргоо боюнча дагы машыгуу керек.", mentorUser, Next());
            }

            if (stage >= Stage.ProposedByCurator)
            {
                var by = stage == Stage.ProposedByMentor ? AssessmentParty.Mentor : AssessmentParty.Curator;
                a.ProposeFinal(by, a.Scores.Select((s, k) => (s, k)).ToDictionary(x => x.s.OutcomeId, x => x.k == 0 ? lower : OutcomeLevel.Achieved),
                    a.GradeRequired ? 4 : null, "Насаатчынын эскертүүсү эске алынып, биринчи натыйжа жарым-жартылай жетишилди деп макулдашылды.",
                    by == AssessmentParty.Mentor ? mentorUser : Curator, Next());
            }

            if (stage is Stage.Final or Stage.Acknowledged or Stage.Disagreed)
            {
                a.ConfirmFinal(AssessmentParty.Mentor, mentorUser, Next());
            }

            if (stage is Stage.Acknowledged or Stage.Disagreed)
            {
                var user = learnerUser with { UserId = $"demo:learner-{i}", Name = all[i].FullName };
                a.Acknowledge(all[i].Id, stage == Stage.Disagreed
                    ? "Коопсуздук эрежелери боюнча эскертүү бир жолу гана болгон, натыйжа толук жетишилди деп эсептейм." : null, user, Next());
            }

            db.Assessments.Add(a);
        }

        // The mentor's reference on the demo learner, submitted on the placement's last day: the college, the employer
        // and learner@ read it and print it (ky/ru).
        var gradeRequired = programme.UsesPracticeGrade && Assessment.TakesPracticeGrade(form);
        db.MentorReferences.Add(MentorReference.Write(placement.Learners.Single(l => l.LearnerId == demoLearner.Id), placement, mentor.Id,
            programme.AssessmentScale, gradeRequired,
            new MentorReferenceText(
                "Ишке жоопкерчилик менен мамиле кылды: күн сайын өз убагында келип, тапшырмаларды аягына чейин аткарды, жаңы ишке кызыгуу менен киришти.",
                "Токардык станокто даярдамаларды чийме боюнча өз алдынча иштетүүнү өздөштүрдү, өлчөөчү куралдарды туура колдонот, жабдууну тейлөөгө катышты.",
                "Ички тартип эрежелерин бузган жок. Коопсуздук техникасы боюнча бир жолу эскертүү алган, андан кийин эрежелерди так сактады.",
                "Диплом алдындагы практиканы ушул ишканада өтөөгө жана бүтүргөндөн кийин жумушка алууга сунуштайм.",
                OutcomeLevel.Achieved, gradeRequired ? 5 : null),
            submit: true, new DateOnly(2026, 10, 30), mentorUser, new DateTimeOffset(2026, 10, 30, 16, 0, 0, Bishkek)));

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Drives a completed placement's joint assessment to a final, acknowledged result for every learner (the
    /// curator and the mentor score independently, the curator proposes, the mentor confirms) and then marks the
    /// placement assessed — so every "assessed" placement of the demo has its results behind it. Leaves the placement
    /// completed when it cannot be assessed (no mentor, no outcomes). Returns whether it was marked assessed.</summary>
    internal static bool AssessEveryLearner(WblDbContext db, Placement placement, WblProgramme programme, WblForm form, Mentor? mentor,
        WorkflowUser curator, WorkflowUser collegeAdmin, DateTimeOffset at)
    {
        if (mentor is null || placement.MentorId != mentor.Id || programme.Outcomes.Count == 0 || !Assessment.CanStart(placement, DateOnly.FromDateTime(at.DateTime)))
        {
            return false;
        }

        var mentorUser = new WorkflowUser($"demo:mentor-{mentor.Id:N}", mentor.FullName, Roles.Mentor);
        var finals = new HashSet<Guid>();
        foreach (var (row, i) in placement.Learners.Select((r, i) => (r, i)))
        {
            var a = Assessment.Start(placement, row, programme, form, programme.Outcomes, DateOnly.FromDateTime(at.DateTime), curator, at);
            // Mostly achieved; every fourth learner partly achieved the first outcome (a comment is then required).
            var partly = i % 4 == 3 && a.Scale == AssessmentScale.ThreeLevel;
            ScoreInput Score(int k) => partly && k == 0
                ? new ScoreInput(OutcomeLevel.PartlyAchieved, "Операцияларды насаатчынын жардамы менен гана аткарат.")
                : new ScoreInput(OutcomeLevel.Achieved, null);
            var scores = a.Scores.Select((s, k) => (s, k)).ToDictionary(x => x.s.OutcomeId, x => Score(x.k));
            a.Submit(AssessmentParty.Curator, scores, "Программанын натыйжаларын өздөштүрдү, тапшырмаларды өз убагында аткарды.", curator, at.AddMinutes(30));
            a.Submit(AssessmentParty.Mentor, scores, "Жумуш ордунда тыкан жана жоопкерчиликтүү иштеди.", mentorUser, at.AddHours(2));
            a.ProposeFinal(AssessmentParty.Curator, scores.ToDictionary(x => x.Key, x => x.Value.Level), a.GradeRequired ? (partly ? 3 : 4 + i % 2) : null,
                "Куратор менен насаатчынын баалары дал келди.", curator, at.AddHours(3));
            a.ConfirmFinal(AssessmentParty.Mentor, mentorUser, at.AddHours(4));
            a.Acknowledge(row.LearnerId, null, new WorkflowUser($"demo:learner-{row.LearnerId:N}", "", Roles.Learner), at.AddDays(1));
            a.ClearRaisedNotifications();
            db.Assessments.Add(a);
            finals.Add(row.LearnerId);
        }

        placement.MarkAssessed(finals, collegeAdmin, at.AddDays(2));
        return true;
    }
}
