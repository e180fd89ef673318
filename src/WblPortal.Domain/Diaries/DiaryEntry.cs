using System.Globalization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Diaries;

public enum DiaryEntryStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
    Countersigned = 5,
}

/// <summary>
/// One day (or one week, for forms with weekly diaries) of a learner's diary (күндөлүк): hours, tasks done, the
/// programme's learning outcomes practised and an optional evidence file.
/// </summary>
/// <remarks>
/// The learner drafts and submits (or the mentor writes it, submitted at once) → the mentor approves the whole week,
/// or returns entries with a comment (the learner fixes and submits again) → the curator countersigns the approved
/// week. An approved week is locked for new entries: a mistake is corrected by a new entry that cites the old one. An
/// entry returned (or still a draft) when the rest of its week was approved stays fixable and submittable, so that
/// the loop always closes.
/// </remarks>
public class DiaryEntry : Entity, IDiaryRow, IDiaryRowIds, IRaisesNotifications
{
    /// <summary>The subject type of a notification about a learner's diary (its id is the placement learner row).</summary>
    public const string NotificationSubject = "Diary";

    public const decimal MaxHoursPerDay = 12;
    public const decimal MaxHoursPerWeek = 60;

    public Guid PlacementLearnerId { get; set; }
    public Guid PlacementId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid LearnerId { get; set; }

    public DateOnly Date { get; private set; }
    public DateOnly WeekStart { get; private set; }
    public decimal Hours { get; private set; }
    public string Tasks { get; private set; } = "";
    public List<Guid> OutcomeIds { get; private set; } = [];
    public Guid? EvidenceId { get; private set; }
    public DiaryEntryStatus Status { get; private set; } = DiaryEntryStatus.Draft;
    public bool WrittenByMentor { get; private set; }
    public string AuthorName { get; private set; } = "";

    /// <summary>The approved entry this one corrects (shown together with it).</summary>
    public Guid? CorrectsEntryId { get; private set; }

    public string? ReturnComment { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public string? ApprovedByName { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public string? CountersignedByName { get; private set; }
    public DateTimeOffset? CountersignedAt { get; private set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    private readonly NotificationOutbox _outbox = new();

    public IReadOnlyList<Notification> RaisedNotifications => _outbox.Items;

    public void ClearRaisedNotifications() => _outbox.Clear();

    public bool IsLocked => Status is DiaryEntryStatus.Approved or DiaryEntryStatus.Countersigned;

    public bool IsEditable => Status is DiaryEntryStatus.Draft or DiaryEntryStatus.Returned;

    /// <summary>A new entry. <paramref name="existing"/> are the learner's other entries in this placement (for the one
    /// entry per day/week rule and the locked weeks); <paramref name="outcomeIds"/> must be outcomes of the placement's
    /// programme (<paramref name="programmeOutcomeIds"/>).</summary>
    public static DiaryEntry Write(PlacementLearner learner, Placement placement, SafetyInduction? induction, IReadOnlyCollection<DiaryEntry> existing,
        DiaryEntryContent content, IReadOnlyCollection<Guid> programmeOutcomeIds, Guid? correctsEntryId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsLearner || by.IsMentor(), "Diary_LearnerOrMentorOnly");
        Guard.That(placement.Status is PlacementStatus.InProgress or PlacementStatus.Completed, "Diary_PlacementNotRunning");
        var entry = new DiaryEntry { WrittenByMentor = by.IsMentor(), AuthorName = by.Name };
        DiaryRules.CopyIds(entry, learner);
        if (correctsEntryId is { } correctedId)
        {
            var corrected = existing.FirstOrDefault(e => e.Id == correctedId) ?? throw new WorkflowException("Diary_CorrectedNotFound");
            Guard.That(corrected.IsLocked, "Diary_CorrectOnlyApproved");
            Guard.That(existing.All(e => e.CorrectsEntryId != correctedId), "Diary_AlreadyCorrected");
            entry.CorrectsEntryId = correctedId;
            content = content with { Date = corrected.Date };
        }

        entry.Apply(placement, induction, existing, content, programmeOutcomeIds);
        if (by.IsMentor())
        {
            entry.Status = DiaryEntryStatus.Submitted;
            entry.SubmittedAt = at;
        }

        return entry;
    }

    /// <summary>Changes a draft or a returned entry (the learner's own, or any of the mentor's learners').</summary>
    public void Edit(Placement placement, SafetyInduction? induction, IReadOnlyCollection<DiaryEntry> existing, DiaryEntryContent content,
        IReadOnlyCollection<Guid> programmeOutcomeIds, WorkflowUser by)
    {
        by.Require(by.IsLearner || by.IsMentor(), "Diary_LearnerOrMentorOnly");
        Guard.That(IsEditable, "Diary_EntryLocked");
        if (CorrectsEntryId is not null)
        {
            content = content with { Date = Date };
        }

        Apply(placement, induction, existing.Where(e => e.Id != Id).ToList(), content, programmeOutcomeIds);
    }

    public void AttachEvidence(DiaryEvidence evidence)
    {
        Guard.That(IsEditable || (Status == DiaryEntryStatus.Submitted && WrittenByMentor), "Diary_EntryLocked");
        EvidenceId = evidence.Id;
    }

    /// <summary>Draft or returned → submitted to the mentor.</summary>
    public void Submit(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsLearner || by.IsMentor(), "Diary_LearnerOrMentorOnly");
        Guard.That(IsEditable, "Diary_InvalidTransition");
        Status = DiaryEntryStatus.Submitted;
        SubmittedAt = at;
    }

    /// <summary>Submitted → returned to the learner with the mentor's comment.</summary>
    public void Return(string comment, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsMentor(), "Diary_MentorOnly");
        Guard.That(Status == DiaryEntryStatus.Submitted, "Diary_InvalidTransition");
        ReturnComment = Guard.Text(comment, "Diary_CommentRequired");
        Status = DiaryEntryStatus.Returned;
        SubmittedAt = null;
        ReturnedAt = at;
        _outbox.ToLearner(LearnerId, "Notify_DiaryEntryReturned", NotificationSubject, PlacementLearnerId,
            Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), at);
    }

    /// <summary>The mentor approves every submitted entry of one week in one step; the week is locked from then on.
    /// Returns how many entries were approved.</summary>
    public static int ApproveWeek(IEnumerable<DiaryEntry> entriesOfWeek, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsMentor(), "Diary_MentorOnly");
        var submitted = entriesOfWeek.Where(e => e.Status == DiaryEntryStatus.Submitted).ToList();
        Guard.That(submitted.Count > 0, "Diary_NothingToApprove");
        Guard.That(submitted.Select(e => (e.PlacementLearnerId, e.WeekStart)).Distinct().Count() == 1, "Diary_InvalidTransition");
        foreach (var e in submitted)
        {
            e.Status = DiaryEntryStatus.Approved;
            e.ApprovedByName = by.Name;
            e.ApprovedAt = at;
            e.ReturnComment = null;
        }

        return submitted.Count;
    }

    /// <summary>The curator countersigns every approved entry of one week.</summary>
    public static int CountersignWeek(IEnumerable<DiaryEntry> entriesOfWeek, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Diary_CollegeOnly");
        var approved = entriesOfWeek.Where(e => e.Status == DiaryEntryStatus.Approved).ToList();
        Guard.That(approved.Count > 0, "Diary_NothingToCountersign");
        foreach (var e in approved)
        {
            e.Status = DiaryEntryStatus.Countersigned;
            e.CountersignedByName = by.Name;
            e.CountersignedAt = at;
        }

        return approved.Count;
    }

    private void Apply(Placement placement, SafetyInduction? induction, IReadOnlyCollection<DiaryEntry> others, DiaryEntryContent content,
        IReadOnlyCollection<Guid> programmeOutcomeIds)
    {
        // No diary before the safety induction (concept: the learner is admitted to work only after it).
        Guard.That(induction is not null, "Diary_NoInduction");
        Guard.That(content.Date >= induction!.Date, "Diary_BeforeInduction", induction.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        Guard.That(content.Date >= placement.StartDate && content.Date <= placement.EndDate, "Diary_OutsidePlacement");
        var weekly = placement.WeeklyDiary;
        Guard.That(content.Hours > 0 && content.Hours <= (weekly ? MaxHoursPerWeek : MaxHoursPerDay), "Diary_InvalidHours",
            weekly ? MaxHoursPerWeek : MaxHoursPerDay);
        var week = DiaryRules.WeekStart(content.Date);
        if (CorrectsEntryId is null)
        {
            // A locked week takes no new entries, but an entry already in it (returned, or a draft) stays fixable there.
            var staysInItsWeek = WeekStart == week;
            Guard.That(staysInItsWeek || !others.Any(e => e.WeekStart == week && e.IsLocked), "Diary_WeekLocked");
            Guard.That(!others.Any(e => e.CorrectsEntryId is null && (weekly ? e.WeekStart == week : e.Date == content.Date)),
                weekly ? "Diary_WeekTaken" : "Diary_DayTaken");
        }

        var outcomes = content.OutcomeIds.Distinct().ToList();
        Guard.That(outcomes.All(programmeOutcomeIds.Contains), "Diary_UnknownOutcome");
        Date = content.Date;
        WeekStart = week;
        Hours = content.Hours;
        Tasks = Guard.Text(content.Tasks, "Diary_TasksRequired");
        OutcomeIds = outcomes;
    }
}

/// <summary>What the author fills in on an entry.</summary>
public sealed record DiaryEntryContent(DateOnly Date, decimal Hours, string Tasks, IReadOnlyList<Guid> OutcomeIds);
