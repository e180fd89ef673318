using System.Text.RegularExpressions;
using System.Xml.Linq;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public partial class AssessmentWorkflowTests
{
    private static readonly WorkflowUser MentorUser = new("u-mentor", "Сыдыков Марат", Roles.Mentor);
    private static readonly DateOnly AfterEnd = new(2026, 5, 2);

    private static (Assessment Assessment, WblProgramme Programme) Started(AssessmentScale scale = AssessmentScale.ThreeLevel, bool grade = true)
    {
        var placement = In(PlacementStatus.Completed);
        var programme = Approved();
        programme.AssessmentScale = scale;
        programme.UsesPracticeGrade = grade;
        programme.AddOutcomeForTest("ON2", "Коопсуздук эрежелерин сактайт");
        placement.ProgrammeId = programme.Id;
        var a = Assessment.Start(placement, placement.Learners[0], programme, ProductionPractice, programme.Outcomes, AfterEnd, CollegeStaff, At);
        return (a, programme);
    }

    private static Dictionary<Guid, ScoreInput> All(Assessment a, OutcomeLevel level, string? comment = "Түшүндүрмө") =>
        a.Scores.ToDictionary(s => s.OutcomeId, _ => new ScoreInput(level, comment));

    [Fact]
    public void Start_CopiesOutcomesScaleAndGradeRule()
    {
        var (a, programme) = Started(AssessmentScale.TwoLevel);
        Assert.Equal(programme.Outcomes.Count, a.Scores.Count);
        Assert.Equal(AssessmentScale.TwoLevel, a.Scale);
        Assert.True(a.GradeRequired);
        Assert.Equal(AssessmentStatus.Scoring, a.Status);
    }

    [Fact]
    public void Start_BeforeTheLastDaysOfAPlacement_IsRefused()
    {
        var placement = In(PlacementStatus.InProgress);
        var programme = Approved();
        placement.ProgrammeId = programme.Id;
        Throws("Assessment_NotYet", () => Assessment.Start(placement, placement.Learners[0], programme, ProductionPractice, programme.Outcomes,
            placement.EndDate.AddDays(-Assessment.DaysBeforeEndToStart - 1), CollegeStaff, At));
        var a = Assessment.Start(placement, placement.Learners[0], programme, ProductionPractice, programme.Outcomes,
            placement.EndDate.AddDays(-Assessment.DaysBeforeEndToStart), CollegeStaff, At);
        Assert.Equal(AssessmentStatus.Scoring, a.Status);
    }

    [Fact]
    public void TakesPracticeGrade_OnlyTheFormalWorkExperienceForms()
    {
        var forms = Infrastructure.Data.Configurations.ReferenceData.WblForms.Where(Assessment.TakesPracticeGrade).Select(f => f.Code).ToList();
        Assert.Equal(["production_practice", "dual_training", "pre_diploma_practice"], forms);
    }

    [Fact]
    public void FullProtocol_ScoresReconcilesConfirmsAndIsAcknowledged()
    {
        var (a, _) = Started();
        a.Submit(AssessmentParty.Curator, All(a, OutcomeLevel.Achieved, null), "Жакшы", CollegeStaff, At);
        Assert.Equal(AssessmentStatus.Scoring, a.Status);
        a.Submit(AssessmentParty.Mentor, All(a, OutcomeLevel.PartlyAchieved), "Орточо", MentorUser, At);
        Assert.Equal(AssessmentStatus.Reconciling, a.Status);
        Assert.All(a.Scores, s => Assert.True(s.Differs));

        a.ProposeFinal(AssessmentParty.Mentor, a.Scores.ToDictionary(s => s.OutcomeId, _ => OutcomeLevel.Achieved), 4, "Макулдашылды", MentorUser, At);
        Throws("Assessment_OwnProposal", () => a.ConfirmFinal(AssessmentParty.Mentor, MentorUser, At));
        a.ConfirmFinal(AssessmentParty.Curator, CollegeStaff, At);
        Assert.Equal(AssessmentStatus.Final, a.Status);
        Assert.Equal(4, a.FinalGrade);
        Throws("Assessment_NotReconciling", () => a.ProposeFinal(AssessmentParty.Curator, a.Scores.ToDictionary(s => s.OutcomeId, _ => OutcomeLevel.Achieved), 5, "Башка", CollegeStaff, At));

        a.Acknowledge(a.LearnerId, "Макул эмесмин", LearnerUser, At);
        Assert.True(a.HasDisagreement);
        Throws("Assessment_AlreadyAcknowledged", () => a.Acknowledge(a.LearnerId, null, LearnerUser, At));
    }

    [Fact]
    public void HandOverToMentor_MovesAnOpenAssessmentToTheNewMentor_ButNotAFinalOne()
    {
        var (a, _) = Started();
        a.Submit(AssessmentParty.Mentor, All(a, OutcomeLevel.Achieved), "Жакшы", MentorUser, At);
        var successor = Guid.NewGuid();

        Throws("Placement_EmployerOnly", () => a.HandOverToMentor(successor, CollegeStaff, At));
        a.HandOverToMentor(successor, EmployerAdmin, At);

        Assert.Equal(successor, a.MentorId);
        Assert.All(a.Scores, s => Assert.Equal(OutcomeLevel.Achieved, s.MentorLevel)); // the mentor side's scores stay
        Assert.Contains(a.RaisedNotifications, n => n.RecipientMentorId == successor && n.MessageKey == "Notify_AssessmentHandedOver");

        a.Submit(AssessmentParty.Curator, All(a, OutcomeLevel.Achieved, null), "Жакшы", CollegeStaff, At);
        a.ProposeFinal(AssessmentParty.Curator, a.Scores.ToDictionary(s => s.OutcomeId, _ => OutcomeLevel.Achieved), 5, "Макулдашылды", CollegeStaff, At);
        a.ConfirmFinal(AssessmentParty.Mentor, MentorUser, At);
        a.HandOverToMentor(Guid.NewGuid(), EmployerAdmin, At);
        Assert.Equal(successor, a.MentorId);
    }

    [Fact]
    public void Submit_PartlyOnATwoLevelScale_IsOutOfScale()
    {
        var (a, _) = Started(AssessmentScale.TwoLevel);
        Throws("Assessment_ScoreOutOfScale", () => a.Submit(AssessmentParty.Curator, All(a, OutcomeLevel.PartlyAchieved), "Комментарий", CollegeStaff, At));
        Assert.All(a.Scores, s => Assert.Null(s.CuratorLevel));
    }

    [Fact]
    public void Submit_BelowAchievedWithoutComment_IsRefusedAndChangesNothing()
    {
        var (a, _) = Started();
        Throws("Assessment_OutcomeCommentRequired", () => a.Submit(AssessmentParty.Mentor, All(a, OutcomeLevel.NotAchieved, " "), "Жалпы", MentorUser, At));
        Throws("Assessment_CommentRequired", () => a.Submit(AssessmentParty.Mentor, All(a, OutcomeLevel.Achieved), "", MentorUser, At));
        Assert.Null(a.MentorSubmittedAt);
        Assert.All(a.Scores, s => Assert.Null(s.MentorLevel));
    }

    [Fact]
    public void Submit_ByTheWrongRole_IsRefused()
    {
        var (a, _) = Started();
        Throws("Assessment_NotAParty", () => a.Submit(AssessmentParty.Mentor, All(a, OutcomeLevel.Achieved), "Жалпы", CollegeStaff, At));
        Throws("Assessment_NotAParty", () => a.Submit(AssessmentParty.Curator, All(a, OutcomeLevel.Achieved), "Жалпы", EmployerAdmin, At));
    }

    [Fact]
    public void ProposeFinal_GradeOutsideTwoToFive_IsRefused()
    {
        var (a, _) = Started();
        a.Submit(AssessmentParty.Curator, All(a, OutcomeLevel.Achieved), "Жакшы", CollegeStaff, At);
        a.Submit(AssessmentParty.Mentor, All(a, OutcomeLevel.Achieved), "Жакшы", MentorUser, At);
        var levels = a.Scores.ToDictionary(s => s.OutcomeId, _ => OutcomeLevel.Achieved);
        Throws("Assessment_GradeOutOfRange", () => a.ProposeFinal(AssessmentParty.Curator, levels, 6, "Жыйынтык", CollegeStaff, At));
        Throws("Assessment_GradeOutOfRange", () => a.ProposeFinal(AssessmentParty.Curator, levels, null, "Жыйынтык", CollegeStaff, At));
        Throws("Assessment_FinalCommentRequired", () => a.ProposeFinal(AssessmentParty.Curator, levels, 5, " ", CollegeStaff, At));
        Assert.Equal(AssessmentStatus.Reconciling, a.Status);
    }

    [Fact]
    public void Submit_AfterBothSubmitted_IsLocked()
    {
        var (a, _) = Started();
        a.Submit(AssessmentParty.Curator, All(a, OutcomeLevel.Achieved), "Жакшы", CollegeStaff, At);
        a.Submit(AssessmentParty.Curator, All(a, OutcomeLevel.NotAchieved), "Оңдолду", CollegeStaff, At); // corrected before the mentor
        a.Submit(AssessmentParty.Mentor, All(a, OutcomeLevel.Achieved), "Жакшы", MentorUser, At);
        Throws("Assessment_ScoresLocked", () => a.Submit(AssessmentParty.Curator, All(a, OutcomeLevel.Achieved), "Жакшы", CollegeStaff, At));
    }

    [Theory]
    [InlineData("AssessmentResource.resx")]
    [InlineData("AssessmentResource.ky.resx")]
    [InlineData("AssessmentResource.ru.resx")]
    public void EveryAssessmentKey_HasAText(string resx)
    {
        var root = RepositoryFiles.Root();
        var texts = XDocument.Load(Path.Combine(root, "src", "WblPortal.Web", "Resources", resx)).Root!
            .Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value"));
        var keys = KeyLiteral().Matches(File.ReadAllText(Path.Combine(root, "src", "WblPortal.Domain", "Assessments", "Assessment.cs")))
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(keys.Count > 10);
        Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(texts.GetValueOrDefault(key)), $"{key} missing in {resx}"));
    }

    [GeneratedRegex("\"(Assessment_[A-Za-z]+)\"")]
    private static partial Regex KeyLiteral();
}

internal static class ProgrammeTestExtensions
{
    public static void AddOutcomeForTest(this WblProgramme p, string code, string text) =>
        p.Outcomes.Add(new ProgrammeOutcome { ProgrammeId = p.Id, CollegeId = p.CollegeId, Code = code, Text = text, SortOrder = p.Outcomes.Count + 1 });
}
