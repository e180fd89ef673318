using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class PlacementWorkflowTests
{
    public enum Step { Propose, Confirm, Decline, RequestChanges, AssignMentor, Start, Complete, MarkAssessed, Cancel }

    private static void Do(Placement p, Step step)
    {
        switch (step)
        {
            case Step.Propose: p.Propose(CollegeStaff, At); break;
            case Step.Confirm: p.Confirm(3, EmployerAdmin, At); break;
            case Step.Decline: p.Decline("Орун жок", EmployerAdmin, At); break;
            case Step.RequestChanges: p.RequestChanges(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 28), null, null, EmployerAdmin, At); break;
            case Step.AssignMentor: p.AssignMentor(Mentor(), null, EmployerAdmin, At); break;
            case Step.Start: p.Start(CollegeStaff, At); break;
            case Step.Complete: p.Complete(CollegeStaff, At); break;
            case Step.MarkAssessed: p.MarkAssessed(AllLearners(p), CollegeStaff, At); break;
            case Step.Cancel: p.Cancel("Себеп", CollegeStaff, At); break;
        }
    }

    /// <summary>The allowed steps of a production practice (employer, mentor, agreement, assessment) per status.</summary>
    private static readonly Dictionary<PlacementStatus, (Step Step, PlacementStatus To)[]> Allowed = new()
    {
        [PlacementStatus.Draft] = [(Step.Propose, PlacementStatus.Proposed), (Step.Cancel, PlacementStatus.Cancelled)],
        [PlacementStatus.Proposed] = [(Step.Confirm, PlacementStatus.Confirmed), (Step.Decline, PlacementStatus.Declined),
            (Step.RequestChanges, PlacementStatus.ChangesRequested), (Step.Cancel, PlacementStatus.Cancelled)],
        [PlacementStatus.ChangesRequested] = [(Step.Propose, PlacementStatus.Proposed), (Step.Cancel, PlacementStatus.Cancelled)],
        [PlacementStatus.Declined] = [],
        [PlacementStatus.Confirmed] = [(Step.AssignMentor, PlacementStatus.MentorAssigned), (Step.Cancel, PlacementStatus.Cancelled)],
        [PlacementStatus.MentorAssigned] = [(Step.AssignMentor, PlacementStatus.MentorAssigned), (Step.Start, PlacementStatus.InProgress),
            (Step.Cancel, PlacementStatus.Cancelled)],
        [PlacementStatus.InProgress] = [(Step.AssignMentor, PlacementStatus.InProgress), (Step.Complete, PlacementStatus.Completed),
            (Step.Cancel, PlacementStatus.Cancelled)],
        [PlacementStatus.Completed] = [(Step.MarkAssessed, PlacementStatus.Assessed)],
        [PlacementStatus.Assessed] = [],
        [PlacementStatus.Cancelled] = [],
    };

    public static TheoryData<PlacementStatus, Step> Matrix()
    {
        var data = new TheoryData<PlacementStatus, Step>();
        foreach (var status in Enum.GetValues<PlacementStatus>())
        {
            foreach (var step in Enum.GetValues<Step>())
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Step_FromEveryStatus_IsAllowedOnlyWhereTheWorkflowSays(PlacementStatus from, Step step)
    {
        var placement = In(from);
        Assert.Equal(from, placement.Status);
        var historyBefore = placement.History.Count;

        var allowed = Allowed[from].Where(a => a.Step == step).ToList();
        if (allowed.Count == 1)
        {
            Do(placement, step);
            Assert.Equal(allowed[0].To, placement.Status);
            var last = placement.History[^1];
            Assert.Equal(historyBefore + 1, placement.History.Count);
            Assert.Equal(from.ToString(), last.FromStatus);
            Assert.Equal(allowed[0].To.ToString(), last.ToStatus);
            Assert.Equal(step.ToString(), last.Action);
            Assert.False(string.IsNullOrEmpty(last.UserId));
            Assert.False(string.IsNullOrEmpty(last.UserName));
            Assert.Equal(At, last.At);
        }
        else
        {
            Throws("Placement_InvalidTransition", () => Do(placement, step));
            Assert.Equal(from, placement.Status);
            Assert.Equal(historyBefore, placement.History.Count);
        }
    }

    [Fact]
    public void FormWithoutEmployer_SkipsEmployerSteps()
    {
        var p = Draft(Workshop);
        Assert.Null(p.EmployerId);
        Throws("Placement_NoEmployerSteps", () => p.Propose(CollegeStaff, At));
        Throws("Placement_NoMentorStep", () => p.AssignMentor(Mentor(), null, EmployerAdmin, At));

        p.Start(CollegeStaff, At);
        p.Complete(CollegeStaff, At);
        p.MarkAssessed(AllLearners(p), CollegeStaff, At);

        Assert.Equal(PlacementStatus.Assessed, p.Status);
        Assert.Empty(p.RaisedNotifications);
    }

    [Fact]
    public void FormWithEmployerButNoMentor_StartsOnceConfirmed()
    {
        var p = In(PlacementStatus.Confirmed, Competition);
        Throws("Placement_NoMentorStep", () => p.AssignMentor(Mentor(), null, EmployerAdmin, At));
        p.Start(CollegeStaff, At);
        Assert.Equal(PlacementStatus.InProgress, p.Status);
    }

    [Fact]
    public void MarkAssessed_WithoutEveryLearnersFinalResult_IsRefusedAndStaysCompleted()
    {
        var p = In(PlacementStatus.Completed, ProductionPractice);
        var all = AllLearners(p);
        Assert.NotEmpty(all);

        Throws("Placement_NotAllFinal", () => p.MarkAssessed(new HashSet<Guid>(), CollegeStaff, At));
        Throws("Placement_NotAllFinal", () => p.MarkAssessed(all.Skip(1).Append(Guid.NewGuid()).ToHashSet(), CollegeStaff, At));
        Assert.Equal(PlacementStatus.Completed, p.Status);

        p.MarkAssessed(all, CollegeStaff, At);
        Assert.Equal(PlacementStatus.Assessed, p.Status);
    }

    [Fact]
    public void FormWithoutAssessment_EndsAtCompleted()
    {
        var p = In(PlacementStatus.Completed, Excursion);
        Throws("Placement_NotAssessed", () => p.MarkAssessed(AllLearners(p), CollegeStaff, At));
    }

    [Fact]
    public void Create_FormNeedingEmployerWithoutOne_Throws() =>
        Throws("Placement_EmployerRequired", () => Placement.Create(Approved(), ProductionPractice, null,
            new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 28), 2, Guid.NewGuid(), CollegeStaff, At));

    [Fact]
    public void Create_ProgrammeNotApproved_Throws() =>
        Throws("Placement_ProgrammeNotApproved", () => Placement.Create(CompleteDraft(), ProductionPractice, EmployerId,
            new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 28), 2, Guid.NewGuid(), CollegeStaff, At));

    [Fact]
    public void Create_EndBeforeStart_Throws() =>
        Throws("Placement_InvalidDates", () => Draft(start: new DateOnly(2026, 4, 10), end: new DateOnly(2026, 4, 1)));

    [Fact]
    public void Create_CopiesTheFormRules()
    {
        var p = Draft(ProductionPractice);
        Assert.True(p.RequiresEmployer && p.RequiresMentor && p.RequiresAgreement && p.RequiresAssessment && p.IsLongTerm);
        var i = Draft(Internship);
        Assert.False(i.RequiresAgreement);
        Assert.True(i.RequiresMentor);
    }

    [Fact]
    public void Propose_WithoutLearners_Throws()
    {
        var p = Draft(learners: 0);
        Throws("Placement_NoLearners", () => p.Propose(CollegeStaff, At));
    }

    [Fact]
    public void EmployerSteps_ByCollegeStaff_AreRefused()
    {
        var p = In(PlacementStatus.Proposed);
        Throws("Placement_EmployerOnly", () => p.Confirm(3, CollegeAdmin, At));
        Throws("Placement_EmployerOnly", () => p.Decline("x", CollegeAdmin, At));
        Throws("Placement_CollegeOnly", () => Draft().Propose(EmployerAdmin, At));
    }

    [Fact]
    public void Decline_WithoutReason_Throws() =>
        Throws("Placement_ReasonRequired", () => In(PlacementStatus.Proposed).Decline("  ", EmployerAdmin, At));

    [Fact]
    public void Cancel_WithoutReason_Throws() =>
        Throws("Placement_ReasonRequired", () => In(PlacementStatus.InProgress).Cancel("", CollegeStaff, At));

    [Fact]
    public void RequestChanges_ToAStartAfterTheEnd_Throws() =>
        Throws("Placement_InvalidDates", () => In(PlacementStatus.Proposed).RequestChanges(new DateOnly(2026, 5, 4), null, null, null, EmployerAdmin, At));

    [Fact]
    public void RequestChanges_WithNothingToChange_Throws() =>
        Throws("Placement_NoChangeRequested", () => In(PlacementStatus.Proposed).RequestChanges(null, null, null, "?", EmployerAdmin, At));

    [Fact]
    public void RequestChanges_KeepsTheRequestUntilProposedAgain()
    {
        var p = In(PlacementStatus.Proposed);
        p.RequestChanges(new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 30), 2, "Май айында", EmployerAdmin, At);
        Assert.Equal(new DateOnly(2026, 5, 4), p.RequestedStartDate);
        Assert.Equal(2, p.RequestedCountByEmployer);
        Assert.Contains(p.RaisedNotifications, n => n.RecipientCollegeId == CollegeId && n.MessageKey == "Notify_PlacementChangesRequested");

        p.ChangeTerms(new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 30), 2, [], CollegeStaff, At);
        p.Propose(CollegeStaff, At);

        Assert.Equal(PlacementStatus.Proposed, p.Status);
        Assert.Null(p.RequestedStartDate);
        Assert.Equal(new DateOnly(2026, 5, 4), p.StartDate);
    }

    [Fact]
    public void Confirm_NotifiesTheCollege_AndProposeNotifiedTheEmployer()
    {
        var p = Draft();
        p.Propose(CollegeStaff, At);
        Assert.Contains(p.RaisedNotifications, n => n.RecipientEmployerId == EmployerId && n.MessageKey == "Notify_PlacementProposed");
        p.Confirm(2, EmployerAdmin, At);
        Assert.Contains(p.RaisedNotifications, n => n.RecipientCollegeId == CollegeId && n.MessageKey == "Notify_PlacementConfirmed");
    }

    [Fact]
    public void AddLearner_BeyondTheConfirmedNumber_Throws()
    {
        var p = Draft(count: 3, learners: 1);
        p.Propose(CollegeStaff, At);
        p.Confirm(2, EmployerAdmin, At);
        p.AddLearner(Learner(), [], CollegeStaff, At);

        Throws("Placement_CapacityExceeded", () => p.AddLearner(Learner(), [], CollegeStaff, At));
        Assert.Equal(2, p.Learners.Count);
    }

    [Fact]
    public void AddLearner_BeyondTheRequestedNumberInDraft_Throws()
    {
        var p = Draft(count: 1, learners: 1);
        Throws("Placement_CapacityExceeded", () => p.AddLearner(Learner(), [], CollegeStaff, At));
    }

    [Fact]
    public void Confirm_FewerThanTheListedLearners_Throws()
    {
        var p = Draft(count: 3, learners: 3);
        p.Propose(CollegeStaff, At);
        Throws("Placement_CapacityExceeded", () => p.Confirm(2, EmployerAdmin, At));
    }

    [Fact]
    public void ChangeTerms_RaisingTheNumberAboveTheConfirmed_NeedsANewConfirmation()
    {
        var p = In(PlacementStatus.Confirmed);
        p.ChangeTerms(p.StartDate, p.EndDate, 5, [], CollegeStaff, At);
        Assert.Null(p.ConfirmedCount);
        Assert.Equal(PlacementStatus.Proposed, p.Status);
    }

    [Fact]
    public void AddLearner_InAnOverlappingLongPlacement_Throws()
    {
        var learner = Learner();
        var other = Draft(start: new DateOnly(2026, 4, 20), end: new DateOnly(2026, 5, 20), learners: 0);
        other.AddLearner(learner, [], CollegeStaff, At);
        var p = Draft(start: new DateOnly(2026, 4, 1), end: new DateOnly(2026, 4, 28), learners: 0);

        Throws("Placement_LearnerOverlap", () => p.AddLearner(learner, [other], CollegeStaff, At));
    }

    [Fact]
    public void AddLearner_AdjacentOrCancelledOrShortPlacements_DoNotClash()
    {
        var learner = Learner();
        var before = Draft(start: new DateOnly(2026, 3, 1), end: new DateOnly(2026, 3, 31), learners: 0);
        before.AddLearner(learner, [], CollegeStaff, At);
        var cancelled = Draft(start: new DateOnly(2026, 4, 10), end: new DateOnly(2026, 4, 20), learners: 0);
        cancelled.AddLearner(learner, [], CollegeStaff, At);
        cancelled.Cancel("Себеп", CollegeStaff, At);
        var excursion = Draft(Excursion, start: new DateOnly(2026, 4, 15), end: new DateOnly(2026, 4, 15), learners: 0);
        excursion.AddLearner(learner, [], CollegeStaff, At);

        var p = Draft(start: new DateOnly(2026, 4, 1), end: new DateOnly(2026, 4, 28), learners: 0);
        p.AddLearner(learner, [before, cancelled, excursion], CollegeStaff, At);

        Assert.Single(p.Learners);
    }

    [Fact]
    public void ShortPlacement_IgnoresOverlaps()
    {
        var learner = Learner();
        var longOne = Draft(learners: 0);
        longOne.AddLearner(learner, [], CollegeStaff, At);
        var excursion = Draft(Excursion, start: longOne.StartDate, end: longOne.StartDate, learners: 0);
        excursion.AddLearner(learner, [longOne], CollegeStaff, At);
        Assert.Single(excursion.Learners);
    }

    [Fact]
    public void ChangeTerms_MovingIntoAnOverlap_Throws()
    {
        var learner = Learner();
        var other = Draft(start: new DateOnly(2026, 6, 1), end: new DateOnly(2026, 6, 30), learners: 0);
        other.AddLearner(learner, [], CollegeStaff, At);
        var p = Draft(learners: 0);
        p.AddLearner(learner, [other], CollegeStaff, At);

        Throws("Placement_LearnerOverlap", () => p.ChangeTerms(new DateOnly(2026, 5, 20), new DateOnly(2026, 6, 5), 3, [other], CollegeStaff, At));
        Assert.Equal(new DateOnly(2026, 4, 1), p.StartDate);
    }

    [Theory]
    [InlineData(PlacementStatus.Confirmed)]
    [InlineData(PlacementStatus.MentorAssigned)]
    public void ChangeAfterConfirmation_GoesBackToTheEmployer(PlacementStatus status)
    {
        var p = In(status);
        p.ClearRaisedNotifications();
        p.ChangeTerms(new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 2), 3, [], CollegeStaff, At);

        Assert.Equal(PlacementStatus.Proposed, p.Status);
        Assert.Contains(p.RaisedNotifications, n => n.RecipientEmployerId == EmployerId && n.MessageKey == "Notify_PlacementChanged");
        var last = p.History[^1];
        Assert.Equal("ChangeTerms", last.Action);
        Assert.Contains("06.04.2026", last.Comment);
    }

    [Fact]
    public void AddingALearnerAfterMentorAssigned_GoesBackToTheEmployer_AndReconfirmingKeepsTheMentor()
    {
        var p = In(PlacementStatus.MentorAssigned);
        var mentorId = p.MentorId;
        p.AddLearner(Learner(), [], CollegeStaff, At);
        Assert.Equal(PlacementStatus.Proposed, p.Status);
        Assert.Equal(mentorId, p.Learners[^1].MentorId);

        p.Confirm(3, EmployerAdmin, At);
        Assert.Equal(PlacementStatus.MentorAssigned, p.Status);
    }

    [Fact]
    public void ChangeInDraft_StaysInDraft_ButIsRecorded()
    {
        var p = Draft();
        var before = p.History.Count;
        p.ChangeTerms(new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 2), 3, [], CollegeStaff, At);
        Assert.Equal(PlacementStatus.Draft, p.Status);
        Assert.Equal(before + 1, p.History.Count);
    }

    [Fact]
    public void ChangeTerms_AfterStart_Throws() =>
        Throws("Placement_InvalidTransition", () => In(PlacementStatus.InProgress).ChangeTerms(new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 2), 3, [], CollegeStaff, At));

    [Fact]
    public void AssignMentor_OfAnotherEmployer_Throws() =>
        Throws("Placement_MentorOfOtherEmployer", () => In(PlacementStatus.Confirmed).AssignMentor(Mentor(Guid.NewGuid()), null, EmployerAdmin, At));

    [Fact]
    public void AssignMentor_NotMeetingTheProgrammeRequirements_WithoutAcknowledgement_Throws()
    {
        var mentor = Mentor();
        mentor.YearsOfExperience = 1;
        var requirements = new WblPortal.Domain.Programmes.MentorRequirements { MinYearsOfExperience = 3, PedagogicalTrainingRequired = true };
        var p = In(PlacementStatus.Confirmed);
        Throws("Appointment_GapsNotAcknowledged", () => p.AssignMentor(mentor, requirements, EmployerAdmin, At));
        Assert.Null(p.MentorId);
        Assert.Equal(PlacementStatus.Confirmed, p.Status);
    }

    [Fact]
    public void AssignMentor_NotMeetingTheProgrammeRequirements_Acknowledged_AppointsAndRecordsTheGaps()
    {
        var mentor = Mentor();
        mentor.YearsOfExperience = 1;
        mentor.PedagogicalTrainingDate = null;
        var requirements = new WblPortal.Domain.Programmes.MentorRequirements
        {
            MinYearsOfExperience = 3, PedagogicalTrainingRequired = true, MinEducationLevel = EducationLevel.Secondary,
        };
        var p = In(PlacementStatus.Confirmed);

        p.AssignMentor(mentor, requirements, EmployerAdmin, At, gapsAcknowledged: true);

        Assert.Equal(mentor.Id, p.MentorId);
        Assert.Equal(PlacementStatus.MentorAssigned, p.Status);
        Assert.Equal(MentorRequirementGaps.Experience | MentorRequirementGaps.PedagogicalTraining, p.MentorRequirementGaps);
    }

    [Fact]
    public void AssignMentor_ChangeToAMentorMeetingTheRequirements_ClearsTheGaps()
    {
        var weak = Mentor();
        weak.SkillGrade = 2;
        var strong = Mentor();
        strong.SkillGrade = 5;
        var requirements = new WblPortal.Domain.Programmes.MentorRequirements { MinSkillGrade = 4 };
        var p = In(PlacementStatus.Confirmed);
        p.AssignMentor(weak, requirements, EmployerAdmin, At, gapsAcknowledged: true);
        Assert.Equal(MentorRequirementGaps.SkillGrade, p.MentorRequirementGaps);

        p.AssignMentor(strong, requirements, EmployerAdmin, At);

        Assert.Equal(strong.Id, p.MentorId);
        Assert.Equal(MentorRequirementGaps.None, p.MentorRequirementGaps);
    }

    [Fact]
    public void MentorRequirements_GapsOf_NamesEachUnmetRequirement()
    {
        var mentor = Mentor();
        mentor.EducationLevel = EducationLevel.Secondary;
        mentor.YearsOfExperience = 10;
        mentor.SkillGrade = null;
        mentor.PedagogicalTrainingDate = new DateOnly(2024, 1, 1);
        var requirements = new WblPortal.Domain.Programmes.MentorRequirements
        {
            MinEducationLevel = EducationLevel.SecondaryVocational, MinYearsOfExperience = 3, MinSkillGrade = 3, PedagogicalTrainingRequired = true,
        };

        Assert.Equal(MentorRequirementGaps.Education | MentorRequirementGaps.SkillGrade, requirements.GapsOf(mentor));
        Assert.False(requirements.AreMetBy(mentor));
        Assert.Equal(MentorRequirementGaps.None, new WblPortal.Domain.Programmes.MentorRequirements().GapsOf(mentor));
    }

    [Fact]
    public void Mentor_ApplyTrainings_TakesTheLatestPedagogyTraining()
    {
        var mentor = Mentor();
        mentor.PedagogicalTrainingDate = new DateOnly(2020, 1, 1);
        mentor.ApplyTrainings([
            MentorTraining.For(mentor, MentorTrainingKind.Pedagogy, new DateOnly(2023, 5, 1), 72, "КМТУ", null),
            MentorTraining.For(mentor, MentorTrainingKind.Pedagogy, new DateOnly(2025, 2, 1), 36, "КМТУ", "С-12"),
            MentorTraining.For(mentor, MentorTrainingKind.Psychology, new DateOnly(2026, 1, 1), 16, "КМТУ", null),
        ]);
        Assert.Equal(new DateOnly(2025, 2, 1), mentor.PedagogicalTrainingDate);

        var methods = MentorTraining.For(mentor, MentorTrainingKind.Methods, new DateOnly(2026, 1, 1), 16, "КМТУ", null);
        mentor.ApplyTrainings([methods]);
        Assert.Equal(new DateOnly(2025, 2, 1), mentor.PedagogicalTrainingDate); // no pedagogy on record: the entered date stays

        mentor.ApplyTrainings([methods], pedagogyRemoved: true);
        Assert.Null(mentor.PedagogicalTrainingDate);
    }

    [Fact]
    public void MentorTraining_WithoutHoursOrProvider_Throws()
    {
        Throws("Training_InvalidHours", () => MentorTraining.For(Mentor(), MentorTrainingKind.Pedagogy, new DateOnly(2025, 1, 1), 0, "КМТУ", null));
        Throws("Training_ProviderRequired", () => MentorTraining.For(Mentor(), MentorTrainingKind.Pedagogy, new DateOnly(2025, 1, 1), 8, " ", null));
    }

    [Fact]
    public void AssignMentor_CopiesTheMentorOntoTheLearnerRows_AndNotifiesTheMentor()
    {
        var p = In(PlacementStatus.Confirmed);
        var mentor = Mentor();
        p.AssignMentor(mentor, null, EmployerAdmin, At);
        Assert.All(p.Learners, l => Assert.Equal(mentor.Id, l.MentorId));
        Assert.Contains(p.RaisedNotifications, n => n.RecipientMentorId == mentor.Id);
    }

    [Fact]
    public void AddLearner_OfAnotherCollege_Throws()
    {
        var learner = Learner();
        learner.CollegeId = Guid.NewGuid();
        Throws("Placement_LearnerOfOtherCollege", () => Draft().AddLearner(learner, [], CollegeStaff, At));
    }

    [Fact]
    public void AddLearner_Twice_Throws()
    {
        var learner = Learner();
        var p = Draft(learners: 0);
        p.AddLearner(learner, [], CollegeStaff, At);
        Throws("Placement_LearnerAlreadyAdded", () => p.AddLearner(learner, [], CollegeStaff, At));
    }

    [Fact]
    public void LearnerRows_CarryTheCollegeEmployerAndGroup()
    {
        var learner = Learner();
        var p = Draft(learners: 0);
        p.AddLearner(learner, [], CollegeStaff, At);
        var row = Assert.Single(p.Learners);
        Assert.Equal((CollegeId, (Guid?)null, learner.GroupId, p.Id), (row.CollegeId, row.EmployerId, row.GroupId, row.PlacementId));
        Assert.All(p.History, h => Assert.Null(h.EmployerId));

        p.Propose(CollegeStaff, At);
        var late = Learner();
        p.AddLearner(late, [], CollegeStaff, At);

        Assert.All(p.Learners, l => Assert.Equal(EmployerId, l.EmployerId));
        Assert.Equal(EmployerId, p.History[^1].EmployerId);
        Assert.Equal(At, p.SharedWithEmployerAt);
    }

    [Fact]
    public void CancellingADraft_TellsTheEmployerNothing()
    {
        var p = Draft();
        p.Cancel("Керек эмес", CollegeStaff, At);
        Assert.Empty(p.RaisedNotifications);
        Assert.Null(p.SharedWithEmployerAt);
    }
}
