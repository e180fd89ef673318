using System.Globalization;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Placements;

public enum PlacementStatus
{
    Draft = 1,
    Proposed = 2,
    ChangesRequested = 3,
    Declined = 4,
    Confirmed = 5,
    MentorAssigned = 6,
    InProgress = 7,
    Completed = 8,
    Assessed = 9,
    Cancelled = 10,
}

/// <summary>
/// Learners of one or more groups sent to a WBL form of a programme, at an employer (or at the college for forms
/// that need none), for agreed dates, with a college curator. The form's rules are copied onto the placement when
/// it is created, so that later edits of the catalogue do not change running placements.
/// </summary>
/// <remarks>
/// With an employer: draft → proposed → confirmed / declined / changes requested (→ proposed again) → mentor
/// assigned (if the form needs a mentor) → in progress → completed → assessed (if the form is assessed).
/// Without an employer: draft → in progress → completed → assessed. Cancelled (with a reason) from any step before
/// completion. A change of dates, number or learners after confirmation goes back to the employer (proposed).
/// </remarks>
public class Placement : Entity, ISharedWithEmployer, IRaisesNotifications
{
    public Guid CollegeId { get; set; }
    public College? College { get; set; }
    public Guid ProgrammeId { get; set; }
    public WblProgramme? Programme { get; set; }
    public int FormId { get; set; }
    public WblForm? Form { get; set; }
    public Guid? EmployerId { get; private set; }
    public Employer? Employer { get; set; }

    /// <summary>The employer's site or department, free text.</summary>
    public string? Site { get; set; }

    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }

    /// <summary>The number of learners the college asks the employer to take.</summary>
    public int RequestedCount { get; private set; }

    /// <summary>The number the employer confirmed: never exceeded.</summary>
    public int? ConfirmedCount { get; private set; }

    public Guid CuratorId { get; set; }
    public Curator? Curator { get; set; }
    public Guid? MentorId { get; private set; }
    public Mentor? Mentor { get; set; }

    /// <summary>The programme's mentor requirements the appointed mentor did not meet when appointed (acknowledged by
    /// the employer; shown to the college).</summary>
    public MentorRequirementGaps MentorRequirementGaps { get; private set; }

    public PlacementStatus Status { get; private set; } = PlacementStatus.Draft;

    /// <summary>When the college first proposed it to the employer. Until then the placement, its learner rows and
    /// its history are the college's alone (the employer id is copied down only from then on).</summary>
    public DateTimeOffset? SharedWithEmployerAt { get; private set; }

    // The form's rules, as of creation.
    public bool RequiresEmployer { get; private set; }
    public bool RequiresMentor { get; private set; }
    public bool RequiresAgreement { get; private set; }
    public bool RequiresAssessment { get; private set; }
    public bool IsLongTerm { get; private set; }

    /// <summary>The diary is kept per week rather than per day (copied from the form).</summary>
    public bool WeeklyDiary { get; private set; }

    public string? DeclineReason { get; private set; }
    public string? CancelReason { get; private set; }

    // What the employer asked to change.
    public DateOnly? RequestedStartDate { get; private set; }
    public DateOnly? RequestedEndDate { get; private set; }
    public int? RequestedCountByEmployer { get; private set; }
    public string? ChangeRequestComment { get; private set; }

    public List<PlacementLearner> Learners { get; set; } = [];
    public List<PlacementHistoryEntry> History { get; set; } = [];

    private readonly NotificationOutbox _outbox = new();

    public IReadOnlyList<Notification> RaisedNotifications => _outbox.Items;

    public void ClearRaisedNotifications() => _outbox.Clear();

    Guid? ISharedWithEmployer.SharedEmployerId => SharedEmployerId;

    private Guid? SharedEmployerId => SharedWithEmployerAt is null ? null : EmployerId;

    public static readonly IReadOnlySet<PlacementStatus> FinalStatuses =
        new HashSet<PlacementStatus> { PlacementStatus.Declined, PlacementStatus.Completed, PlacementStatus.Assessed, PlacementStatus.Cancelled };

    /// <summary>Statuses in which the placement holds its learners (for the overlap rule).</summary>
    public bool IsActive => Status is not (PlacementStatus.Declined or PlacementStatus.Cancelled);

    public static Placement Create(WblProgramme programme, WblForm form, Guid? employerId, DateOnly start, DateOnly end,
        int requestedCount, Guid curatorId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Placement_CollegeOnly");
        Guard.That(programme.Status == ProgrammeStatus.Approved, "Placement_ProgrammeNotApproved");
        Guard.That(form.IsActive, "Placement_FormInactive");
        Guard.That(!form.NeedsEmployer || employerId is not null, "Placement_EmployerRequired");
        CheckDates(start, end);
        Guard.That(requestedCount > 0, "Placement_InvalidCount");
        var placement = new Placement
        {
            CollegeId = programme.CollegeId,
            ProgrammeId = programme.Id,
            FormId = form.Id,
            EmployerId = employerId,
            StartDate = start,
            EndDate = end,
            RequestedCount = requestedCount,
            CuratorId = curatorId,
            RequiresEmployer = form.NeedsEmployer,
            RequiresMentor = form.NeedsEmployer && form.NeedsMentor,
            RequiresAgreement = form.NeedsEmployer && form.NeedsAgreement,
            RequiresAssessment = form.NeedsAssessment,
            IsLongTerm = form.IsLongTerm,
            WeeklyDiary = form.WeeklyDiary,
        };
        placement.Record("Create", null, PlacementStatus.Draft, by, at, null);
        return placement;
    }

    /// <summary>Whether the two periods share at least one day.</summary>
    public bool Overlaps(DateOnly start, DateOnly end) => StartDate <= end && start <= EndDate;

    /// <summary>A learner cannot be in two overlapping long placements: <paramref name="learnersOtherPlacements"/> are
    /// the learner's other placements (loaded by the caller).</summary>
    public PlacementLearner AddLearner(Learner learner, IEnumerable<Placement> learnersOtherPlacements, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Placement_CollegeOnly");
        Guard.That(Status is PlacementStatus.Draft or PlacementStatus.Proposed or PlacementStatus.ChangesRequested
            or PlacementStatus.Confirmed or PlacementStatus.MentorAssigned, "Placement_InvalidTransition");
        Guard.That(learner.CollegeId == CollegeId, "Placement_LearnerOfOtherCollege");
        Guard.That(Learners.All(l => l.LearnerId != learner.Id), "Placement_LearnerAlreadyAdded");
        Guard.That(Learners.Count < (ConfirmedCount ?? RequestedCount), "Placement_CapacityExceeded", ConfirmedCount ?? RequestedCount);
        EnsureNoOverlap(learner.Id, StartDate, EndDate, learnersOtherPlacements);
        var row = new PlacementLearner
        {
            PlacementId = Id,
            CollegeId = CollegeId,
            EmployerId = SharedEmployerId,
            MentorId = MentorId,
            LearnerId = learner.Id,
            GroupId = learner.GroupId,
        };
        Learners.Add(row);
        AfterChange("AddLearner", by, at, learner.FullName);
        return row;
    }

    public void RemoveLearner(Guid learnerId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Placement_CollegeOnly");
        Guard.That(Status is PlacementStatus.Draft or PlacementStatus.Proposed or PlacementStatus.ChangesRequested
            or PlacementStatus.Confirmed or PlacementStatus.MentorAssigned, "Placement_InvalidTransition");
        var row = Learners.FirstOrDefault(l => l.LearnerId == learnerId) ?? throw new WorkflowException("Placement_LearnerNotInPlacement");
        Learners.Remove(row);
        AfterChange("RemoveLearner", by, at, learnerId.ToString());
    }

    /// <summary>The college changes dates or the number asked for. After confirmation this goes back to the employer.
    /// <paramref name="otherPlacementsOfLearners"/>: the other placements of this placement's learners, for the
    /// overlap rule when the dates move.</summary>
    public void ChangeTerms(DateOnly start, DateOnly end, int requestedCount, IEnumerable<Placement> otherPlacementsOfLearners,
        WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Placement_CollegeOnly");
        Guard.That(Status is PlacementStatus.Draft or PlacementStatus.Proposed or PlacementStatus.ChangesRequested
            or PlacementStatus.Confirmed or PlacementStatus.MentorAssigned, "Placement_InvalidTransition");
        CheckDates(start, end);
        Guard.That(requestedCount > 0 && requestedCount >= Learners.Count, "Placement_InvalidCount");
        var others = otherPlacementsOfLearners.ToList();
        foreach (var l in Learners)
        {
            EnsureNoOverlap(l.LearnerId, start, end, others);
        }

        var changes = $"{StartDate:dd.MM.yyyy}–{EndDate:dd.MM.yyyy}, {RequestedCount} → {start:dd.MM.yyyy}–{end:dd.MM.yyyy}, {requestedCount}";
        var countRaised = requestedCount > (ConfirmedCount ?? int.MaxValue);
        StartDate = start;
        EndDate = end;
        RequestedCount = requestedCount;
        if (countRaised)
        {
            ConfirmedCount = null; // the employer confirms the new number
        }

        AfterChange("ChangeTerms", by, at, changes);
    }

    /// <summary>Draft or changes requested → proposed to the employer.</summary>
    public void Propose(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Placement_CollegeOnly");
        Guard.That(RequiresEmployer, "Placement_NoEmployerSteps");
        RequireStatus(PlacementStatus.Draft, PlacementStatus.ChangesRequested);
        Guard.That(Learners.Count > 0, "Placement_NoLearners");
        ClearChangeRequest();
        SharedWithEmployerAt ??= at;
        foreach (var l in Learners)
        {
            l.EmployerId = EmployerId;
        }

        Move(PlacementStatus.Proposed, "Propose", by, at, null);
        _outbox.ToEmployer(EmployerId!.Value, "Notify_PlacementProposed", nameof(Placement), Id, null, at);
    }

    /// <summary>Proposed → confirmed by the employer for a number of learners (at least those listed).</summary>
    public void Confirm(int count, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "Placement_EmployerOnly");
        RequireStatus(PlacementStatus.Proposed);
        Guard.That(count > 0, "Placement_InvalidCount");
        Guard.That(count >= Learners.Count, "Placement_CapacityExceeded", count);
        ConfirmedCount = count;
        // A placement confirmed again after a change keeps its mentor.
        Move(RequiresMentor && MentorId is not null ? PlacementStatus.MentorAssigned : PlacementStatus.Confirmed, "Confirm", by, at, count.ToString(CultureInfo.InvariantCulture));
        _outbox.ToCollege(CollegeId, "Notify_PlacementConfirmed", nameof(Placement), Id, null, at);
    }

    public void Decline(string reason, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "Placement_EmployerOnly");
        RequireStatus(PlacementStatus.Proposed);
        DeclineReason = Guard.Text(reason, "Placement_ReasonRequired");
        Move(PlacementStatus.Declined, "Decline", by, at, DeclineReason);
        _outbox.ToCollege(CollegeId, "Notify_PlacementDeclined", nameof(Placement), Id, null, at);
    }

    /// <summary>Proposed → changes requested: the employer asks for other dates and/or another number.</summary>
    public void RequestChanges(DateOnly? start, DateOnly? end, int? count, string? comment, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "Placement_EmployerOnly");
        RequireStatus(PlacementStatus.Proposed);
        Guard.That(start is not null || end is not null || count is not null, "Placement_NoChangeRequested");
        CheckDates(start ?? StartDate, end ?? EndDate);
        Guard.That(count is null or > 0, "Placement_InvalidCount");
        RequestedStartDate = start;
        RequestedEndDate = end;
        RequestedCountByEmployer = count;
        ChangeRequestComment = comment?.Trim();
        Move(PlacementStatus.ChangesRequested, "RequestChanges", by, at,
            $"{start:dd.MM.yyyy}–{end:dd.MM.yyyy} {count} {comment}".Trim());
        _outbox.ToCollege(CollegeId, "Notify_PlacementChangesRequested", nameof(Placement), Id, null, at);
    }

    /// <summary>Confirmed → mentor assigned by the employer (or a change of mentor later). The mentor must work for
    /// the placement's employer. A mentor who does not meet the programme's requirements may be appointed only when
    /// the employer acknowledges the gaps (<paramref name="gapsAcknowledged"/>); the gaps are recorded for the college.</summary>
    public void AssignMentor(Mentor mentor, MentorRequirements? requirements, WorkflowUser by, DateTimeOffset at, bool gapsAcknowledged = false)
    {
        by.Require(by.IsEmployerAdmin, "Placement_EmployerOnly");
        Guard.That(RequiresMentor, "Placement_NoMentorStep");
        RequireStatus(PlacementStatus.Confirmed, PlacementStatus.MentorAssigned, PlacementStatus.InProgress);
        Guard.That(mentor.EmployerId == EmployerId, "Placement_MentorOfOtherEmployer");
        var gaps = requirements?.GapsOf(mentor) ?? MentorRequirementGaps.None;
        Guard.That(gaps == MentorRequirementGaps.None || gapsAcknowledged, "Appointment_GapsNotAcknowledged");
        MentorId = mentor.Id;
        MentorRequirementGaps = gaps;
        foreach (var l in Learners)
        {
            l.MentorId = mentor.Id;
        }

        Move(Status == PlacementStatus.Confirmed ? PlacementStatus.MentorAssigned : Status, "AssignMentor", by, at, mentor.FullName);
        _outbox.ToMentor(mentor.Id, "Notify_MentorAssigned", nameof(Placement), Id, null, at);
        _outbox.ToCollege(CollegeId, "Notify_MentorAssigned", nameof(Placement), Id, null, at);
    }

    /// <summary>The status from which the placement can start: the employer steps are skipped for forms without an
    /// employer, the mentor step for forms without a mentor.</summary>
    public PlacementStatus ReadyStatus =>
        !RequiresEmployer ? PlacementStatus.Draft : RequiresMentor ? PlacementStatus.MentorAssigned : PlacementStatus.Confirmed;

    /// <summary>How many days before its start date a placement may be marked in progress without a deliberate override.</summary>
    public const int EarlyStartDays = 7;

    /// <summary>A placement is not marked in progress long before its start date (the diary and the hours would run
    /// from a day nobody worked) unless the user confirms the early start (<paramref name="earlyStartConfirmed"/>).</summary>
    public void RequireStartDue(DateOnly today, bool earlyStartConfirmed) =>
        Guard.That(earlyStartConfirmed || today >= StartDate.AddDays(-EarlyStartDays), "Placement_StartTooEarly",
            StartDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), EarlyStartDays);

    public void Start(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff || by.IsEmployerAdmin, "Placement_CollegeOnly");
        RequireStatus(ReadyStatus);
        Guard.That(Learners.Count > 0, "Placement_NoLearners");
        Move(PlacementStatus.InProgress, "Start", by, at, null);
    }

    public void Complete(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff || by.IsEmployerAdmin, "Placement_CollegeOnly");
        RequireStatus(PlacementStatus.InProgress);
        Move(PlacementStatus.Completed, "Complete", by, at, null);
    }

    /// <summary>The mentor's qualifications changed (a training, experience, a grade): a running appointment's gaps are
    /// taken again against the programme, so the college sees the flag as it stands now. Finished placements keep the
    /// gaps of their time.</summary>
    public void RecheckMentorRequirements(Mentor mentor, MentorRequirements requirements)
    {
        if (MentorId == mentor.Id && Status is PlacementStatus.MentorAssigned or PlacementStatus.InProgress)
        {
            MentorRequirementGaps = requirements.GapsOf(mentor);
        }
    }

    /// <summary>The college marks the completed placement assessed: only once every learner of it has a final joint
    /// result (<paramref name="learnersWithFinalResult"/>: the ids of the learners whose assessment is final), so an
    /// "assessed" placement always has its results behind it.</summary>
    public void MarkAssessed(IReadOnlySet<Guid> learnersWithFinalResult, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Placement_CollegeOnly");
        Guard.That(RequiresAssessment, "Placement_NotAssessed");
        RequireStatus(PlacementStatus.Completed);
        Guard.That(Learners.Count > 0 && Learners.All(l => learnersWithFinalResult.Contains(l.LearnerId)), "Placement_NotAllFinal");
        Move(PlacementStatus.Assessed, "MarkAssessed", by, at, null);
    }

    /// <summary>Cancelled by the college before completion, with a reason.</summary>
    public void Cancel(string reason, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Placement_CollegeOnly");
        Guard.That(!FinalStatuses.Contains(Status), "Placement_InvalidTransition");
        CancelReason = Guard.Text(reason, "Placement_ReasonRequired");
        Move(PlacementStatus.Cancelled, "Cancel", by, at, CancelReason);
        if (SharedEmployerId is not null)
        {
            _outbox.ToEmployer(EmployerId!.Value, "Notify_PlacementCancelled", nameof(Placement), Id, null, at);
        }
    }

    private void EnsureNoOverlap(Guid learnerId, DateOnly start, DateOnly end, IEnumerable<Placement> others)
    {
        if (!IsLongTerm)
        {
            return;
        }

        var clash = others.Any(p => p.Id != Id && p.IsLongTerm && p.IsActive && p.Overlaps(start, end)
            && p.Learners.Any(l => l.LearnerId == learnerId));
        Guard.That(!clash, "Placement_LearnerOverlap");
    }

    /// <summary>Edits by the college: recorded, and after confirmation sent back to the employer.</summary>
    private void AfterChange(string action, WorkflowUser by, DateTimeOffset at, string? comment)
    {
        if (RequiresEmployer && Status is PlacementStatus.Confirmed or PlacementStatus.MentorAssigned)
        {
            Move(PlacementStatus.Proposed, action, by, at, comment);
            _outbox.ToEmployer(EmployerId!.Value, "Notify_PlacementChanged", nameof(Placement), Id, null, at);
        }
        else
        {
            Record(action, Status, Status, by, at, comment);
        }
    }

    private void ClearChangeRequest()
    {
        RequestedStartDate = null;
        RequestedEndDate = null;
        RequestedCountByEmployer = null;
        ChangeRequestComment = null;
    }

    private static void CheckDates(DateOnly start, DateOnly end) => Guard.That(end >= start, "Placement_InvalidDates");

    private void RequireStatus(params PlacementStatus[] allowed) => Guard.That(allowed.Contains(Status), "Placement_InvalidTransition");

    private void Move(PlacementStatus to, string action, WorkflowUser by, DateTimeOffset at, string? comment)
    {
        Record(action, Status, to, by, at, comment);
        Status = to;
    }

    private void Record(string action, PlacementStatus? from, PlacementStatus to, WorkflowUser by, DateTimeOffset at, string? comment) =>
        History.Add(new PlacementHistoryEntry
        {
            PlacementId = Id,
            CollegeId = CollegeId,
            EmployerId = SharedEmployerId,
        }.Describing(action, from, to, by, at, comment));
}

/// <summary>A learner in a placement, with the college, employer and mentor ids copied down for the filters.</summary>
public class PlacementLearner : Entity, ISharedWithEmployer
{
    public Guid PlacementId { get; set; }
    public Placement? Placement { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid? MentorId { get; set; }
    public Guid LearnerId { get; set; }
    public Learner? Learner { get; set; }
    public Guid GroupId { get; set; }
    public StudyGroup? Group { get; set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;
}

public class PlacementHistoryEntry : WorkflowHistoryEntry, ISharedWithEmployer
{
    public Guid PlacementId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;
}
