using WblPortal.Domain.Common;

namespace WblPortal.Domain.Colleges;

/// <summary>A study group of one specialty and intake year.</summary>
public class StudyGroup : Entity, ICollegeOwned
{
    public Guid CollegeId { get; set; }
    public College? College { get; set; }
    public required string Name { get; set; }
    public Guid SpecialtyId { get; set; }
    public Specialty? Specialty { get; set; }
    public int IntakeYear { get; set; }
    public int YearOfStudy { get; set; }
    public Guid? CuratorId { get; set; }
    public Curator? Curator { get; set; }
}
