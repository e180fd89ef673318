using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Infrastructure.Data.Access;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class ActorWriteTests
{
    private static readonly Actor College = new("c", Roles.CollegeStaff, OrganizationKind.College, CollegeId);
    private static readonly Actor OtherCollege = new("c2", Roles.CollegeAdmin, OrganizationKind.College, Guid.NewGuid());
    private static readonly Actor Employer = new("e", Roles.EmployerAdmin, OrganizationKind.Employer, EmployerId);
    private static readonly Actor OtherEmployer = new("e2", Roles.EmployerAdmin, OrganizationKind.Employer, Guid.NewGuid());
    private static readonly Actor MentorOfEmployer = new("m", Roles.Mentor, OrganizationKind.Employer, EmployerId, MentorId: Guid.NewGuid());
    private static readonly Actor Ministry = new("min", Roles.MinistryAnalyst, OrganizationKind.Ministry, null);

    [Fact]
    public void Placement_WrittenByItsCollegeAndItsEmployerOnly()
    {
        var p = In(PlacementStatus.Proposed);
        Assert.True(College.CanWrite(p));
        Assert.True(Employer.CanWrite(p));
        Assert.True(Employer.CanWrite(p.History[^1]));
        Assert.True(Employer.CanWrite(p.Learners[0]));
        Assert.False(OtherCollege.CanWrite(p));
        Assert.False(OtherEmployer.CanWrite(p));
        Assert.False(MentorOfEmployer.CanWrite(p));
        Assert.False(Ministry.CanWrite(p));
    }

    [Fact]
    public void DraftPlacement_IsTheCollegesAlone()
    {
        var p = Draft();
        Assert.True(College.CanWrite(p));
        Assert.False(Employer.CanWrite(p));
        Assert.False(Employer.CanWrite(p.Learners[0]));
    }

    [Fact]
    public void PlacementWithoutEmployer_IsTheCollegesAlone()
    {
        var p = Draft(Workshop);
        Assert.True(College.CanWrite(p));
        Assert.False(Employer.CanWrite(p));
    }

    [Fact]
    public void Programme_IsTheCollegesAlone_CommentsAreShared()
    {
        var p = CompleteDraft();
        p.InviteEmployer(EmployerId);
        Assert.True(College.CanWrite(p));
        Assert.False(Employer.CanWrite(p));
        Assert.False(Employer.CanWrite(p.Participants[0]));
        p.SubmitForDiscussion(CollegeStaff, At);
        var comment = p.AddEmployerComment(EmployerId, "Пикир", EmployerAdmin, At);
        Assert.True(Employer.CanWrite(comment));
        Assert.True(College.CanWrite(comment));
        Assert.False(OtherEmployer.CanWrite(comment));
    }

    [Fact]
    public void Agreement_TheLearnerWritesOnlyTheirOwn()
    {
        var learner = Learner();
        var p = Draft(learners: 0);
        p.AddLearner(learner, [], CollegeStaff, At);
        p.Propose(CollegeStaff, At);
        p.Confirm(3, EmployerAdmin, At);
        var a = TripartiteAgreement.CreateFor(p, learner.Id, CollegeStaff, At);

        Assert.True(new Actor("l", Roles.Learner, OrganizationKind.College, CollegeId, LearnerId: learner.Id).CanWrite(a));
        Assert.False(new Actor("l2", Roles.Learner, OrganizationKind.College, CollegeId, LearnerId: Guid.NewGuid()).CanWrite(a));
        Assert.True(Employer.CanWrite(a));
        Assert.False(MentorOfEmployer.CanWrite(a));
    }

    [Fact]
    public void Notification_InsertedByTheSendersOrganization_EachUserMarksTheirOwnReading()
    {
        var n = new Notification { MessageKey = "Notify_PlacementProposed", SubjectType = "Placement", RecipientEmployerId = EmployerId, SenderOrganizationId = CollegeId };
        Assert.True(College.CanWrite(n));
        Assert.False(Employer.CanWrite(n));
        Assert.False(MentorOfEmployer.CanWrite(n));
        Assert.False(OtherEmployer.CanWrite(n));
        Assert.False(Ministry.CanWrite(n));

        var read = new NotificationRead { NotificationId = n.Id, UserId = Employer.UserId! };
        Assert.True(Employer.CanWrite(read));
        Assert.False(OtherEmployer.CanWrite(read));
        Assert.True(Ministry.CanWrite(new NotificationRead { NotificationId = n.Id, UserId = Ministry.UserId! }));
        Assert.False(Ministry.CanWrite(read));
    }

    [Fact]
    public void CancellingAPlacement_CancelsItsPendingAgreementsOnly()
    {
        var l1 = Learner();
        var l2 = Learner();
        var p = Draft(learners: 0);
        p.AddLearner(l1, [], CollegeStaff, At);
        p.AddLearner(l2, [], CollegeStaff, At);
        p.Propose(CollegeStaff, At);
        p.Confirm(3, EmployerAdmin, At);
        var pending = TripartiteAgreement.CreateFor(p, l1.Id, CollegeStaff, At);
        var signed = TripartiteAgreement.CreateFor(p, l2.Id, CollegeStaff, At);
        signed.MarkSignedOnPaper(Guid.NewGuid(), CollegeStaff, At);

        Throws("Agreement_OtherPlacement", () => PlacementCancellation.Cancel(Draft(), [pending], "Себеп", CollegeStaff, At));
        PlacementCancellation.Cancel(p, [pending, signed], "Ишкана жабылды", CollegeStaff, At);

        Assert.Equal(PlacementStatus.Cancelled, p.Status);
        Assert.Equal(AgreementStatus.Cancelled, pending.Status);
        Assert.Equal(AgreementStatus.SignedOnPaper, signed.Status);
    }
}
