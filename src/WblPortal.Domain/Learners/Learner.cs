using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;

namespace WblPortal.Domain.Learners;

/// <summary>A learner (student) of a college, in one study group.</summary>
public class Learner : Entity, ICollegeOwned
{
    public Guid CollegeId { get; set; }
    public College? College { get; set; }
    public Guid GroupId { get; set; }
    public StudyGroup? Group { get; set; }
    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public string? Patronymic { get; set; }
    public required string Pin { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public Gender Gender { get; set; }
    public bool HasSpecialNeeds { get; set; }
    public string? SpecialNeedsNote { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativePhone { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>Set by the college when the learner graduates (usually for the whole group); employment is then
    /// followed up 6 and 12 months later.</summary>
    public DateOnly? GraduatedOn { get; set; }

    /// <summary>Set when the retention period after graduation ended and the learner's personal fields were erased
    /// (Privacy:RetentionYears; Features/Privacy/EraseExpiredPersonalData.cs). Figures about the learner stay.</summary>
    public DateOnly? ErasedOn { get; set; }

    public string FullName => string.IsNullOrWhiteSpace(Patronymic) ? $"{LastName} {FirstName}" : $"{LastName} {FirstName} {Patronymic}";

    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return birth > day.AddYears(-age) ? age - 1 : age;
    }

    public bool IsMinorOn(DateOnly day) => AgeOn(DateOfBirth, day) < 18;
}
