using WblPortal.Domain.Common;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Diaries;

public enum MentorReferenceStatus
{
    /// <summary>Being written: only the mentor who writes it sees it.</summary>
    Draft = 1,

    /// <summary>Submitted: locked; the college, the employer and the learner read it and it prints as a document.</summary>
    Submitted = 2,
}

/// <summary>The sections of a reference as the mentor writes them.</summary>
public sealed record MentorReferenceText(string? Attitude, string? Skills, string? Discipline, string? Recommendations, OutcomeLevel? Level, int? Grade);

/// <summary>
/// The mentor's reference (мүнөздөмө / характеристика) on a learner at the end of a placement (domain.md §8: the practice
/// diary ends with the supervisor's reference and a grade): attitude to work, professional skills shown, discipline and
/// safety, recommendations, and a recommended result on the programme's assessment scale (with the 2–5 grade where the
/// placement's assessment takes one). The placement's mentor writes it from the last days of the placement on, and may
/// change it until they submit it; then it is locked.
/// </summary>
public class MentorReference : Entity, IDiaryRow, IDiaryRowIds
{
    public const int MaxSectionLength = 4000;

    public Guid PlacementLearnerId { get; set; }
    public Guid PlacementId { get; set; }
    public Guid CollegeId { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid LearnerId { get; set; }
    public Guid MentorId { get; private set; }

    public AssessmentScale Scale { get; private set; } = AssessmentScale.ThreeLevel;
    public bool GradeRequired { get; private set; }

    public string Attitude { get; private set; } = "";
    public string Skills { get; private set; } = "";
    public string Discipline { get; private set; } = "";
    public string? Recommendations { get; private set; }
    public OutcomeLevel RecommendedLevel { get; private set; }
    public int? RecommendedGrade { get; private set; }

    public MentorReferenceStatus Status { get; private set; } = MentorReferenceStatus.Draft;
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    Guid? ISharedWithEmployer.SharedEmployerId => EmployerId;

    public bool IsSubmitted => Status == MentorReferenceStatus.Submitted;

    /// <summary>Whether the placement's mentor may write the reference on <paramref name="today"/>: at the end of the
    /// placement — completed (or assessed), or in progress during its last <see cref="Assessment.DaysBeforeEndToStart"/>
    /// days, as for the joint assessment.</summary>
    public static bool CanWrite(Placement placement, DateOnly today) =>
        placement.MentorId is not null && placement.EmployerId is not null
        && (placement.Status is PlacementStatus.Completed or PlacementStatus.Assessed
            || (placement.Status == PlacementStatus.InProgress && today >= placement.EndDate.AddDays(-Assessment.DaysBeforeEndToStart)));

    /// <summary>The first save of the reference by the placement's mentor (<paramref name="mentorId"/>); the scale and
    /// whether a grade is asked are those of the placement's assessment (<paramref name="scale"/>,
    /// <paramref name="gradeRequired"/>, see <see cref="Assessment.TakesPracticeGrade"/>).</summary>
    public static MentorReference Write(PlacementLearner learner, Placement placement, Guid? mentorId, AssessmentScale scale, bool gradeRequired,
        MentorReferenceText text, bool submit, DateOnly today, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsMentor && mentorId is not null && mentorId == placement.MentorId, "Reference_MentorOnly");
        Guard.That(learner.PlacementId == placement.Id, "Reference_MentorOnly");
        Guard.That(CanWrite(placement, today), "Reference_NotYet", placement.EndDate.AddDays(-Assessment.DaysBeforeEndToStart).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        var reference = new MentorReference { MentorId = placement.MentorId!.Value, Scale = scale, GradeRequired = gradeRequired };
        DiaryRules.CopyIds(reference, learner);
        reference.Apply(text, submit, by, at);
        return reference;
    }

    /// <summary>A later save (and, with <paramref name="submit"/>, the submission) by the mentor who wrote it; refused once
    /// submitted.</summary>
    public void Edit(MentorReferenceText text, bool submit, Guid? mentorId, WorkflowUser by, DateTimeOffset at)
    {
        by.Require(by.IsMentor && mentorId == MentorId, "Reference_MentorOnly");
        Guard.That(Status == MentorReferenceStatus.Draft, "Reference_AlreadySubmitted");
        Apply(text, submit, by, at);
    }

    private void Apply(MentorReferenceText text, bool submit, WorkflowUser by, DateTimeOffset at)
    {
        Attitude = Section(text.Attitude, "Reference_AttitudeRequired");
        Skills = Section(text.Skills, "Reference_SkillsRequired");
        Discipline = Section(text.Discipline, "Reference_DisciplineRequired");
        Recommendations = string.IsNullOrWhiteSpace(text.Recommendations) ? null : text.Recommendations.Trim();
        Guard.That((Recommendations?.Length ?? 0) <= MaxSectionLength, "Reference_TooLong", MaxSectionLength);
        Guard.That(text.Level is { } level && Assessment.LevelsOf(Scale).Contains(level), "Reference_LevelOutOfScale");
        if (GradeRequired)
        {
            Guard.That(text.Grade is >= 2 and <= 5, "Reference_GradeOutOfRange");
        }
        else
        {
            Guard.That(text.Grade is null, "Reference_NoGrade");
        }

        RecommendedLevel = text.Level!.Value;
        RecommendedGrade = text.Grade;
        AuthorName = by.Name;
        UpdatedAt = at;
        if (submit)
        {
            Status = MentorReferenceStatus.Submitted;
            SubmittedAt = at;
        }
    }

    private static string Section(string? value, string requiredKey)
    {
        var text = Guard.Text(value, requiredKey);
        Guard.That(text.Length <= MaxSectionLength, "Reference_TooLong", MaxSectionLength);
        return text;
    }
}
