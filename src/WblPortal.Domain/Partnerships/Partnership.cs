using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Partnerships;

public enum PartnershipKind
{
    Memorandum = 1,
    CooperationAgreement = 2,
    WblContract = 3,
}

public enum PartnershipStatus
{
    Draft = 1,
    Signed = 2,
    SignedOnPaper = 3,
    Expired = 4,
    Terminated = 5,
}

/// <summary>A memorandum, cooperation agreement or WBL contract between a college and an employer. Signed when both
/// sides confirm in the portal, or signed on paper with the scan attached.</summary>
public class Partnership : Entity, ISharedWithEmployer, IRaisesNotifications
{
    public Guid CollegeId { get; set; }
    public College? College { get; set; }
    public Guid EmployerId { get; set; }
    public Employer? Employer { get; set; }
    public PartnershipKind Kind { get; set; }
    public required string Number { get; set; }
    public DateOnly ConcludedOn { get; set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public string? Subject { get; set; }
    public PartnershipStatus Status { get; private set; } = PartnershipStatus.Draft;

    public DateTimeOffset? CollegeSignedAt { get; private set; }
    public string? CollegeSignedByName { get; private set; }
    public DateTimeOffset? EmployerSignedAt { get; private set; }
    public string? EmployerSignedByName { get; private set; }

    public Guid? ScanFileId { get; private set; }
    public string? TerminationReason { get; private set; }

    public List<PartnershipHistoryEntry> History { get; set; } = [];

    private readonly NotificationOutbox _outbox = new();

    public IReadOnlyList<Notification> RaisedNotifications => _outbox.Items;

    public void ClearRaisedNotifications() => _outbox.Clear();

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    public static Partnership Create(Guid collegeId, Guid employerId, PartnershipKind kind, string number, DateOnly concludedOn,
        DateOnly validFrom, DateOnly? validUntil, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Partnership_CollegeOnly");
        var partnership = new Partnership
        {
            CollegeId = collegeId,
            EmployerId = employerId,
            Kind = kind,
            Number = Guard.Text(number, "Partnership_NumberRequired"),
            ConcludedOn = concludedOn,
        };
        partnership.SetValidity(validFrom, validUntil);
        partnership.Record("Create", null, PartnershipStatus.Draft, by, at, null);
        return partnership;
    }

    public void SetValidity(DateOnly validFrom, DateOnly? validUntil)
    {
        Guard.That(Status == PartnershipStatus.Draft, "Partnership_NotEditable");
        Guard.That(validUntil is null || validUntil >= validFrom, "Partnership_InvalidDates");
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>Signed and within its validity on the day.</summary>
    public bool IsActiveOn(DateOnly day) =>
        Status is PartnershipStatus.Signed or PartnershipStatus.SignedOnPaper && ValidFrom <= day && (ValidUntil is null || day <= ValidUntil);

    public void SignAsCollege(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeAdmin, "Partnership_CollegeAdminOnly");
        RequireStatus(PartnershipStatus.Draft);
        Guard.That(CollegeSignedAt is null, "Partnership_AlreadySigned");
        (CollegeSignedAt, CollegeSignedByName) = (at, by.Name);
        AfterSignature("SignAsCollege", by, at);
        if (EmployerSignedAt is null)
        {
            _outbox.ToEmployer(EmployerId, "Notify_PartnershipToSign", nameof(Partnership), Id, Number, at);
        }
    }

    public void SignAsEmployer(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "Partnership_EmployerAdminOnly");
        RequireStatus(PartnershipStatus.Draft);
        Guard.That(EmployerSignedAt is null, "Partnership_AlreadySigned");
        (EmployerSignedAt, EmployerSignedByName) = (at, by.Name);
        AfterSignature("SignAsEmployer", by, at);
        _outbox.ToCollege(CollegeId, "Notify_PartnershipSignedByEmployer", nameof(Partnership), Id, Number, at);
    }

    public void MarkSignedOnPaper(Guid scanFileId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Partnership_CollegeOnly");
        RequireStatus(PartnershipStatus.Draft);
        ScanFileId = scanFileId;
        Move(PartnershipStatus.SignedOnPaper, "MarkSignedOnPaper", by, at, null);
    }

    /// <summary>Signed → expired once the validity has passed (run by a daily job or on reading).</summary>
    public void Expire(DateOnly today, WorkflowUser by, DateTimeOffset at)
    {
        RequireStatus(PartnershipStatus.Signed, PartnershipStatus.SignedOnPaper);
        Guard.That(ValidUntil is not null && ValidUntil < today, "Partnership_StillValid");
        Move(PartnershipStatus.Expired, "Expire", by, at, null);
    }

    public void Terminate(string reason, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeAdmin || by.IsEmployerAdmin, "Partnership_AdminOnly");
        RequireStatus(PartnershipStatus.Signed, PartnershipStatus.SignedOnPaper);
        TerminationReason = Guard.Text(reason, "Partnership_ReasonRequired");
        Move(PartnershipStatus.Terminated, "Terminate", by, at, TerminationReason);
        if (by.IsEmployerAdmin)
        {
            _outbox.ToCollege(CollegeId, "Notify_PartnershipTerminated", nameof(Partnership), Id, Number, at);
        }
        else
        {
            _outbox.ToEmployer(EmployerId, "Notify_PartnershipTerminated", nameof(Partnership), Id, Number, at);
        }
    }

    private void AfterSignature(string action, WorkflowUser by, DateTimeOffset at)
    {
        if (CollegeSignedAt is not null && EmployerSignedAt is not null)
        {
            Move(PartnershipStatus.Signed, action, by, at, null);
        }
        else
        {
            Record(action, Status, Status, by, at, null);
        }
    }

    private void RequireStatus(params PartnershipStatus[] allowed) => Guard.That(allowed.Contains(Status), "Partnership_InvalidTransition");

    private void Move(PartnershipStatus to, string action, WorkflowUser by, DateTimeOffset at, string? comment)
    {
        Record(action, Status, to, by, at, comment);
        Status = to;
    }

    private void Record(string action, PartnershipStatus? from, PartnershipStatus to, WorkflowUser by, DateTimeOffset at, string? comment) =>
        History.Add(new PartnershipHistoryEntry
        {
            PartnershipId = Id,
            CollegeId = CollegeId,
            EmployerId = EmployerId,
        }.Describing(action, from, to, by, at, comment));
}

public class PartnershipHistoryEntry : WorkflowHistoryEntry, ISharedWithEmployer
{
    public Guid PartnershipId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid EmployerId { get; set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;
}
