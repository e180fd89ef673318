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
    /// ministry's figures) equal to the latest pedagogy training on record. Without any pedagogy training on record the
    /// date entered on the mentor's form stays, unless <paramref name="pedagogyRemoved"/>: the change took away the
    /// pedagogy training the date came from.</summary>
    public void ApplyTrainings(IEnumerable<MentorTraining> trainings, bool pedagogyRemoved = false)
    {
        var pedagogy = trainings.Where(t => t.MentorId == Id && t.Kind == MentorTrainingKind.Pedagogy).Select(t => t.Date).ToList();
        if (pedagogy.Count > 0)
        {
            PedagogicalTrainingDate = pedagogy.Max();
        }
        else if (pedagogyRemoved)
        {
            PedagogicalTrainingDate = null;
        }
    }
}
