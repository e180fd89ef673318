using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class DiaryWorkflowTests
{
    private static readonly WorkflowUser MentorUser = new("u-mentor", "Сыдыков Марат", Roles.Mentor);
    private static readonly DateOnly Thursday = new(2026, 4, 2);

    private readonly Placement _placement = In(PlacementStatus.InProgress);
    private readonly List<DiaryEntry> _entries = [];

    private PlacementLearner Row => _placement.Learners[0];

    private SafetyInduction Induction(DateOnly? date = null) =>
        SafetyInduction.Record(Row, _placement, InductionTopics.All, date ?? new DateOnly(2026, 4, 1), "Токтосунов Эрлан", "Эмгекти коргоо инженери", MentorUser, At);

    private DiaryEntry Write(DateOnly date, SafetyInduction? induction, WorkflowUser? by = null, Guid? corrects = null, decimal hours = 8)
    {
        var entry = DiaryEntry.Write(Row, _placement, induction, _entries, new DiaryEntryContent(date, hours, "Станокту тазалоо", []), [], corrects, by ?? LearnerUser, At);
        _entries.Add(entry);
        return entry;
    }

    [Fact]
    public void Write_WithoutInduction_IsRefused() =>
        Throws("Diary_NoInduction", () => Write(Thursday, null));

    [Fact]
    public void Write_BeforeInductionDate_IsRefused() =>
        Throws("Diary_BeforeInduction", () => Write(new DateOnly(2026, 4, 1), Induction(Thursday)));

    [Fact]
    public void Write_OnInductionDay_IsADraftOfTheLearner()
    {
        var entry = Write(Thursday, Induction(Thursday));

        Assert.Equal(DiaryEntryStatus.Draft, entry.Status);
        Assert.Equal(new DateOnly(2026, 3, 30), entry.WeekStart);
        Assert.Equal(Row.LearnerId, entry.LearnerId);
    }

    [Fact]
    public void Write_ByMentor_IsSubmittedAtOnce()
    {
        var entry = Write(Thursday, Induction(), MentorUser);

        Assert.Equal(DiaryEntryStatus.Submitted, entry.Status);
        Assert.True(entry.WrittenByMentor);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12.5)]
    public void Write_WithHoursOutOfRange_IsRefused(decimal hours) =>
        Throws("Diary_InvalidHours", () => Write(Thursday, Induction(), hours: hours));

    [Fact]
    public void Write_OutsidePlacement_IsRefused() =>
        Throws("Diary_OutsidePlacement", () => Write(new DateOnly(2026, 4, 29), Induction()));

    [Fact]
    public void Write_SecondEntryForTheSameDay_IsRefused()
    {
        var induction = Induction();
        Write(Thursday, induction);

        Throws("Diary_DayTaken", () => Write(Thursday, induction));
    }

    [Fact]
    public void Write_ByEmployerAdmin_IsRefused() =>
        Throws("Diary_LearnerOrMentorOnly", () => Write(Thursday, Induction(), EmployerAdmin));

    [Fact]
    public void Write_BeforePlacementStarts_IsRefused()
    {
        var placement = In(PlacementStatus.MentorAssigned);

        Throws("Diary_PlacementNotRunning", () => DiaryEntry.Write(placement.Learners[0], placement, Induction(), [],
            new DiaryEntryContent(Thursday, 8, "Иш", []), [], null, LearnerUser, At));
    }

    [Fact]
    public void ApproveWeek_ApprovesEverySubmittedEntryAndLocksTheWeek()
    {
        var induction = Induction();
        var a = Write(Thursday, induction);
        var b = Write(Thursday.AddDays(1), induction);
        var draft = Write(Thursday.AddDays(2), induction);
        a.Submit(LearnerUser, At);
        b.Submit(LearnerUser, At);

        var approved = DiaryEntry.ApproveWeek(_entries, MentorUser, At);

        Assert.Equal(2, approved);
        Assert.All([a, b], e => Assert.Equal(DiaryEntryStatus.Approved, e.Status));
        Assert.Equal(DiaryEntryStatus.Draft, draft.Status);
        Throws("Diary_EntryLocked", () => a.Edit(_placement, induction, _entries, new DiaryEntryContent(Thursday, 4, "Башка", []), [], LearnerUser));
        Throws("Diary_WeekLocked", () => Write(Thursday.AddDays(3), induction));
    }

    [Fact]
    public void ApproveWeek_ByLearner_IsRefused()
    {
        var entry = Write(Thursday, Induction());
        entry.Submit(LearnerUser, At);

        Throws("Diary_MentorOnly", () => DiaryEntry.ApproveWeek(_entries, LearnerUser, At));
    }

    [Fact]
    public void ApproveWeek_WithNothingSubmitted_IsRefused()
    {
        Write(Thursday, Induction());

        Throws("Diary_NothingToApprove", () => DiaryEntry.ApproveWeek(_entries, MentorUser, At));
    }

    [Fact]
    public void Return_WithComment_LetsTheLearnerFixAndSubmitAgain()
    {
        var induction = Induction();
        var entry = Write(Thursday, induction);
        entry.Submit(LearnerUser, At);

        Throws("Diary_CommentRequired", () => entry.Return(" ", MentorUser, At));
        entry.Return("Сааттарды тактаңыз", MentorUser, At);
        entry.Edit(_placement, induction, _entries, new DiaryEntryContent(Thursday, 6, "Станокту тазалоо жана майлоо", []), [], LearnerUser);
        entry.Submit(LearnerUser, At);

        Assert.Equal(DiaryEntryStatus.Submitted, entry.Status);
        Assert.Equal(6, entry.Hours);
    }

    [Fact]
    public void Correction_OfApprovedEntry_CitesItAndKeepsItsDate()
    {
        var induction = Induction();
        var original = Write(Thursday, induction);
        original.Submit(LearnerUser, At);
        DiaryEntry.ApproveWeek(_entries, MentorUser, At);

        var correction = Write(Thursday.AddDays(1), induction, corrects: original.Id, hours: 6);

        Assert.Equal(original.Id, correction.CorrectsEntryId);
        Assert.Equal(Thursday, correction.Date);
        Assert.Equal(DiaryEntryStatus.Approved, original.Status);
        Throws("Diary_AlreadyCorrected", () => Write(Thursday, induction, corrects: original.Id));
    }

    [Fact]
    public void Correction_OfDraft_IsRefused()
    {
        var induction = Induction();
        var draft = Write(Thursday, induction);

        Throws("Diary_CorrectOnlyApproved", () => Write(Thursday, induction, corrects: draft.Id));
    }

    [Fact]
    public void CountersignWeek_ByCurator_CountersignsApprovedEntries()
    {
        var entry = Write(Thursday, Induction(), MentorUser);
        Throws("Diary_NothingToCountersign", () => DiaryEntry.CountersignWeek(_entries, CollegeStaff, At));
        DiaryEntry.ApproveWeek(_entries, MentorUser, At);

        Throws("Diary_CollegeOnly", () => DiaryEntry.CountersignWeek(_entries, MentorUser, At));
        DiaryEntry.CountersignWeek(_entries, CollegeStaff, At);

        Assert.Equal(DiaryEntryStatus.Countersigned, entry.Status);
        Assert.Equal(CollegeStaff.Name, entry.CountersignedByName);
    }

    [Fact]
    public void Induction_WithoutTopics_IsRefused() =>
        Throws("Induction_NoTopics", () => SafetyInduction.Record(Row, _placement, new InductionTopics(false, false, false, false, false),
            Thursday, "Токтосунов Эрлан", "Инженер", EmployerAdmin, At));

    [Fact]
    public void Induction_ByLearnerOrCollege_IsRefused()
    {
        Throws("Induction_EmployerOnly", () => SafetyInduction.Record(Row, _placement, InductionTopics.All, Thursday, "А", "Б", LearnerUser, At));
        Throws("Induction_EmployerOnly", () => SafetyInduction.Record(Row, _placement, InductionTopics.All, Thursday, "А", "Б", CollegeStaff, At));
    }

    [Fact]
    public void Induction_AcknowledgedOnceByTheLearner_ThenCannotChange()
    {
        var induction = Induction();

        Throws("Induction_LearnerOnly", () => induction.Acknowledge(MentorUser, At));
        induction.Acknowledge(LearnerUser, At);

        Assert.Equal(At, induction.AcknowledgedAt);
        Throws("Induction_AlreadyAcknowledged", () => induction.Acknowledge(LearnerUser, At));
        Throws("Induction_AlreadyAcknowledged", () => induction.Change(_placement, InductionTopics.All, Thursday, "А", "Б", null, MentorUser, At));
    }

    [Fact]
    public void Induction_MovedAfterFirstEntry_IsRefused()
    {
        var induction = Induction();

        Throws("Induction_AfterEntries", () => induction.Change(_placement, InductionTopics.All, Thursday.AddDays(1), "А", "Б", Thursday, MentorUser, At));
    }

    [Fact]
    public void Note_ByMentor_IsRecordedAndByOthersRefused()
    {
        var note = MentorNote.Write(Row, _placement, Thursday, MentorNoteTopic.Adaptation, "Жамаатка тез кошулду", MentorUser, At);

        Assert.Equal(MentorUser.Name, note.AuthorName);
        Throws("Note_MentorOnly", () => MentorNote.Write(Row, _placement, Thursday, MentorNoteTopic.Discipline, "Текст", EmployerAdmin, At));
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x0A, 0x25, 0x25, 0x45, 0x4F, 0x46 }, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0xFF, 0xD9 }, "image/jpeg")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, null)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 }, null)]
    public void Evidence_TypeIsTakenFromTheBytes(byte[] content, string? expected) =>
        Assert.Equal(expected, DiaryEvidence.Sniff(content));

    [Fact]
    public void Evidence_OfOtherType_IsRefused() =>
        Throws("Evidence_TypeNotAllowed", () => DiaryEvidence.Create(Row, "virus.pdf", [0x4D, 0x5A, 0x90, 0x00], LearnerUser, At));
}
