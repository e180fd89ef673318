using WblPortal.Domain.Common;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Assessments;

/// <summary>The scale a programme assesses its learning outcomes on (domain.md §6: "жетишилди / жарым-жартылай
/// жетишилди / жетишилген жок").</summary>
public enum AssessmentScale
{
    /// <summary>Not achieved / partly achieved / achieved (the default).</summary>
    ThreeLevel = 1,

    /// <summary>Achieved / not achieved.</summary>
    TwoLevel = 2,
}

/// <summary>One learning outcome's level. A two-level scale knows only <see cref="NotAchieved"/> and <see cref="Achieved"/>.</summary>
public enum OutcomeLevel
{
    NotAchieved = 0,
    PartlyAchieved = 1,
    Achieved = 2,
}

/// <summary>Who scores: the college side (curator, any staff of the placement's college) or the placement's mentor.</summary>
public enum AssessmentParty
{
    Curator = 1,
    Mentor = 2,
}

public enum AssessmentStatus
{
    /// <summary>Started: the curator and the mentor score independently; neither sees the other's scores.</summary>
    Scoring = 1,

    /// <summary>Both submitted: the differences are shown side by side and a final result is to be proposed.</summary>
    Reconciling = 2,

    /// <summary>One party proposed the final result; the other is to confirm it (or propose another).</summary>
    FinalProposed = 3,

    /// <summary>Both confirmed: locked; the learner sees it, acknowledges it and may record disagreement.</summary>
    Final = 4,
}

/// <summary>
/// The joint competency assessment of one learner of a placement (domain.md §6, document 5g): the curator and the
/// mentor score the programme's learning outcomes independently, then reconcile the differences into a final result
/// both confirm; the learner acknowledges it and may record disagreement.
/// </summary>
/// <remarks>
/// Scales and the outcomes (code and text) are copied from the programme when the assessment starts, so later edits of
/// the programme do not change it. The 2–5 grade is asked for the formal work-experience forms (stage 3 of the
/// catalogue: production practice, dual training, pre-diploma practice) when the programme uses it.
/// </remarks>
public class Assessment : Entity, ISharedWithEmployer, IRaisesNotifications
{
    /// <summary>How many days before the placement's end date the assessment may start while it is still in progress.</summary>
    public const int DaysBeforeEndToStart = 5;

    public Guid PlacementId { get; set; }
    public Placement? Placement { get; set; }
    public Guid PlacementLearnerId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid? MentorId { get; set; }
    public Guid LearnerId { get; set; }
    public Learners.Learner? Learner { get; set; }
    public Guid ProgrammeId { get; set; }

    public AssessmentScale Scale { get; private set; } = AssessmentScale.ThreeLevel;
    public bool GradeRequired { get; private set; }
    public AssessmentStatus Status { get; private set; } = AssessmentStatus.Scoring;

    public List<OutcomeScore> Scores { get; set; } = [];

    public DateTimeOffset StartedAt { get; private set; }

    public string? CuratorComment { get; private set; }
    public string? CuratorName { get; private set; }
    public DateTimeOffset? CuratorSubmittedAt { get; private set; }
    public string? MentorComment { get; private set; }
    public string? MentorName { get; private set; }
    public DateTimeOffset? MentorSubmittedAt { get; private set; }

    public AssessmentParty? ProposedBy { get; private set; }
    public int? FinalGrade { get; private set; }
    public string? FinalComment { get; private set; }
    public DateTimeOffset? CuratorConfirmedAt { get; private set; }
    public string? CuratorConfirmedBy { get; private set; }
    public DateTimeOffset? MentorConfirmedAt { get; private set; }
    public string? MentorConfirmedBy { get; private set; }
    public DateTimeOffset? FinalAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? Disagreement { get; private set; }

    private readonly NotificationOutbox _outbox = new();

    public IReadOnlyList<Notification> RaisedNotifications => _outbox.Items;

    public void ClearRaisedNotifications() => _outbox.Clear();

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    public bool BothSubmitted => CuratorSubmittedAt is not null && MentorSubmittedAt is not null;

    public bool HasDisagreement => !string.IsNullOrWhiteSpace(Disagreement);

    /// <summary>Whether the form's assessment includes the 2–5 grade: the formal, assessed work-experience forms.</summary>
    public static bool TakesPracticeGrade(WblForm form) => form.Stage == WblStage.WorkExperience && form.IsFormal && form.NeedsAssessment;

    /// <summary>The levels a scale offers, lowest first.</summary>
    public static IReadOnlyList<OutcomeLevel> LevelsOf(AssessmentScale scale) => scale == AssessmentScale.TwoLevel
        ? [OutcomeLevel.NotAchieved, OutcomeLevel.Achieved]
        : [OutcomeLevel.NotAchieved, OutcomeLevel.PartlyAchieved, OutcomeLevel.Achieved];

    /// <summary>Whether a placement may be assessed on <paramref name="today"/>: an assessed form with a mentor, completed,
    /// or in progress during its last <see cref="DaysBeforeEndToStart"/> days.</summary>
    public static bool CanStart(Placement placement, DateOnly today) =>
        placement.RequiresAssessment && placement.MentorId is not null
        && (placement.Status == PlacementStatus.Completed
            || (placement.Status == PlacementStatus.InProgress && today >= placement.EndDate.AddDays(-DaysBeforeEndToStart)));

    /// <summary>Starts the assessment of a learner of the placement, with the programme's outcomes and scale.</summary>
    public static Assessment Start(Placement placement, PlacementLearner learner, WblProgramme programme, WblForm form,
        IEnumerable<ProgrammeOutcome> outcomes, DateOnly today, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsCollegeStaff || by.IsMentor, "Assessment_NotAParty");
        Guard.That(placement.RequiresAssessment, "Assessment_NotAssessedForm");
        Guard.That(placement.MentorId is not null, "Assessment_NoMentor");
        Guard.That(CanStart(placement, today), "Assessment_NotYet");
        Guard.That(learner.PlacementId == placement.Id && programme.Id == placement.ProgrammeId, "Assessment_NotAParty");
        var list = outcomes.OrderBy(o => o.SortOrder).ThenBy(o => o.Code).ToList();
        Guard.That(list.Count > 0, "Assessment_NoOutcomes");
        var assessment = new Assessment
        {
            PlacementId = placement.Id,
            PlacementLearnerId = learner.Id,
            CollegeId = placement.CollegeId,
            EmployerId = placement.EmployerId,
            MentorId = placement.MentorId,
            LearnerId = learner.LearnerId,
            ProgrammeId = programme.Id,
            Scale = programme.AssessmentScale,
            GradeRequired = programme.UsesPracticeGrade && TakesPracticeGrade(form),
            StartedAt = at,
        };
        assessment.Scores = list.Select((o, i) => new OutcomeScore { OutcomeId = o.Id, Code = o.Code, Text = o.Text, SortOrder = i + 1 }).ToList();
        return assessment;
    }

    /// <summary>One party's independent scores (every outcome, a comment for every outcome below "achieved", and an
    /// overall comment). A party may correct them until the other party has submitted too.</summary>
    public void Submit(AssessmentParty party, IReadOnlyDictionary<Guid, ScoreInput> scores, string? comment, WorkflowUser by, DateTimeOffset at)
    {
        RequireParty(party, by);
        Guard.That(Status == AssessmentStatus.Scoring, "Assessment_ScoresLocked");
        Guard.That(!BothSubmitted, "Assessment_ScoresLocked");
        var overall = Guard.Text(comment, "Assessment_CommentRequired");
        var checkedScores = CheckScores(scores, commentsRequired: true);
        foreach (var score in Scores)
        {
            var input = checkedScores[score.OutcomeId];
            if (party == AssessmentParty.Curator)
            {
                score.CuratorLevel = input.Level;
                score.CuratorComment = input.Comment;
            }
            else
            {
                score.MentorLevel = input.Level;
                score.MentorComment = input.Comment;
            }
        }

        if (party == AssessmentParty.Curator)
        {
            CuratorComment = overall;
            CuratorName = by.Name;
            CuratorSubmittedAt = at;
        }
        else
        {
            MentorComment = overall;
            MentorName = by.Name;
            MentorSubmittedAt = at;
        }

        if (BothSubmitted)
        {
            Status = AssessmentStatus.Reconciling;
            foreach (var score in Scores.Where(s => s.CuratorLevel == s.MentorLevel))
            {
                score.FinalLevel = score.CuratorLevel; // agreed outcomes are pre-filled in the proposal
            }

            _outbox.ToCollege(CollegeId, "Notify_AssessmentBothScored", nameof(Assessment), Id, null, at);
            _outbox.ToMentor(MentorId!.Value, "Notify_AssessmentBothScored", nameof(Assessment), Id, null, at);
        }
    }

    /// <summary>A party proposes the final result (replacing any earlier proposal); the proposal counts as the
    /// proposer's confirmation, the other party is to confirm.</summary>
    public void ProposeFinal(AssessmentParty party, IReadOnlyDictionary<Guid, OutcomeLevel> levels, int? grade, string? comment,
        WorkflowUser by, DateTimeOffset at)
    {
        RequireParty(party, by);
        Guard.That(Status is AssessmentStatus.Reconciling or AssessmentStatus.FinalProposed, "Assessment_NotReconciling");
        var text = Guard.Text(comment, "Assessment_FinalCommentRequired");
        var checkedScores = CheckScores(levels.ToDictionary(l => l.Key, l => new ScoreInput(l.Value, null)), commentsRequired: false);
        if (GradeRequired)
        {
            Guard.That(grade is >= 2 and <= 5, "Assessment_GradeOutOfRange");
        }
        else
        {
            grade = null;
        }

        foreach (var score in Scores)
        {
            score.FinalLevel = checkedScores[score.OutcomeId].Level;
        }

        FinalGrade = grade;
        FinalComment = text;
        ProposedBy = party;
        CuratorConfirmedAt = party == AssessmentParty.Curator ? at : null;
        CuratorConfirmedBy = party == AssessmentParty.Curator ? by.Name : null;
        MentorConfirmedAt = party == AssessmentParty.Mentor ? at : null;
        MentorConfirmedBy = party == AssessmentParty.Mentor ? by.Name : null;
        Status = AssessmentStatus.FinalProposed;
        if (party == AssessmentParty.Curator)
        {
            _outbox.ToMentor(MentorId!.Value, "Notify_AssessmentFinalProposed", nameof(Assessment), Id, null, at);
        }
        else
        {
            _outbox.ToCollege(CollegeId, "Notify_AssessmentFinalProposed", nameof(Assessment), Id, null, at);
        }
    }

    /// <summary>The other party confirms the proposal: the result is final and locked, and the learner is told.</summary>
    public void ConfirmFinal(AssessmentParty party, WorkflowUser by, DateTimeOffset at)
    {
        RequireParty(party, by);
        Guard.That(Status == AssessmentStatus.FinalProposed, "Assessment_NothingToConfirm");
        Guard.That(ProposedBy != party, "Assessment_OwnProposal");
        if (party == AssessmentParty.Curator)
        {
            CuratorConfirmedAt = at;
            CuratorConfirmedBy = by.Name;
        }
        else
        {
            MentorConfirmedAt = at;
            MentorConfirmedBy = by.Name;
        }

        Status = AssessmentStatus.Final;
        FinalAt = at;
        _outbox.ToLearner(LearnerId, "Notify_AssessmentFinal", nameof(Assessment), Id, null, at);
        if (party == AssessmentParty.Mentor)
        {
            _outbox.ToCollege(CollegeId, "Notify_AssessmentFinal", nameof(Assessment), Id, null, at);
        }
    }

    /// <summary>The employer changed the placement's mentor before the result was final: the new mentor continues the
    /// assessment (the mentor side's scores already given stay); a final result stays with the mentor who confirmed it.</summary>
    public void HandOverToMentor(Guid mentorId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsEmployerAdmin, "Placement_EmployerOnly");
        if (Status == AssessmentStatus.Final || MentorId == mentorId)
        {
            return;
        }

        MentorId = mentorId;
        _outbox.ToMentor(mentorId, "Notify_AssessmentHandedOver", nameof(Assessment), Id, null, at);
    }

    /// <summary>The learner acknowledges the final result, once, optionally recording their disagreement (seen by
    /// the college).</summary>
    public void Acknowledge(Guid learnerId, string? disagreement, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsLearner && learnerId == LearnerId, "Assessment_LearnerOnly");
        Guard.That(Status == AssessmentStatus.Final, "Assessment_NotFinal");
        Guard.That(AcknowledgedAt is null, "Assessment_AlreadyAcknowledged");
        Guard.That(disagreement is null || disagreement.Length <= 2000, "Assessment_TextTooLong");
        AcknowledgedAt = at;
        Disagreement = string.IsNullOrWhiteSpace(disagreement) ? null : disagreement.Trim();
        if (Disagreement is not null)
        {
            _outbox.ToCollege(CollegeId, "Notify_AssessmentDisagreement", nameof(Assessment), Id, null, at);
        }
    }

    private static void RequireParty(AssessmentParty party, WorkflowUser by) =>
        by.Require(party == AssessmentParty.Curator ? by.IsCollegeStaff : by.IsMentor, "Assessment_NotAParty");

    private Dictionary<Guid, ScoreInput> CheckScores(IReadOnlyDictionary<Guid, ScoreInput> scores, bool commentsRequired)
    {
        var allowed = LevelsOf(Scale);
        var result = new Dictionary<Guid, ScoreInput>();
        foreach (var score in Scores)
        {
            Guard.That(scores.TryGetValue(score.OutcomeId, out var input) && input is not null, "Assessment_ScoreMissing", score.Code);
            Guard.That(allowed.Contains(input!.Level), "Assessment_ScoreOutOfScale", score.Code);
            var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
            Guard.That(!commentsRequired || input.Level == OutcomeLevel.Achieved || comment is not null, "Assessment_OutcomeCommentRequired", score.Code);
            Guard.That(comment is null || comment.Length <= 2000, "Assessment_TextTooLong");
            result[score.OutcomeId] = input with { Comment = comment };
        }

        return result;
    }
}

/// <summary>A party's level for one outcome, with their comment.</summary>
public sealed record ScoreInput(OutcomeLevel Level, string? Comment);

/// <summary>One learning outcome of the assessment (copied from the programme), with the curator's, the mentor's and
/// the final level. Stored inside the assessment's row, so that one version covers the whole assessment.</summary>
public class OutcomeScore
{
    public Guid OutcomeId { get; set; }
    public string Code { get; set; } = "";
    public string Text { get; set; } = "";
    public int SortOrder { get; set; }
    public OutcomeLevel? CuratorLevel { get; set; }
    public string? CuratorComment { get; set; }
    public OutcomeLevel? MentorLevel { get; set; }
    public string? MentorComment { get; set; }
    public OutcomeLevel? FinalLevel { get; set; }

    public bool Differs => CuratorLevel is not null && MentorLevel is not null && CuratorLevel != MentorLevel;
}
