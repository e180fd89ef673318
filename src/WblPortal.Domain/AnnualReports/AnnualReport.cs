using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.AnnualReports;

public enum AnnualReportStatus
{
    Draft = 1,
    SentToEmployers = 2,
    Submitted = 3,
    Returned = 4,
    Accepted = 5,
}

public enum EmployerReportDecision
{
    Pending = 0,
    Agreed = 1,
    Commented = 2,

    /// <summary>The employer had not answered by the report's deadline when the college submitted it.</summary>
    NoAnswer = 3,
}

/// <summary>A partner employer taken into the report when it is sent, with the employer's answer.</summary>
public sealed record ReportPartner(Guid EmployerId, string EmployerName);

/// <summary>
/// The college's annual WBL report for an academic year (domain.md §3: college function 10, employer function 12):
/// figures computed from the college's data, frozen when the report is sent, and a narrative (achievements, problems,
/// recommendations for WBL and for the programme).
/// </summary>
/// <remarks>
/// Draft → sent to the partner employers (active partnerships) → every employer agrees or comments → submitted to the
/// ministry → accepted, or returned with comments (→ the college revises and sends again). The college may submit only
/// when every employer it was sent to has answered: a comment is an answer (no employer can veto the report), silence
/// is not (the report is "agreed with the enterprise") — until the answer deadline the college set when sending has
/// passed: then the college may submit without the silent employers, each recorded as "no answer by the deadline". The
/// college may remind a silent employer, at most once a (Bishkek) day. The ministry sees who agreed and who commented.
/// </remarks>
public class AnnualReport : Entity, ICollegeOwned, IRaisesNotifications
{
    public Guid CollegeId { get; set; }
    public College? College { get; set; }

    /// <summary>The first calendar year of the academic year: 2025 = 2025–2026.</summary>
    public int AcademicYear { get; private set; }

    public AnnualReportStatus Status { get; private set; } = AnnualReportStatus.Draft;

    public string? Achievements { get; private set; }
    public string? Problems { get; private set; }
    public string? WblRecommendations { get; private set; }
    public string? ProgrammeRecommendations { get; private set; }

    /// <summary>The figures as sent to the employers (JSON of <see cref="AnnualReportFigures"/>); null while a draft.</summary>
    public string? FiguresJson { get; private set; }
    public DateTimeOffset? FiguresAt { get; private set; }

    /// <summary>How many times the report was sent to the employers (1 on the first sending).</summary>
    public int Round { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The last day (Bishkek) the partner employers have to answer; after it the college may submit without
    /// the silent ones. Set on every sending.</summary>
    public DateOnly? AnswerDeadline { get; private set; }

    /// <summary>The deadline the sending form offers: this many days after the day of sending.</summary>
    public const int DefaultAnswerDays = 14;

    /// <summary>The latest deadline the college may set, in days after the day of sending.</summary>
    public const int MaxAnswerDays = 90;
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedByName { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedByName { get; private set; }
    public string? ReviewComment { get; private set; }

    public List<AnnualReportResponse> Responses { get; set; } = [];
    public List<AnnualReportHistoryEntry> History { get; set; } = [];

    private readonly NotificationOutbox _outbox = new();

    public IReadOnlyList<Notification> RaisedNotifications => _outbox.Items;

    public void ClearRaisedNotifications() => _outbox.Clear();

    /// <summary>The college may change the narrative and send the report.</summary>
    public bool IsEditable => Status is AnnualReportStatus.Draft or AnnualReportStatus.Returned;

    public bool AllEmployersAnswered => Responses.Count > 0 && Responses.All(r => r.Decision != EmployerReportDecision.Pending);

    public string Title => AcademicCalendar.Label(AcademicYear);

    public static AnnualReport Create(Guid collegeId, int academicYear, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "AnnualReport_CollegeOnly");
        Guard.That(academicYear is >= 2000 and <= 2100, "AnnualReport_InvalidYear");
        var report = new AnnualReport { CollegeId = collegeId, AcademicYear = academicYear };
        report.Record("Create", null, AnnualReportStatus.Draft, by, at, null);
        return report;
    }

    public void EditNarrative(string? achievements, string? problems, string? wblRecommendations, string? programmeRecommendations,
        WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "AnnualReport_CollegeOnly");
        Guard.That(IsEditable, "AnnualReport_NotEditable");
        Achievements = Clean(achievements);
        Problems = Clean(problems);
        WblRecommendations = Clean(wblRecommendations);
        ProgrammeRecommendations = Clean(programmeRecommendations);
        Record("EditNarrative", Status, Status, by, at, null);
    }

    /// <summary>Draft or returned → sent to the partner employers, with the figures frozen as they are now. Sending
    /// again asks every partner again: earlier answers were given on other figures or another text.</summary>
    public void SendToEmployers(IReadOnlyCollection<ReportPartner> partners, string figuresJson, WorkflowUser by, DateTimeOffset at,
        DateOnly? answerDeadline = null)
    {
        by.Require(by.IsCollegeStaff, "AnnualReport_CollegeOnly");
        Guard.That(IsEditable, "AnnualReport_InvalidTransition");
        Guard.That(!string.IsNullOrWhiteSpace(Achievements) && !string.IsNullOrWhiteSpace(Problems)
            && !string.IsNullOrWhiteSpace(WblRecommendations) && !string.IsNullOrWhiteSpace(ProgrammeRecommendations), "AnnualReport_NarrativeRequired");
        Guard.That(partners.Count > 0, "AnnualReport_NoPartners");
        var today = BishkekDay(at);
        var deadline = answerDeadline ?? today.AddDays(DefaultAnswerDays);
        Guard.That(deadline > today && deadline <= today.AddDays(MaxAnswerDays), "AnnualReport_DeadlineOutOfRange");
        AnswerDeadline = deadline;
        FiguresJson = figuresJson;
        FiguresAt = at;
        Round++;
        SentAt = at;
        Responses.Clear();
        foreach (var partner in partners.DistinctBy(p => p.EmployerId))
        {
            Responses.Add(new AnnualReportResponse
            {
                ReportId = Id,
                CollegeId = CollegeId,
                EmployerId = partner.EmployerId,
                EmployerName = partner.EmployerName,
            });
            _outbox.ToEmployer(partner.EmployerId, "Notify_AnnualReportToAgree", nameof(AnnualReport), Id, Title, at);
        }

        Move(AnnualReportStatus.SentToEmployers, "Send", by, at, string.Join(", ", partners.Select(p => p.EmployerName)));
    }

    /// <summary>The employer agrees, or answers with a comment (required then). It may change its answer until the
    /// college submits the report.</summary>
    public AnnualReportResponse Respond(Guid employerId, bool agree, string? comment, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "AnnualReport_EmployerOnly");
        Guard.That(Status == AnnualReportStatus.SentToEmployers, "AnnualReport_InvalidTransition");
        var response = Responses.FirstOrDefault(r => r.EmployerId == employerId) ?? throw new WorkflowException("AnnualReport_NotAPartner");
        response.Decision = agree ? EmployerReportDecision.Agreed : EmployerReportDecision.Commented;
        response.Comment = agree ? Clean(comment) : Guard.Text(comment, "AnnualReport_CommentRequired");
        response.AnsweredAt = at;
        response.AnsweredByName = by.Name;
        History.Add(new AnnualReportHistoryEntry { ReportId = Id, CollegeId = CollegeId, EmployerId = employerId }
            .Describing(agree ? "Agree" : "Comment", Status, Status, by, at, $"{response.EmployerName}: {response.Comment}".TrimEnd(' ', ':')));
        _outbox.ToCollege(CollegeId, agree ? "Notify_AnnualReportAgreed" : "Notify_AnnualReportCommented", nameof(AnnualReport), Id, Title, at);
        return response;
    }

    /// <summary>The answer deadline has passed (Bishkek): the silent employers no longer hold the report back.</summary>
    public bool DeadlinePassed(DateTimeOffset at) => AnswerDeadline is { } deadline && BishkekDay(at) > deadline;

    /// <summary>The college reminds a partner employer that has not answered yet (an inbox notification, and its e-mail
    /// copy), at most once a Bishkek day per employer.</summary>
    public AnnualReportResponse Remind(Guid employerId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "AnnualReport_CollegeOnly");
        Guard.That(Status == AnnualReportStatus.SentToEmployers, "AnnualReport_InvalidTransition");
        var response = Responses.FirstOrDefault(r => r.EmployerId == employerId) ?? throw new WorkflowException("AnnualReport_NotAPartner");
        Guard.That(response.Decision == EmployerReportDecision.Pending, "AnnualReport_AlreadyAnswered");
        Guard.That(response.RemindedAt is not { } last || BishkekDay(last) < BishkekDay(at), "AnnualReport_RemindedToday");
        response.RemindedAt = at;
        response.Reminders++;
        Record("Remind", Status, Status, by, at, response.EmployerName);
        _outbox.ToEmployer(employerId, "Notify_AnnualReportReminder", nameof(AnnualReport), Id, Title, at);
        return response;
    }

    /// <summary>Sent → submitted to the ministry, once every employer has answered, or — after the answer deadline —
    /// with each silent employer recorded as "no answer by the deadline" (in the answers and in the history).</summary>
    public void Submit(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff, "AnnualReport_CollegeOnly");
        Guard.That(Status == AnnualReportStatus.SentToEmployers, "AnnualReport_InvalidTransition");
        Guard.That(AllEmployersAnswered || DeadlinePassed(at), "AnnualReport_EmployersNotAnswered");
        foreach (var silent in Responses.Where(r => r.Decision == EmployerReportDecision.Pending).OrderBy(r => r.EmployerName))
        {
            silent.Decision = EmployerReportDecision.NoAnswer;
            Record("NoAnswer", Status, Status, by, at, silent.EmployerName + " · " + AnswerDeadline!.Value.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        SubmittedAt = at;
        SubmittedByName = by.Name;
        ReviewComment = null;
        Move(AnnualReportStatus.Submitted, "Submit", by, at, null);
    }

    public void Accept(WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.Role == Roles.MinistryAnalyst, "AnnualReport_MinistryOnly");
        Guard.That(Status == AnnualReportStatus.Submitted, "AnnualReport_InvalidTransition");
        (ReviewedAt, ReviewedByName, ReviewComment) = (at, by.Name, null);
        Move(AnnualReportStatus.Accepted, "Accept", by, at, null);
        _outbox.ToCollege(CollegeId, "Notify_AnnualReportAccepted", nameof(AnnualReport), Id, Title, at);
    }

    public void Return(string comment, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.Role == Roles.MinistryAnalyst, "AnnualReport_MinistryOnly");
        Guard.That(Status == AnnualReportStatus.Submitted, "AnnualReport_InvalidTransition");
        ReviewComment = Guard.Text(comment, "AnnualReport_CommentRequired");
        (ReviewedAt, ReviewedByName) = (at, by.Name);
        Move(AnnualReportStatus.Returned, "Return", by, at, ReviewComment);
        _outbox.ToCollege(CollegeId, "Notify_AnnualReportReturned", nameof(AnnualReport), Id, Title, at);
    }

    private static DateOnly BishkekDay(DateTimeOffset at) => BishkekTime.DayOf(at);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Move(AnnualReportStatus to, string action, WorkflowUser by, DateTimeOffset at, string? comment)
    {
        Record(action, Status, to, by, at, comment);
        Status = to;
    }

    private void Record(string action, AnnualReportStatus? from, AnnualReportStatus to, WorkflowUser by, DateTimeOffset at, string? comment) =>
        History.Add(new AnnualReportHistoryEntry { ReportId = Id, CollegeId = CollegeId }.Describing(action, from, to, by, at, comment));
}

/// <summary>One partner employer's answer on the report: shared by the college and that employer.</summary>
public class AnnualReportResponse : Entity, ISharedWithEmployer
{
    public Guid ReportId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid EmployerId { get; set; }
    public Employer? Employer { get; set; }

    /// <summary>The employer's name as sent (printed on the agreement page).</summary>
    public string EmployerName { get; set; } = "";
    public EmployerReportDecision Decision { get; set; } = EmployerReportDecision.Pending;
    public string? Comment { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredByName { get; set; }

    /// <summary>When the college last reminded the employer (at most once a Bishkek day), and how many times.</summary>
    public DateTimeOffset? RemindedAt { get; set; }
    public int Reminders { get; set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;
}

/// <summary>The report's steps. An employer's answer carries its employer id (the employer writes it).</summary>
public class AnnualReportHistoryEntry : WorkflowHistoryEntry, ICollegeOwned
{
    public Guid ReportId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
}
