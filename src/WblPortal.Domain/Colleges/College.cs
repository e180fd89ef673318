using WblPortal.Domain.Common;
using WblPortal.Domain.Reference;

namespace WblPortal.Domain.Colleges;

public enum CollegeKind
{
    College = 1,
    Lyceum = 2,
}

/// <summary>A vocational education organization: the tenant of the portal.</summary>
public class College : Entity, ICollegeOwned
{
    public required string NameKy { get; set; }
    public required string NameRu { get; set; }
    public string? NameEn { get; set; }
    public CollegeKind Kind { get; set; } = CollegeKind.College;
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public required string City { get; set; }
    public required string Address { get; set; }
    public required string DirectorName { get; set; }
    public Guid? MinistryId { get; set; }
    public Ministry? Ministry { get; set; }
    public List<NqfLevel> NqfLevels { get; set; } = [];

    Guid ICollegeOwned.CollegeId => Id;
}
