using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Agreements;

public enum AgreementStatus
{
    /// <summary>Waiting for one or more parties to confirm.</summary>
    Pending = 1,

    /// <summary>All three parties confirmed in the portal.</summary>
    Confirmed = 2,

    /// <summary>Signed on paper; the scan is attached.</summary>
    SignedOnPaper = 3,

    Cancelled = 4,
}

/// <summary>How the learner's side was given.</summary>
public enum LearnerConsentKind
{
    Learner = 1,

    /// <summary>Only in rows written before the representative's consent was recorded separately (the
    /// DailyUseDiaryLoopAndMinors migration moved them to <see cref="TripartiteAgreement.RepresentativeConsentAt"/>).</summary>
    LegalRepresentative = 2,
}

/// <summary>The tripartite agreement (college, employer, learner) of one learner in one placement whose form needs
/// it. Each party confirms in the portal, or the college records it as signed on paper with a scan.</summary>
public class TripartiteAgreement : Entity, ISharedWithEmployer, IRaisesNotifications
{
    public Guid CollegeId { get; set; }
    public Guid EmployerId { get; set; }
    public Guid PlacementId { get; set; }
    public Placement? Placement { get; set; }
    public Guid LearnerId { get; set; }
    public Learner? Learner { get; set; }

    public AgreementStatus Status { get; private set; } = AgreementStatus.Pending;

    public DateTimeOffset? CollegeConfirmedAt { get; private set; }
    public string? CollegeConfirmedByUserId { get; private set; }
    public string? CollegeConfirmedByName { get; private set; }

    public DateTimeOffset? EmployerConfirmedAt { get; private set; }
    public string? EmployerConfirmedByUserId { get; private set; }
    public string? EmployerConfirmedByName { get; private set; }

    public DateTimeOffset? LearnerConfirmedAt { get; private set; }
    public string? LearnerConfirmedByUserId { get; private set; }
    public string? LearnerConfirmedByName { get; private set; }
    public LearnerConsentKind? LearnerConsentKind { get; private set; }

    /// <summary>The learner was a minor when confirming: the agreement then also needs the legal representative's
    /// consent, recorded separately by the college.</summary>
    public bool NeedsRepresentativeConsent { get; private set; }

    public string? RepresentativeName { get; private set; }
    public DateTimeOffset? RepresentativeConsentAt { get; private set; }
    public string? RepresentativeConsentRecordedByUserId { get; private set; }
    public string? RepresentativeConsentRecordedByName { get; private set; }

    public Guid? ScanFileId { get; private set; }
    public string? CancelReason { get; private set; }

    public List<AgreementHistoryEntry> History { get; set; } = [];

    private readonly NotificationOutbox _outbox = new();

    public IReadOnlyList<Notification> RaisedNotifications => _outbox.Items;

    public void ClearRaisedNotifications() => _outbox.Clear();

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    /// <summary>One agreement per learner of a confirmed placement whose form needs one.</summary>
    public static TripartiteAgreement CreateFor(Placement placement, Guid learnerId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Agreement_CollegeOnly");
        Guard.That(placement.RequiresAgreement, "Agreement_NotRequired");
        Guard.That(placement.Status is PlacementStatus.Confirmed or PlacementStatus.MentorAssigned or PlacementStatus.InProgress,
            "Agreement_PlacementNotConfirmed");
        Guard.That(placement.Learners.Any(l => l.LearnerId == learnerId), "Placement_LearnerNotInPlacement");
        var agreement = new TripartiteAgreement
        {
            CollegeId = placement.CollegeId,
            EmployerId = placement.EmployerId!.Value,
            PlacementId = placement.Id,
            LearnerId = learnerId,
        };
        agreement.Record("Create", null, AgreementStatus.Pending, by, at, null);
        agreement._outbox.ToEmployer(agreement.EmployerId, "Notify_AgreementToConfirm", nameof(TripartiteAgreement), agreement.Id, null, at);
        agreement._outbox.ToLearner(learnerId, "Notify_AgreementToConfirm", nameof(TripartiteAgreement), agreement.Id, null, at);
        return agreement;
    }

    public bool IsConfirmedByCollege => CollegeConfirmedAt is not null;

    public bool IsConfirmedByEmployer => EmployerConfirmedAt is not null;

    public bool IsConfirmedByLearner => LearnerConfirmedAt is not null;

    public bool HasRepresentativeConsent => RepresentativeConsentAt is not null;

    public void ConfirmByCollege(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeAdmin, "Agreement_CollegeAdminOnly");
        RequirePending();
        Guard.That(!IsConfirmedByCollege, "Agreement_AlreadyConfirmed");
        (CollegeConfirmedAt, CollegeConfirmedByUserId, CollegeConfirmedByName) = (at, by.UserId, by.Name);
        AfterConfirmation("ConfirmByCollege", by, at);
    }

    public void ConfirmByEmployer(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "Agreement_EmployerAdminOnly");
        RequirePending();
        Guard.That(!IsConfirmedByEmployer, "Agreement_AlreadyConfirmed");
        (EmployerConfirmedAt, EmployerConfirmedByUserId, EmployerConfirmedByName) = (at, by.UserId, by.Name);
        AfterConfirmation("ConfirmByEmployer", by, at);
    }

    /// <summary>The learner confirms their own side — a minor too; a minor's agreement also needs the legal
    /// representative's consent (<see cref="RecordRepresentativeConsent"/>), recorded separately.</summary>
    public void ConfirmByLearner(Learner learner, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsLearner, "Agreement_LearnerOnly");
        RequirePending();
        Guard.That(learner.Id == LearnerId, "Agreement_OtherLearner");
        Guard.That(!IsConfirmedByLearner, "Agreement_AlreadyConfirmed");
        NeedsRepresentativeConsent |= learner.IsMinorOn(DateOnly.FromDateTime(at.UtcDateTime));
        (LearnerConfirmedAt, LearnerConfirmedByUserId, LearnerConfirmedByName, LearnerConsentKind) = (at, by.UserId, by.Name, Agreements.LearnerConsentKind.Learner);
        AfterConfirmation("ConfirmByLearner", by, at);
    }

    /// <summary>College staff record the consent a minor's legal representative gave (on paper or in person), under
    /// their own name as the recorder — never as the learner's confirmation, which the learner gives themself.</summary>
    public void RecordRepresentativeConsent(Learner learner, string representativeName, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Agreement_CollegeOnly");
        RequirePending();
        Guard.That(learner.Id == LearnerId, "Agreement_OtherLearner");
        Guard.That(!HasRepresentativeConsent, "Agreement_AlreadyConfirmed");
        // Only a minor's agreement takes a representative's consent (or one that still waits for it: the learner confirmed
        // as a minor and has come of age since).
        Guard.That(NeedsRepresentativeConsent || learner.IsMinorOn(DateOnly.FromDateTime(at.UtcDateTime)), "Agreement_ConsentOnlyForMinor");
        RepresentativeName = Guard.Text(representativeName, "Agreement_RepresentativeRequired");
        NeedsRepresentativeConsent = true;
        (RepresentativeConsentAt, RepresentativeConsentRecordedByUserId, RepresentativeConsentRecordedByName) = (at, by.UserId, by.Name);
        AfterConfirmation("RecordRepresentativeConsent", by, at, RepresentativeName);
    }

    /// <summary>Pending → signed on paper by all three parties, with the scan attached.</summary>
    public void MarkSignedOnPaper(Guid scanFileId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Agreement_CollegeOnly");
        RequirePending();
        ScanFileId = scanFileId;
        Move(AgreementStatus.SignedOnPaper, "MarkSignedOnPaper", by, at, null);
        _outbox.ToEmployer(EmployerId, "Notify_AgreementSigned", nameof(TripartiteAgreement), Id, null, at);
        _outbox.ToLearner(LearnerId, "Notify_AgreementSigned", nameof(TripartiteAgreement), Id, null, at);
    }

    /// <summary>Cancelled by the college (e.g. the placement was cancelled or the learner withdrawn).</summary>
    public void Cancel(string reason, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Agreement_CollegeOnly");
        Guard.That(Status != AgreementStatus.Cancelled, "Agreement_InvalidTransition");
        CancelReason = Guard.Text(reason, "Agreement_ReasonRequired");
        Move(AgreementStatus.Cancelled, "Cancel", by, at, CancelReason);
    }

    private void AfterConfirmation(string action, WorkflowUser by, DateTimeOffset at, string? comment = null)
    {
        if (IsConfirmedByCollege && IsConfirmedByEmployer && IsConfirmedByLearner && (!NeedsRepresentativeConsent || HasRepresentativeConsent))
        {
            Move(AgreementStatus.Confirmed, action, by, at, comment);
            _outbox.ToCollege(CollegeId, "Notify_AgreementSigned", nameof(TripartiteAgreement), Id, null, at);
            _outbox.ToEmployer(EmployerId, "Notify_AgreementSigned", nameof(TripartiteAgreement), Id, null, at);
            _outbox.ToLearner(LearnerId, "Notify_AgreementSigned", nameof(TripartiteAgreement), Id, null, at);
        }
        else
        {
            Record(action, Status, Status, by, at, comment);
        }
    }

    private void RequirePending() => Guard.That(Status == AgreementStatus.Pending, "Agreement_InvalidTransition");

    private void Move(AgreementStatus to, string action, WorkflowUser by, DateTimeOffset at, string? comment)
    {
        Record(action, Status, to, by, at, comment);
        Status = to;
    }

    private void Record(string action, AgreementStatus? from, AgreementStatus to, WorkflowUser by, DateTimeOffset at, string? comment) =>
        History.Add(new AgreementHistoryEntry
        {
            AgreementId = Id,
            CollegeId = CollegeId,
            EmployerId = EmployerId,
            LearnerId = LearnerId,
        }.Describing(action, from, to, by, at, comment));
}

public class AgreementHistoryEntry : WorkflowHistoryEntry, ISharedWithEmployer
{
    public Guid AgreementId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid EmployerId { get; set; }
    public Guid LearnerId { get; set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;
}
