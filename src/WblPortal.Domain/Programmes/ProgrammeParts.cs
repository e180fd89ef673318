using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Programmes;

public enum CompetencyKind
{
    General = 1,
    Professional = 2,
}

/// <summary>A general or professional competency of a specialty (from its state/occupational standard).</summary>
public class Competency : Entity, ICollegeOwned
{
    public Guid CollegeId { get; set; }
    public Guid SpecialtyId { get; set; }
    public Specialty? Specialty { get; set; }
    public CompetencyKind Kind { get; set; }
    public required string Code { get; set; }
    public required string NameKy { get; set; }
    public required string NameRu { get; set; }
}

/// <summary>Section 4: hours of one WBL form in one semester.</summary>
public class ProgrammeLoad : Entity, ICollegeOwned
{
    public Guid ProgrammeId { get; set; }
    public Guid CollegeId { get; set; }
    public int FormId { get; set; }
    public WblForm? Form { get; set; }
    public int Semester { get; set; }
    public int Hours { get; set; }
}

/// <summary>Section 5: a learning outcome linked to the competencies it develops (a row of the competency matrix).</summary>
public class ProgrammeOutcome : Entity, ICollegeOwned
{
    public Guid ProgrammeId { get; set; }
    public Guid CollegeId { get; set; }
    public required string Code { get; set; }
    public required string Text { get; set; }
    public int SortOrder { get; set; }
    public List<Competency> Competencies { get; set; } = [];
}

/// <summary>Sections 6 and 8 for one form: thematic content, specific outcomes, work environment, and the rules for
/// assessing and recognizing its results.</summary>
public class ProgrammeFormContent : Entity, ICollegeOwned
{
    public Guid ProgrammeId { get; set; }
    public Guid CollegeId { get; set; }
    public int FormId { get; set; }
    public WblForm? Form { get; set; }
    public string? Themes { get; set; }
    public string? SpecificOutcomes { get; set; }
    public string? WorkEnvironment { get; set; }
    public string? AssessmentRules { get; set; }
    public string? RecognitionRules { get; set; }
}

/// <summary>An employer invited to discuss a programme; it sees the programme while under discussion or approved.</summary>
public class ProgrammeParticipant : Entity, ISharedWithEmployer
{
    public Guid ProgrammeId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid EmployerId { get; set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;
}

/// <summary>An employer's comment on a programme under discussion and the college's answer.</summary>
public class ProgrammeComment : Entity, ISharedWithEmployer, IRaisesNotifications
{
    private readonly NotificationOutbox _outbox = new();

    public IReadOnlyList<Notification> RaisedNotifications => _outbox.Items;

    public void ClearRaisedNotifications() => _outbox.Clear();

    public Guid ProgrammeId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid EmployerId { get; set; }
    public required string Text { get; set; }
    public required string AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Answer { get; private set; }
    public string? AnsweredByUserId { get; private set; }
    public string? AnsweredByName { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    public void AnswerBy(string answer, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Programme_AnswerCollegeOnly");
        Answer = Guard.Text(answer, "Programme_AnswerRequired");
        AnsweredByUserId = by.UserId;
        AnsweredByName = by.Name;
        AnsweredAt = at;
        _outbox.ToEmployer(EmployerId, "Notify_ProgrammeCommentAnswered", nameof(WblProgramme), ProgrammeId, null, at);
    }
}

public class ProgrammeHistoryEntry : WorkflowHistoryEntry, ICollegeOwned
{
    public Guid ProgrammeId { get; set; }
    public Guid CollegeId { get; set; }
}
