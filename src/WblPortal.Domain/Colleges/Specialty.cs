using WblPortal.Domain.Common;
using WblPortal.Domain.Reference;

namespace WblPortal.Domain.Colleges;

/// <summary>A specialty or profession a college teaches, with its code (шифр).</summary>
public class Specialty : Entity, ICollegeOwned
{
    public Guid CollegeId { get; set; }
    public College? College { get; set; }
    public required string Code { get; set; }
    public required string NameKy { get; set; }
    public required string NameRu { get; set; }
    public int NqfLevelId { get; set; }
    public NqfLevel? NqfLevel { get; set; }
}
