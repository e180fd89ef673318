using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the joint assessments: a placement with a mentor, completed, whose programme has two outcomes,
/// and assessments driven through the domain to each stage.</summary>
public sealed partial class TestData
{
    /// <summary>A day of the current academic year (its second week): rows of a placement starting then are on the
    /// default "waiting for me" lists; the builders' fixed April 2026 dates are a past year's from September 2026 on.</summary>
    public static DateOnly ThisAcademicYearDay => WblPortal.Web.Infrastructure.Lists.WorkList.CurrentYearStart(TimeProvider.System).AddDays(7);

    public static readonly WorkflowUser CuratorUser = new("test-curator", "Үсөнова Гүлнара", Roles.CollegeStaff);

    public enum AssessmentStage
    {
        Started,
        CuratorScored,
        BothScored,
        Proposed,
        Final,
        Acknowledged,
        Disagreed,
    }

    public sealed record AssessmentWorld(College College, Employer Employer, Mentor Mentor, IReadOnlyList<Learner> Learners, Placement Placement);

    /// <summary>A production practice with a mentor, completed (or still in progress), with the learners; its programme
    /// has a second outcome with Kyrgyz letters.</summary>
    public async Task<AssessmentWorld> AssessmentWorldAsync(int learners = 1, College? college = null, Employer? employer = null,
        bool completed = true, AssessmentScale scale = AssessmentScale.ThreeLevel, DateOnly? start = null)
    {
        college ??= await CollegeAsync();
        employer ??= await EmployerAsync();
        var mentor = await MentorAsync(employer);
        var list = new List<Learner>();
        for (var i = 0; i < learners; i++)
        {
            list.Add(await LearnerAsync(college));
        }

        var placement = await PlacementAsync(college, employer, PlacementStatus.InProgress, list, mentor, start);
        await using var db = factory.CreateDbContext();
        var programme = await db.Programmes.SingleAsync(p => p.Id == placement.ProgrammeId);
        programme.AssessmentScale = scale;
        db.ProgrammeOutcomes.Add(new ProgrammeOutcome
        {
            ProgrammeId = programme.Id, CollegeId = college.Id, Code = "ОН2", Text = "Эмгекти коргоонун эрежелерин өз алдынча колдонот (ң ө ү)", SortOrder = 2,
        });
        if (completed)
        {
            var tracked = await db.Placements.SingleAsync(p => p.Id == placement.Id);
            tracked.Complete(CollegeAdminUser, WorkflowAt);
        }

        await db.SaveChangesAsync();
        placement = await db.Placements.AsNoTracking().Include(p => p.Learners).SingleAsync(p => p.Id == placement.Id);
        return new AssessmentWorld(college, employer, mentor, list, placement);
    }

    /// <summary>The assessment of the learner driven to the stage: the curator scores all achieved, the mentor the first
    /// outcome partly achieved (a difference), the curator proposes, the mentor confirms.</summary>
    public async Task<Assessment> AssessmentAsync(AssessmentWorld world, AssessmentStage stage, int learner = 0)
    {
        await using var db = factory.CreateDbContext();
        var placement = await db.Placements.Include(p => p.Form).SingleAsync(p => p.Id == world.Placement.Id);
        var row = await db.PlacementLearners.SingleAsync(l => l.PlacementId == placement.Id && l.LearnerId == world.Learners[learner].Id);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == placement.ProgrammeId);
        var outcomes = await db.ProgrammeOutcomes.AsNoTracking().Where(o => o.ProgrammeId == programme.Id).ToListAsync();
        var a = Assessment.Start(placement, row, programme, placement.Form!, outcomes, new DateOnly(2026, 12, 31), CuratorUser, WorkflowAt);
        if (stage >= AssessmentStage.CuratorScored)
        {
            a.Submit(AssessmentParty.Curator, a.Scores.ToDictionary(s => s.OutcomeId, _ => new ScoreInput(OutcomeLevel.Achieved, null)),
                "Куратордун пикири: жакшы иштеди", CuratorUser, WorkflowAt);
        }

        if (stage >= AssessmentStage.BothScored)
        {
            var partly = a.Scale == AssessmentScale.TwoLevel ? OutcomeLevel.NotAchieved : OutcomeLevel.PartlyAchieved;
            a.Submit(AssessmentParty.Mentor, a.Scores.Select((s, i) => (s, i)).ToDictionary(x => x.s.OutcomeId,
                    x => x.i == 0 ? new ScoreInput(partly, "Үйрөнүү керек") : new ScoreInput(OutcomeLevel.Achieved, null)),
                "Насаатчынын пикири", MentorUser, WorkflowAt);
        }

        if (stage >= AssessmentStage.Proposed)
        {
            a.ProposeFinal(AssessmentParty.Curator, a.Scores.ToDictionary(s => s.OutcomeId, _ => OutcomeLevel.Achieved), a.GradeRequired ? 4 : null,
                "Макулдашылган жыйынтык", CuratorUser, WorkflowAt);
        }

        if (stage >= AssessmentStage.Final)
        {
            a.ConfirmFinal(AssessmentParty.Mentor, MentorUser, WorkflowAt);
        }

        if (stage >= AssessmentStage.Acknowledged)
        {
            a.Acknowledge(a.LearnerId, stage == AssessmentStage.Disagreed ? "Бааны төмөн деп эсептейм" : null, LearnerUser, WorkflowAt);
        }

        db.Assessments.Add(a);
        await db.SaveChangesAsync();
        return a;
    }

    public async Task<Assessment> StoredAssessmentAsync(Guid id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Assessments.AsNoTracking().SingleAsync(a => a.Id == id);
    }
}
