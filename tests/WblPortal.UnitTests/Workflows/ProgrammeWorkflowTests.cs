using WblPortal.Domain.Programmes;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class ProgrammeWorkflowTests
{
    public enum Step { Submit, ReturnToDraft, Approve, Supersede }

    private static void Do(WblProgramme p, Step step)
    {
        switch (step)
        {
            case Step.Submit: p.SubmitForDiscussion(CollegeStaff, At); break;
            case Step.ReturnToDraft: p.ReturnToDraft(CollegeStaff, At, "Иш берүүчүлөрдүн сын-пикирлери"); break;
            case Step.Approve: p.Approve("15", new DateOnly(2025, 8, 30), CollegeAdmin, At); break;
            case Step.Supersede: p.Supersede(CollegeAdmin, At); break;
        }
    }

    private static WblProgramme In(ProgrammeStatus status)
    {
        var p = CompleteDraft();
        if (status >= ProgrammeStatus.UnderDiscussion) p.SubmitForDiscussion(CollegeStaff, At);
        if (status >= ProgrammeStatus.Approved) p.Approve("1", new DateOnly(2025, 8, 1), CollegeAdmin, At);
        if (status >= ProgrammeStatus.Superseded) p.Supersede(CollegeAdmin, At);
        return p;
    }

    [Theory]
    [InlineData(ProgrammeStatus.Draft, Step.Submit, ProgrammeStatus.UnderDiscussion)]
    [InlineData(ProgrammeStatus.Draft, Step.ReturnToDraft, null)]
    [InlineData(ProgrammeStatus.Draft, Step.Approve, null)]
    [InlineData(ProgrammeStatus.Draft, Step.Supersede, null)]
    [InlineData(ProgrammeStatus.UnderDiscussion, Step.Submit, null)]
    [InlineData(ProgrammeStatus.UnderDiscussion, Step.ReturnToDraft, ProgrammeStatus.Draft)]
    [InlineData(ProgrammeStatus.UnderDiscussion, Step.Approve, ProgrammeStatus.Approved)]
    [InlineData(ProgrammeStatus.UnderDiscussion, Step.Supersede, null)]
    [InlineData(ProgrammeStatus.Approved, Step.Submit, null)]
    [InlineData(ProgrammeStatus.Approved, Step.ReturnToDraft, null)]
    [InlineData(ProgrammeStatus.Approved, Step.Approve, null)]
    [InlineData(ProgrammeStatus.Approved, Step.Supersede, ProgrammeStatus.Superseded)]
    [InlineData(ProgrammeStatus.Superseded, Step.Submit, null)]
    [InlineData(ProgrammeStatus.Superseded, Step.ReturnToDraft, null)]
    [InlineData(ProgrammeStatus.Superseded, Step.Approve, null)]
    [InlineData(ProgrammeStatus.Superseded, Step.Supersede, null)]
    public void Step_FromEveryStatus_IsAllowedOnlyWhereTheWorkflowSays(ProgrammeStatus from, Step step, ProgrammeStatus? to)
    {
        var p = In(from);
        var historyBefore = p.History.Count;
        if (to is null)
        {
            Throws("Programme_InvalidTransition", () => Do(p, step));
            Assert.Equal(from, p.Status);
            Assert.Equal(historyBefore, p.History.Count);
        }
        else
        {
            Do(p, step);
            Assert.Equal(to, p.Status);
            Assert.Equal((from.ToString(), to.ToString()), (p.History[^1].FromStatus, p.History[^1].ToStatus));
        }
    }

    [Fact]
    public void Approve_RecordsTheOrderAndWho()
    {
        var p = In(ProgrammeStatus.UnderDiscussion);
        p.Approve("47/2", new DateOnly(2025, 8, 29), CollegeAdmin, At);
        Assert.Equal("47/2", p.ApprovalOrderNumber);
        Assert.Equal(new DateOnly(2025, 8, 29), p.ApprovalDate);
        Assert.Equal(CollegeAdmin.UserId, p.ApprovedByUserId);
        Assert.Equal(CollegeAdmin.Name, p.ApprovedByName);
    }

    [Fact]
    public void Approve_ByCollegeStaffNotAdmin_Throws() =>
        Throws("Programme_ApproveCollegeAdminOnly", () => In(ProgrammeStatus.UnderDiscussion).Approve("1", new DateOnly(2025, 8, 1), CollegeStaff, At));

    [Fact]
    public void Approve_WithoutOrderNumber_Throws() =>
        Throws("Programme_OrderNumberRequired", () => In(ProgrammeStatus.UnderDiscussion).Approve(" ", new DateOnly(2025, 8, 1), CollegeAdmin, At));

    [Fact]
    public void Approve_NewRevision_SupersedesThePreviouslyApproved()
    {
        var first = In(ProgrammeStatus.Approved);
        var second = first.CopyAsNewRevision(CollegeStaff, At);
        Assert.Equal(2, second.Revision);
        second.SubmitForDiscussion(CollegeStaff, At);
        second.Approve("2", new DateOnly(2025, 12, 1), CollegeAdmin, At, first);

        Assert.Equal(ProgrammeStatus.Approved, second.Status);
        Assert.Equal(ProgrammeStatus.Superseded, first.Status);
    }

    [Fact]
    public void Submit_Incomplete_Throws()
    {
        var p = CompleteDraft();
        p.SafetyRules = null;
        Throws("Programme_Incomplete", () => p.SubmitForDiscussion(CollegeStaff, At));
    }

    [Fact]
    public void Submit_FormWithHoursButNoAssessmentRules_IsIncomplete()
    {
        var p = CompleteDraft();
        p.SetLoad(7, 2, 36);
        Assert.False(p.IsComplete);
    }

    [Fact]
    public void Submit_NotifiesInvitedEmployers()
    {
        var p = CompleteDraft();
        p.InviteEmployer(EmployerId);
        p.SubmitForDiscussion(CollegeStaff, At);
        Assert.Contains(p.RaisedNotifications, n => n.RecipientEmployerId == EmployerId && n.MessageKey == "Notify_ProgrammeForDiscussion");
    }

    [Theory]
    [InlineData(ProgrammeStatus.UnderDiscussion)]
    [InlineData(ProgrammeStatus.Approved)]
    [InlineData(ProgrammeStatus.Superseded)]
    public void Sections_OutsideDraft_CannotChange(ProgrammeStatus status)
    {
        var p = In(status);
        Throws("Programme_NotEditable", () => p.SetLoad(15, 5, 100));
        Throws("Programme_NotEditable", () => p.SetFormContent(15, "", "", "", "", ""));
        Throws("Programme_NotEditable", () => p.AddOutcome("ON9", "x", [Competency(Specialty(), "PK9")]));
    }

    [Fact]
    public void WblShare_IsWblHoursOverTotalHours()
    {
        var p = CompleteDraft();
        Assert.Equal(600, p.WblHours);
        Assert.Equal(60.0m, p.WblSharePercent);
        Assert.True(p.MeetsMinimumShare(Level(4)));
        Assert.True(p.MeetsMinimumShare(Level(5)));

        p.SetLoad(15, 4, 150); // 350 of 1000
        Assert.Equal(35.0m, p.WblSharePercent);
        Assert.False(p.MeetsMinimumShare(Level(4)));
        Assert.False(p.MeetsMinimumShare(Level(5)));
        Assert.True(p.MeetsMinimumShare(Level(6)));
    }

    [Fact]
    public void WblShare_WithoutTotalHours_IsZero()
    {
        var p = CompleteDraft();
        p.TotalStudyHours = 0;
        Assert.Equal(0m, p.WblSharePercent);
    }

    [Fact]
    public void NqfMinimumShares_AreHigherForLevelFour()
    {
        Assert.True(Level(4).MinWblSharePercent > Level(5).MinWblSharePercent);
        Assert.True(Level(5).MinWblSharePercent >= Level(6).MinWblSharePercent);
    }

    [Fact]
    public void SetLoad_SameFormAndSemester_ReplacesTheHours()
    {
        var p = CompleteDraft();
        p.SetLoad(15, 4, 420);
        Assert.Single(p.Loads, l => l.FormId == 15 && l.Semester == 4);
        Assert.Equal(620, p.WblHours);
    }

    [Fact]
    public void AddOutcome_WithoutCompetency_OrOfAnotherSpecialty_Throws()
    {
        var specialty = Specialty();
        var p = WblProgramme.Create(specialty, 2025);
        Throws("Programme_OutcomeNeedsCompetency", () => p.AddOutcome("ON1", "x", []));
        Throws("Programme_CompetencyOfOtherSpecialty", () => p.AddOutcome("ON1", "x", [Competency(Specialty(), "PK1")]));
    }

    [Fact]
    public void InviteEmployer_AfterApproval_Throws() =>
        Throws("Programme_NotEditable", () => In(ProgrammeStatus.Approved).InviteEmployer(EmployerId));

    [Fact]
    public void CopyToNextYear_CopiesEverySection()
    {
        var original = CompleteDraft();
        original.InviteEmployer(EmployerId);
        original.MentorRequirements = new MentorRequirements { MinYearsOfExperience = 3, MinSkillGrade = 4 };
        original.SubmitForDiscussion(CollegeStaff, At);
        original.Approve("1", new DateOnly(2025, 8, 1), CollegeAdmin, At);

        var copy = original.CopyToNextYear(CollegeStaff, At);

        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal(2026, copy.AcademicYear);
        Assert.Equal(1, copy.Revision);
        Assert.Equal(ProgrammeStatus.Draft, copy.Status);
        Assert.Equal(original.Id, copy.CopiedFromId);
        Assert.Null(copy.ApprovalOrderNumber);
        Assert.Equal((original.Goal, original.Procedure, original.SafetyRules, original.NormativeBasis, original.TotalStudyHours),
            (copy.Goal, copy.Procedure, copy.SafetyRules, copy.NormativeBasis, copy.TotalStudyHours));
        Assert.Equal(original.WblHours, copy.WblHours);
        Assert.All(copy.Loads, l => Assert.Equal(copy.Id, l.ProgrammeId));
        Assert.DoesNotContain(copy.Loads, l => original.Loads.Any(o => o.Id == l.Id));
        Assert.Equal(original.Outcomes[0].Competencies.Single().Id, copy.Outcomes[0].Competencies.Single().Id);
        Assert.Equal(original.FormContents.Count, copy.FormContents.Count);
        Assert.Equal(EmployerId, copy.Participants.Single().EmployerId);
        Assert.Equal(3, copy.MentorRequirements.MinYearsOfExperience);
        Assert.NotSame(original.MentorRequirements, copy.MentorRequirements);
        Assert.Single(copy.History);

        Assert.Equal(ProgrammeStatus.Approved, original.Status);
        Assert.Equal(2025, original.AcademicYear);
    }

    [Fact]
    public void EmployerComment_OnlyByInvitedEmployersWhileUnderDiscussion()
    {
        var p = CompleteDraft();
        p.InviteEmployer(EmployerId);
        Throws("Programme_InvalidTransition", () => p.AddEmployerComment(EmployerId, "Пикир", EmployerAdmin, At));
        p.SubmitForDiscussion(CollegeStaff, At);
        Throws("Programme_EmployerNotInvited", () => p.AddEmployerComment(Guid.NewGuid(), "Пикир", EmployerAdmin, At));
        Throws("Programme_CommentEmployerOnly", () => p.AddEmployerComment(EmployerId, "Пикир", CollegeStaff, At));

        var comment = p.AddEmployerComment(EmployerId, "Практиканы 2 жумага узартуу керек", EmployerAdmin, At);
        Assert.Equal((p.Id, CollegeId, EmployerId), (comment.ProgrammeId, comment.CollegeId, comment.EmployerId));
        Assert.Contains(p.RaisedNotifications, n => n.RecipientCollegeId == CollegeId && n.MessageKey == "Notify_ProgrammeCommented");

        Throws("Programme_AnswerCollegeOnly", () => comment.AnswerBy("Макул", EmployerAdmin, At));
        comment.AnswerBy("Макул, өзгөрттүк", CollegeStaff, At);
        Assert.Equal(CollegeStaff.Name, comment.AnsweredByName);
    }

    [Fact]
    public void MentorRequirements_AreCheckedAgainstTheMentor()
    {
        var r = new MentorRequirements
        {
            MinEducationLevel = WblPortal.Domain.Mentors.EducationLevel.SecondaryVocational, MinYearsOfExperience = 3, MinSkillGrade = 4, PedagogicalTrainingRequired = true,
        };
        var mentor = Mentor();
        Assert.True(r.AreMetBy(mentor));
        mentor.PedagogicalTrainingDate = null;
        Assert.False(r.AreMetBy(mentor));
    }
}
