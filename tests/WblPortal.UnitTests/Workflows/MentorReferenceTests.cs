using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

/// <summary>The mentor's reference: written by the placement's mentor at the end of the placement, editable until
/// submitted, on the programme's scale.</summary>
public class MentorReferenceTests
{
    private static readonly WorkflowUser MentorUser = new("u-mentor", "Сыдыков Марат", Roles.Mentor);
    private static readonly DateOnly LastWeek = new(2026, 4, 24);
    private static readonly MentorReferenceText Good = new("Жоопкерчиликтүү", "Көндүмдөрү жакшы", "Тартиптүү", null, OutcomeLevel.Achieved, 5);

    private readonly Placement _placement = In(PlacementStatus.InProgress);

    private MentorReference Write(MentorReferenceText? text = null, bool submit = false, DateOnly? today = null, WorkflowUser? by = null,
        AssessmentScale scale = AssessmentScale.ThreeLevel, bool gradeRequired = true, Guid? mentorId = null) =>
        MentorReference.Write(_placement.Learners[0], _placement, mentorId ?? _placement.MentorId, scale, gradeRequired, text ?? Good, submit,
            today ?? LastWeek, by ?? MentorUser, At);

    [Fact]
    public void Write_InTheLastDaysOfThePlacement_IsADraftOfTheMentor()
    {
        var r = Write();

        Assert.Equal(MentorReferenceStatus.Draft, r.Status);
        Assert.Equal(_placement.MentorId, r.MentorId);
        Assert.Equal(_placement.Learners[0].LearnerId, r.LearnerId);
        Assert.Null(r.SubmittedAt);
    }

    [Fact]
    public void Write_BeforeTheLastDays_IsRefused() =>
        Throws("Reference_NotYet", () => Write(today: new DateOnly(2026, 4, 10)));

    [Fact]
    public void Write_OnACompletedPlacement_IsAllowedAnyDayAfter()
    {
        _placement.Complete(CollegeStaff, At);

        Assert.Equal(MentorReferenceStatus.Submitted, Write(submit: true, today: new DateOnly(2026, 9, 1)).Status);
    }

    [Fact]
    public void Write_OnAPlacementNotStarted_IsRefused()
    {
        var placement = In(PlacementStatus.MentorAssigned);

        Throws("Reference_NotYet", () => MentorReference.Write(placement.Learners[0], placement, placement.MentorId, AssessmentScale.ThreeLevel, true, Good,
            false, LastWeek, MentorUser, At));
    }

    [Fact]
    public void Write_ByAnotherMentorOrAnotherRole_IsRefused()
    {
        Throws("Reference_MentorOnly", () => Write(mentorId: Guid.CreateVersion7()));
        Throws("Reference_MentorOnly", () => Write(by: EmployerAdmin));
        Throws("Reference_MentorOnly", () => Write(by: CollegeStaff));
    }

    [Fact]
    public void Write_WithoutASectionOrOffTheScale_IsRefused()
    {
        Throws("Reference_AttitudeRequired", () => Write(Good with { Attitude = " " }));
        Throws("Reference_SkillsRequired", () => Write(Good with { Skills = null }));
        Throws("Reference_DisciplineRequired", () => Write(Good with { Discipline = "" }));
        Throws("Reference_TooLong", () => Write(Good with { Recommendations = new string('ө', MentorReference.MaxSectionLength + 1) }));
        Throws("Reference_LevelOutOfScale", () => Write(Good with { Level = null }));
        Throws("Reference_LevelOutOfScale", () => Write(Good with { Level = OutcomeLevel.PartlyAchieved }, scale: AssessmentScale.TwoLevel));
        Throws("Reference_GradeOutOfRange", () => Write(Good with { Grade = null }));
        Throws("Reference_GradeOutOfRange", () => Write(Good with { Grade = 6 }));
        Throws("Reference_NoGrade", () => Write(Good, gradeRequired: false));
    }

    [Fact]
    public void Edit_ChangesTheDraft_ThenSubmitLocksIt()
    {
        var r = Write();

        r.Edit(Good with { Attitude = "Жаңы текст" }, submit: false, _placement.MentorId, MentorUser, At.AddHours(1));
        Assert.Equal("Жаңы текст", r.Attitude);
        Assert.Equal(MentorReferenceStatus.Draft, r.Status);

        r.Edit(Good with { Grade = 4 }, submit: true, _placement.MentorId, MentorUser, At.AddHours(2));
        Assert.Equal(MentorReferenceStatus.Submitted, r.Status);
        Assert.Equal(At.AddHours(2), r.SubmittedAt);
        Assert.Equal(4, r.RecommendedGrade);

        Throws("Reference_AlreadySubmitted", () => r.Edit(Good, submit: false, _placement.MentorId, MentorUser, At.AddHours(3)));
        Assert.Equal(4, r.RecommendedGrade);
    }

    [Fact]
    public void Edit_ByAnotherMentor_IsRefused()
    {
        var r = Write();

        Throws("Reference_MentorOnly", () => r.Edit(Good, submit: true, Guid.CreateVersion7(), MentorUser, At));
        Assert.Equal(MentorReferenceStatus.Draft, r.Status);
    }
}
