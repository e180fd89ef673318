using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Programmes;

public enum ProgrammeStatus
{
    Draft = 1,
    UnderDiscussion = 2,
    Approved = 3,
    Superseded = 4,
}

/// <summary>The WBL programme of a specialty for one academic year (domain.md §4), with its eight sections, mentor
/// requirements and the draft → under discussion → approved → superseded workflow.</summary>
public class WblProgramme : Entity, ICollegeOwned, IRaisesNotifications
{
    public Guid CollegeId { get; set; }
    public College? College { get; set; }
    public Guid SpecialtyId { get; set; }
    public Specialty? Specialty { get; set; }

    /// <summary>The first calendar year of the academic year: 2025 = 2025–2026.</summary>
    public int AcademicYear { get; set; }

    /// <summary>The version of the programme within its academic year (the unique key is specialty + year + revision).</summary>
    public int Revision { get; set; } = 1;
    public ProgrammeStatus Status { get; private set; } = ProgrammeStatus.Draft;

    // 1. Introduction
    public required string SpecialtyCode { get; set; }
    public required string SpecialtyName { get; set; }
    public string? NormativeBasis { get; set; }

    // 2. Goal, 3. Procedure, 7. Safety and labour protection
    public string? Goal { get; set; }
    public string? Procedure { get; set; }
    public string? SafetyRules { get; set; }

    /// <summary>All study hours of the education programme: the denominator of the WBL share.</summary>
    public int TotalStudyHours { get; set; }

    public MentorRequirements MentorRequirements { get; set; } = new();

    /// <summary>The scale its learning outcomes are assessed on (joint assessments copy it when they start).</summary>
    public Assessments.AssessmentScale AssessmentScale { get; set; } = Assessments.AssessmentScale.ThreeLevel;

    /// <summary>Whether the assessment of its work-experience forms (production, dual, pre-diploma practice) ends with a 2–5 grade.</summary>
    public bool UsesPracticeGrade { get; set; } = true;

    // 4. Study load per form and semester; 5. Learning outcomes; 6 and 8. Content and assessment per form.
    public List<ProgrammeLoad> Loads { get; set; } = [];
    public List<ProgrammeOutcome> Outcomes { get; set; } = [];
    public List<ProgrammeFormContent> FormContents { get; set; } = [];

    /// <summary>Employers invited to discuss the programme.</summary>
    public List<ProgrammeParticipant> Participants { get; set; } = [];

    public List<ProgrammeHistoryEntry> History { get; set; } = [];

    public string? ApprovalOrderNumber { get; private set; }
    public DateOnly? ApprovalDate { get; private set; }
    public string? ApprovedByUserId { get; private set; }
    public string? ApprovedByName { get; private set; }

    /// <summary>The programme this one was copied from (previous year or version).</summary>
    public Guid? CopiedFromId { get; set; }

    private readonly NotificationOutbox _outbox = new();

    public IReadOnlyList<Notification> RaisedNotifications => _outbox.Items;

    public void ClearRaisedNotifications() => _outbox.Clear();

    public bool IsEditable => Status is ProgrammeStatus.Draft;

    public int WblHours => Loads.Sum(l => l.Hours);

    /// <summary>WBL hours / total study hours in percent (0 when total hours are not set).</summary>
    public decimal WblSharePercent => TotalStudyHours <= 0 ? 0 : Math.Round(100m * WblHours / TotalStudyHours, 1);

    public bool MeetsMinimumShare(NqfLevel level) => WblSharePercent >= level.MinWblSharePercent;

    public static WblProgramme Create(Specialty specialty, int academicYear, int revision = 1) => new()
    {
        CollegeId = specialty.CollegeId,
        SpecialtyId = specialty.Id,
        AcademicYear = academicYear,
        Revision = revision,
        SpecialtyCode = specialty.Code,
        SpecialtyName = specialty.NameKy,
    };

    public void EnsureEditable() => Guard.That(IsEditable, "Programme_NotEditable");

    public ProgrammeLoad SetLoad(int formId, int semester, int hours)
    {
        EnsureEditable();
        Guard.That(semester is >= 1 and <= 12, "Programme_InvalidSemester");
        Guard.That(hours >= 0, "Programme_InvalidHours");
        var load = Loads.FirstOrDefault(l => l.FormId == formId && l.Semester == semester);
        if (load is null)
        {
            load = new ProgrammeLoad { ProgrammeId = Id, CollegeId = CollegeId, FormId = formId, Semester = semester };
            Loads.Add(load);
        }

        load.Hours = hours;
        return load;
    }

    public ProgrammeOutcome AddOutcome(string code, string text, IEnumerable<Competency> competencies)
    {
        EnsureEditable();
        var list = competencies.ToList();
        Guard.That(list.Count > 0, "Programme_OutcomeNeedsCompetency");
        Guard.That(list.All(c => c.SpecialtyId == SpecialtyId), "Programme_CompetencyOfOtherSpecialty");
        Guard.That(Outcomes.All(o => o.Code != code), "Programme_OutcomeCodeTaken");
        var outcome = new ProgrammeOutcome
        {
            ProgrammeId = Id,
            CollegeId = CollegeId,
            Code = Guard.Text(code, "Programme_OutcomeCodeRequired"),
            Text = Guard.Text(text, "Programme_OutcomeTextRequired"),
            SortOrder = Outcomes.Count + 1,
            Competencies = list,
        };
        Outcomes.Add(outcome);
        return outcome;
    }

    public ProgrammeFormContent SetFormContent(int formId, string? themes, string? specificOutcomes, string? workEnvironment,
        string? assessmentRules, string? recognitionRules)
    {
        EnsureEditable();
        var content = FormContents.FirstOrDefault(c => c.FormId == formId);
        if (content is null)
        {
            content = new ProgrammeFormContent { ProgrammeId = Id, CollegeId = CollegeId, FormId = formId };
            FormContents.Add(content);
        }

        content.Themes = themes;
        content.SpecificOutcomes = specificOutcomes;
        content.WorkEnvironment = workEnvironment;
        content.AssessmentRules = assessmentRules;
        content.RecognitionRules = recognitionRules;
        return content;
    }

    public void InviteEmployer(Guid employerId)
    {
        Guard.That(Status is ProgrammeStatus.Draft or ProgrammeStatus.UnderDiscussion, "Programme_NotEditable");
        if (Participants.All(p => p.EmployerId != employerId))
        {
            Participants.Add(new ProgrammeParticipant { ProgrammeId = Id, CollegeId = CollegeId, EmployerId = employerId });
        }
    }

    /// <summary>Draft → under discussion: every section must be filled, and invited employers are notified.</summary>
    public void SubmitForDiscussion(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Programme_CollegeOnly");
        RequireStatus(ProgrammeStatus.Draft);
        Guard.That(IsComplete, "Programme_Incomplete");
        Move(ProgrammeStatus.UnderDiscussion, "SubmitForDiscussion", by, at, null);
        foreach (var p in Participants)
        {
            _outbox.ToEmployer(p.EmployerId, "Notify_ProgrammeForDiscussion", nameof(WblProgramme), Id, SpecialtyName, at);
        }
    }

    /// <summary>Under discussion → draft, to rework after the employers' comments.</summary>
    public void ReturnToDraft(WorkflowUser by, DateTimeOffset at, string? comment)
    {
        by.Require(by.IsCollegeStaff, "Programme_CollegeOnly");
        RequireStatus(ProgrammeStatus.UnderDiscussion);
        Move(ProgrammeStatus.Draft, "ReturnToDraft", by, at, comment);
    }

    /// <summary>Under discussion → approved by the college admin with the order's number and date; the previously
    /// approved programme of the same specialty and year (if any) is superseded.</summary>
    public void Approve(string orderNumber, DateOnly orderDate, WorkflowUser by, DateTimeOffset at, WblProgramme? previouslyApproved = null)
    {
        by.Require(by.IsCollegeAdmin, "Programme_ApproveCollegeAdminOnly");
        RequireStatus(ProgrammeStatus.UnderDiscussion);
        ApprovalOrderNumber = Guard.Text(orderNumber, "Programme_OrderNumberRequired");
        ApprovalDate = orderDate;
        ApprovedByUserId = by.UserId;
        ApprovedByName = by.Name;
        Move(ProgrammeStatus.Approved, "Approve", by, at, $"№{ApprovalOrderNumber} {orderDate:dd.MM.yyyy}");
        if (previouslyApproved is not null && previouslyApproved.Id != Id)
        {
            Guard.That(previouslyApproved.SpecialtyId == SpecialtyId, "Programme_OtherSpecialty");
            previouslyApproved.Supersede(by, at);
        }
    }

    /// <summary>Approved → superseded, when a newer programme replaces it.</summary>
    public void Supersede(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeAdmin, "Programme_ApproveCollegeAdminOnly");
        RequireStatus(ProgrammeStatus.Approved);
        Move(ProgrammeStatus.Superseded, "Supersede", by, at, null);
    }

    /// <summary>A draft for the next academic year with every section copied (participants too); this one is
    /// unchanged.</summary>
    public WblProgramme CopyToNextYear(WorkflowUser by, DateTimeOffset at) => CopyTo(AcademicYear + 1, 1, by, at);

    /// <summary>A new draft revision of the same year, e.g. to amend an approved programme (approving it supersedes this one).</summary>
    public WblProgramme CopyAsNewRevision(WorkflowUser by, DateTimeOffset at) => CopyTo(AcademicYear, Revision + 1, by, at);
    private WblProgramme CopyTo(int academicYear, int revision, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "Programme_CollegeOnly");
        var copy = new WblProgramme
        {
            CollegeId = CollegeId,
            SpecialtyId = SpecialtyId,
            AcademicYear = academicYear,
            Revision = revision,
            SpecialtyCode = SpecialtyCode,
            SpecialtyName = SpecialtyName,
            NormativeBasis = NormativeBasis,
            Goal = Goal,
            Procedure = Procedure,
            SafetyRules = SafetyRules,
            TotalStudyHours = TotalStudyHours,
            MentorRequirements = MentorRequirements with { },
            AssessmentScale = AssessmentScale,
            UsesPracticeGrade = UsesPracticeGrade,
            CopiedFromId = Id,
        };
        copy.Loads = Loads.Select(l => new ProgrammeLoad { ProgrammeId = copy.Id, CollegeId = CollegeId, FormId = l.FormId, Semester = l.Semester, Hours = l.Hours }).ToList();
        copy.Outcomes = Outcomes.Select(o => new ProgrammeOutcome
        {
            ProgrammeId = copy.Id, CollegeId = CollegeId, Code = o.Code, Text = o.Text, SortOrder = o.SortOrder, Competencies = [.. o.Competencies],
        }).ToList();
        copy.FormContents = FormContents.Select(c => new ProgrammeFormContent
        {
            ProgrammeId = copy.Id, CollegeId = CollegeId, FormId = c.FormId, Themes = c.Themes, SpecificOutcomes = c.SpecificOutcomes,
            WorkEnvironment = c.WorkEnvironment, AssessmentRules = c.AssessmentRules, RecognitionRules = c.RecognitionRules,
        }).ToList();
        copy.Participants = Participants.Select(p => new ProgrammeParticipant { ProgrammeId = copy.Id, CollegeId = CollegeId, EmployerId = p.EmployerId }).ToList();
        copy.History.Add(copy.NewHistory("Create", null, ProgrammeStatus.Draft, by, at, $"{SpecialtyCode} {AcademicYear}/{Revision}"));
        return copy;
    }

    /// <summary>An invited employer's comment on a programme under discussion.</summary>
    public ProgrammeComment AddEmployerComment(Guid employerId, string text, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "Programme_CommentEmployerOnly");
        RequireStatus(ProgrammeStatus.UnderDiscussion);
        Guard.That(Participants.Any(p => p.EmployerId == employerId), "Programme_EmployerNotInvited");
        var comment = new ProgrammeComment
        {
            ProgrammeId = Id,
            CollegeId = CollegeId,
            EmployerId = employerId,
            Text = Guard.Text(text, "Programme_CommentRequired"),
            AuthorUserId = by.UserId,
            AuthorName = by.Name,
            At = at,
        };
        _outbox.ToCollege(CollegeId, "Notify_ProgrammeCommented", nameof(WblProgramme), Id, SpecialtyName, at);
        return comment;
    }

    /// <summary>The section checks before discussion: introduction, goal, procedure, safety, hours, outcomes and
    /// content and assessment rules for every form with hours.</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(NormativeBasis) && !string.IsNullOrWhiteSpace(Goal) && !string.IsNullOrWhiteSpace(Procedure)
        && !string.IsNullOrWhiteSpace(SafetyRules) && TotalStudyHours > 0 && WblHours > 0 && Outcomes.Count > 0
        && Loads.Where(l => l.Hours > 0).Select(l => l.FormId).Distinct()
            .All(f => FormContents.Any(c => c.FormId == f && !string.IsNullOrWhiteSpace(c.AssessmentRules)));

    private void RequireStatus(ProgrammeStatus expected) => Guard.That(Status == expected, "Programme_InvalidTransition");

    private void Move(ProgrammeStatus to, string action, WorkflowUser by, DateTimeOffset at, string? comment)
    {
        History.Add(NewHistory(action, Status, to, by, at, comment));
        Status = to;
    }

    private ProgrammeHistoryEntry NewHistory(string action, ProgrammeStatus? from, ProgrammeStatus to, WorkflowUser by, DateTimeOffset at, string? comment) =>
        new ProgrammeHistoryEntry { ProgrammeId = Id, CollegeId = CollegeId }.Describing(action, from, to, by, at, comment);
}

/// <summary>Requirements on the mentors of a programme (domain.md §5.3): education, experience, skill grade,
/// pedagogical training.</summary>
public sealed record MentorRequirements
{
    public EducationLevel? MinEducationLevel { get; set; }
    public int? MinYearsOfExperience { get; set; }
    public int? MinSkillGrade { get; set; }
    public bool PedagogicalTrainingRequired { get; set; }
    public string? Notes { get; set; }

    public bool AreMetBy(Mentor mentor) => GapsOf(mentor) == MentorRequirementGaps.None;

    /// <summary>Which of the requirements the mentor does not meet.</summary>
    public MentorRequirementGaps GapsOf(Mentor mentor) =>
        (MinEducationLevel is null || mentor.EducationLevel >= MinEducationLevel ? MentorRequirementGaps.None : MentorRequirementGaps.Education)
        | (MinYearsOfExperience is null || mentor.YearsOfExperience >= MinYearsOfExperience ? MentorRequirementGaps.None : MentorRequirementGaps.Experience)
        | (MinSkillGrade is null || (mentor.SkillGrade ?? 0) >= MinSkillGrade ? MentorRequirementGaps.None : MentorRequirementGaps.SkillGrade)
        | (!PedagogicalTrainingRequired || mentor.PedagogicalTrainingDate is not null ? MentorRequirementGaps.None : MentorRequirementGaps.PedagogicalTraining);
}
