using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data.Access;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class DiaryActorWriteTests
{
    private static readonly WorkflowUser MentorUser = new("u-mentor", "Сыдыков Марат", Roles.Mentor);

    private readonly Placement _placement = In(PlacementStatus.InProgress);

    private PlacementLearner Row => _placement.Learners[0];

    private static Actor LearnerActor(Guid learnerId) => new("l", Roles.Learner, OrganizationKind.College, CollegeId, LearnerId: learnerId);

    [Fact]
    public void DiaryRows_AreWrittenOnlyByTheirParties()
    {
        var induction = SafetyInduction.Record(Row, _placement, InductionTopics.All, new DateOnly(2026, 4, 1), "А", "Б", MentorUser, At);
        var entry = DiaryEntry.Write(Row, _placement, induction, [], new DiaryEntryContent(new DateOnly(2026, 4, 2), 8, "Иш", []), [], null, LearnerUser, At);
        var note = MentorNote.Write(Row, _placement, new DateOnly(2026, 4, 2), MentorNoteTopic.Behaviour, "Эскертүү", MentorUser, At);
        var college = new Actor("c", Roles.CollegeStaff, OrganizationKind.College, CollegeId);
        var employer = new Actor("e", Roles.EmployerAdmin, OrganizationKind.Employer, EmployerId);
        var mentor = new Actor("m", Roles.Mentor, OrganizationKind.Employer, EmployerId, MentorId: Guid.NewGuid());
        var otherMentor = new Actor("m2", Roles.Mentor, OrganizationKind.Employer, Guid.NewGuid(), MentorId: Guid.NewGuid());
        var learner = LearnerActor(Row.LearnerId);
        var otherLearner = LearnerActor(Guid.NewGuid());
        var ministry = new Actor("min", Roles.MinistryAnalyst, OrganizationKind.Ministry, null);

        Assert.True(learner.CanWrite(entry) && learner.CanWrite(induction));
        Assert.False(learner.CanWrite(note));
        Assert.False(otherLearner.CanWrite(entry) || otherLearner.CanWrite(induction));
        Assert.True(mentor.CanWrite(entry) && mentor.CanWrite(induction) && mentor.CanWrite(note));
        Assert.False(otherMentor.CanWrite(entry) || otherMentor.CanWrite(induction) || otherMentor.CanWrite(note));
        Assert.True(employer.CanWrite(induction));
        Assert.False(employer.CanWrite(entry) || employer.CanWrite(note));
        Assert.True(college.CanWrite(entry));
        Assert.False(college.CanWrite(induction) || college.CanWrite(note));
        Assert.False(ministry.CanWrite(entry));
    }

    [Fact]
    public void DiaryCode_IsRecordedByTheMentorOfItsEmployer_OtherCodesAreNot()
    {
        var diary = IssuedDocument.Create(IssuedDocumentKind.LearnerDiary, Row.Id, null, null, CollegeId, EmployerId, At);
        var agreement = IssuedDocument.Create(IssuedDocumentKind.TripartiteAgreement, Guid.NewGuid(), null, null, CollegeId, EmployerId, At);
        var mentor = new Actor("m", Roles.Mentor, OrganizationKind.Employer, EmployerId, MentorId: Guid.NewGuid());
        var otherMentor = new Actor("m2", Roles.Mentor, OrganizationKind.Employer, Guid.NewGuid(), MentorId: Guid.NewGuid());

        Assert.True(mentor.CanWrite(diary));
        Assert.False(mentor.CanWrite(agreement));
        Assert.False(otherMentor.CanWrite(diary));
    }
}
