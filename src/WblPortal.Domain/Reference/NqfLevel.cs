namespace WblPortal.Domain.Reference;

/// <summary>A level of the National Qualifications Framework; reference data, since the levels are not firmly
/// documented.</summary>
public class NqfLevel
{
    public int Id { get; set; }
    public int Level { get; set; }
    public required string NameKy { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }

    /// <summary>The minimum share of WBL hours in a programme's total study hours, in percent (configurable
    /// reference data: level 4 needs more practice than levels 5 and 6).</summary>
    public decimal MinWblSharePercent { get; set; }
}
