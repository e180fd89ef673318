using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;

namespace WblPortal.Domain.Mentors;

public enum EducationLevel
{
    Secondary = 1,
    PrimaryVocational = 2,
    SecondaryVocational = 3,
    Higher = 4,
}

/// <summary>An employee of an enterprise appointed to accompany learners through WBL (насаатчы).</summary>
public class Mentor : Entity, IEmployerOwned
{
    public Guid EmployerId { get; set; }
    public Employer? Employer { get; set; }
    public required string FullName { get; set; }
    public required string Position { get; set; }
    public EducationLevel EducationLevel { get; set; }
    public int YearsOfExperience { get; set; }
    public int? SkillGrade { get; set; }
    public DateOnly? PedagogicalTrainingDate { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>Keeps <see cref="PedagogicalTrainingDate"/> (read by the programme's requirements check and the
    /// ministry's figures) equal to the latest pedagogy training on record, once trainings are recorded.</summary>
    public void ApplyTrainings(IEnumerable<MentorTraining> trainings)
    {
        var pedagogy = trainings.Where(t => t.MentorId == Id && t.Kind == MentorTrainingKind.Pedagogy).Select(t => (DateOnly?)t.Date).ToList();
        PedagogicalTrainingDate = pedagogy.Count == 0 ? null : pedagogy.Max();
    }
}
