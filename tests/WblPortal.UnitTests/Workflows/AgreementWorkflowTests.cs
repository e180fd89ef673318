using WblPortal.Domain.Agreements;
using WblPortal.Domain.Placements;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class AgreementWorkflowTests
{
    private static (TripartiteAgreement Agreement, WblPortal.Domain.Learners.Learner Learner) New(DateOnly? birth = null)
    {
        var learner = Learner(birth);
        var p = Draft(learners: 0);
        p.AddLearner(learner, [], CollegeStaff, At);
        p.Propose(CollegeStaff, At);
        p.Confirm(3, EmployerAdmin, At);
        return (TripartiteAgreement.CreateFor(p, learner.Id, CollegeStaff, At), learner);
    }

    [Fact]
    public void CreateFor_CopiesTheParties_AndAsksEmployerAndLearner()
    {
        var (a, learner) = New();
        Assert.Equal(AgreementStatus.Pending, a.Status);
        Assert.Equal((CollegeId, EmployerId, learner.Id), (a.CollegeId, a.EmployerId, a.LearnerId));
        Assert.Contains(a.RaisedNotifications, n => n.RecipientEmployerId == EmployerId);
        Assert.Contains(a.RaisedNotifications, n => n.RecipientLearnerId == learner.Id);
        Assert.Single(a.History);
    }

    [Fact]
    public void CreateFor_FormWithoutAgreement_Throws()
    {
        var p = In(PlacementStatus.Confirmed, Internship);
        Throws("Agreement_NotRequired", () => TripartiteAgreement.CreateFor(p, p.Learners[0].LearnerId, CollegeStaff, At));
    }

    [Theory]
    [InlineData(PlacementStatus.Draft)]
    [InlineData(PlacementStatus.Proposed)]
    [InlineData(PlacementStatus.Declined)]
    [InlineData(PlacementStatus.Cancelled)]
    [InlineData(PlacementStatus.Completed)]
    public void CreateFor_PlacementNotConfirmed_Throws(PlacementStatus status)
    {
        var p = In(status);
        Throws("Agreement_PlacementNotConfirmed", () => TripartiteAgreement.CreateFor(p, p.Learners[0].LearnerId, CollegeStaff, At));
    }

    [Fact]
    public void CreateFor_LearnerNotInThePlacement_Throws()
    {
        var p = In(PlacementStatus.Confirmed);
        Throws("Placement_LearnerNotInPlacement", () => TripartiteAgreement.CreateFor(p, Guid.NewGuid(), CollegeStaff, At));
    }

    [Fact]
    public void AllThreeConfirm_InAnyOrder_ThenConfirmed()
    {
        var (a, learner) = New();
        a.ConfirmByLearner(learner, LearnerUser, At);
        Assert.Equal(AgreementStatus.Pending, a.Status);
        a.ConfirmByEmployer(EmployerAdmin, At);
        Assert.Equal(AgreementStatus.Pending, a.Status);
        a.ConfirmByCollege(CollegeAdmin, At);

        Assert.Equal(AgreementStatus.Confirmed, a.Status);
        Assert.Equal(LearnerConsentKind.Learner, a.LearnerConsentKind);
        Assert.Equal(4, a.History.Count);
        Assert.Equal(("Pending", "Confirmed"), (a.History[^1].FromStatus, a.History[^1].ToStatus));
        Assert.Contains(a.RaisedNotifications, n => n.RecipientLearnerId == learner.Id && n.MessageKey == "Notify_AgreementSigned");
    }

    [Fact]
    public void Confirm_Twice_Throws()
    {
        var (a, _) = New();
        a.ConfirmByEmployer(EmployerAdmin, At);
        Throws("Agreement_AlreadyConfirmed", () => a.ConfirmByEmployer(EmployerAdmin, At));
    }

    [Fact]
    public void EachParty_ConfirmsOnlyItsOwnSide()
    {
        var (a, learner) = New();
        Throws("Agreement_CollegeAdminOnly", () => a.ConfirmByCollege(CollegeStaff, At));
        Throws("Agreement_EmployerAdminOnly", () => a.ConfirmByEmployer(CollegeAdmin, At));
        Throws("Agreement_LearnerOnly", () => a.ConfirmByLearner(learner, CollegeAdmin, At));
        Throws("Agreement_OtherLearner", () => a.ConfirmByLearner(Learner(), LearnerUser, At));
    }

    [Fact]
    public void Minor_ConfirmsOwnSide_AndTheRepresentativesConsentIsRecordedSeparately()
    {
        var (a, learner) = New(new DateOnly(2010, 1, 1));
        a.ConfirmByLearner(learner, LearnerUser, At);
        a.ConfirmByEmployer(EmployerAdmin, At);
        a.ConfirmByCollege(CollegeAdmin, At);
        Assert.Equal(AgreementStatus.Pending, a.Status); // still waits for the representative

        Throws("Agreement_RepresentativeRequired", () => a.RecordRepresentativeConsent(learner, " ", CollegeStaff, At));
        a.RecordRepresentativeConsent(learner, "Өмүрбеков Талант (атасы)", CollegeStaff, At);

        Assert.Equal(AgreementStatus.Confirmed, a.Status);
        Assert.Equal(LearnerConsentKind.Learner, a.LearnerConsentKind);
        Assert.Equal(LearnerUser.Name, a.LearnerConfirmedByName);
        Assert.Equal(CollegeStaff.Name, a.RepresentativeConsentRecordedByName);
        Assert.Equal("Өмүрбеков Талант (атасы)", a.RepresentativeName);
    }

    [Fact]
    public void Minor_RepresentativesConsentAlone_NeverConfirmsTheLearnersSide()
    {
        var (a, learner) = New(new DateOnly(2010, 1, 1));
        a.RecordRepresentativeConsent(learner, "Өмүрбеков Талант (атасы)", CollegeStaff, At);
        a.ConfirmByEmployer(EmployerAdmin, At);
        a.ConfirmByCollege(CollegeAdmin, At);

        Assert.Equal(AgreementStatus.Pending, a.Status);
        Assert.False(a.IsConfirmedByLearner);
        Assert.Null(a.LearnerConfirmedByName);
    }

    [Fact]
    public void Adult_TakesNoRepresentativesConsent()
    {
        var (a, learner) = New(new DateOnly(2000, 1, 1));
        Throws("Agreement_ConsentOnlyForMinor", () => a.RecordRepresentativeConsent(learner, "Өмүрбеков Талант (атасы)", CollegeStaff, At));
        Assert.Null(a.RepresentativeConsentAt);
    }

    [Fact]
    public void MinorComingOfAgeAfterConfirming_StillTakesTheRepresentativesConsent()
    {
        var (a, learner) = New(DateOnly.FromDateTime(At.UtcDateTime).AddYears(-18).AddDays(1));
        a.ConfirmByLearner(learner, LearnerUser, At);
        a.ConfirmByEmployer(EmployerAdmin, At);
        a.ConfirmByCollege(CollegeAdmin, At);

        a.RecordRepresentativeConsent(learner, "Өмүрбеков Талант (атасы)", CollegeStaff, At.AddDays(2));

        Assert.Equal(AgreementStatus.Confirmed, a.Status);
    }

    [Fact]
    public void SignedOnPaper_FromPending_KeepsTheScan()
    {
        var (a, _) = New();
        var scan = Guid.NewGuid();
        a.MarkSignedOnPaper(scan, CollegeStaff, At);
        Assert.Equal(AgreementStatus.SignedOnPaper, a.Status);
        Assert.Equal(scan, a.ScanFileId);
    }

    [Theory]
    [InlineData(AgreementStatus.Confirmed)]
    [InlineData(AgreementStatus.SignedOnPaper)]
    [InlineData(AgreementStatus.Cancelled)]
    public void AfterPending_NoConfirmationOrPaperSigning(AgreementStatus status)
    {
        var (a, learner) = New();
        switch (status)
        {
            case AgreementStatus.Confirmed:
                a.ConfirmByCollege(CollegeAdmin, At);
                a.ConfirmByEmployer(EmployerAdmin, At);
                a.ConfirmByLearner(learner, LearnerUser, At);
                break;
            case AgreementStatus.SignedOnPaper:
                a.MarkSignedOnPaper(Guid.NewGuid(), CollegeStaff, At);
                break;
            case AgreementStatus.Cancelled:
                a.Cancel("Практика жокко чыгарылды", CollegeStaff, At);
                break;
        }

        Assert.Equal(status, a.Status);
        Throws("Agreement_InvalidTransition", () => a.ConfirmByCollege(CollegeAdmin, At));
        Throws("Agreement_InvalidTransition", () => a.ConfirmByEmployer(EmployerAdmin, At));
        Throws("Agreement_InvalidTransition", () => a.ConfirmByLearner(learner, LearnerUser, At));
        Throws("Agreement_InvalidTransition", () => a.RecordRepresentativeConsent(learner, "x", CollegeStaff, At));
        Throws("Agreement_InvalidTransition", () => a.MarkSignedOnPaper(Guid.NewGuid(), CollegeStaff, At));
    }

    [Fact]
    public void Cancel_NeedsAReason_AndHappensOnce()
    {
        var (a, _) = New();
        Throws("Agreement_ReasonRequired", () => a.Cancel("", CollegeStaff, At));
        a.Cancel("Окуучу чыгып кетти", CollegeStaff, At);
        Throws("Agreement_InvalidTransition", () => a.Cancel("Дагы", CollegeStaff, At));
    }
}
