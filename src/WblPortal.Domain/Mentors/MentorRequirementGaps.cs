namespace WblPortal.Domain.Mentors;

/// <summary>The requirements on mentors of a WBL programme (Concept, section 8.3) that a mentor did not meet when
/// appointed. The employer may still appoint such a mentor, acknowledging the gaps; the college sees them.</summary>
[Flags]
public enum MentorRequirementGaps
{
    None = 0,
    Education = 1,
    Experience = 2,
    SkillGrade = 4,
    PedagogicalTraining = 8,
}

public static class MentorRequirementGapsExtensions
{
    public static readonly MentorRequirementGaps[] Each =
        [MentorRequirementGaps.Education, MentorRequirementGaps.Experience, MentorRequirementGaps.SkillGrade, MentorRequirementGaps.PedagogicalTraining];

    /// <summary>The single gaps set in the value, in a fixed order.</summary>
    public static IReadOnlyList<MentorRequirementGaps> Split(this MentorRequirementGaps gaps) => Each.Where(g => gaps.HasFlag(g)).ToList();
}
