namespace WblPortal.Domain.Reference;

/// <summary>A region of the Kyrgyz Republic (ISO 3166-2 code, e.g. KG-GB).</summary>
public class Region
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameKy { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
}
