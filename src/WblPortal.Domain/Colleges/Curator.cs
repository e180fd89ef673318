using WblPortal.Domain.Common;

namespace WblPortal.Domain.Colleges;

/// <summary>A college's curator: a master of industrial training or a teacher who accompanies a group's WBL.</summary>
public class Curator : Entity, ICollegeOwned
{
    public Guid CollegeId { get; set; }
    public College? College { get; set; }
    public required string FullName { get; set; }
    public required string Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
