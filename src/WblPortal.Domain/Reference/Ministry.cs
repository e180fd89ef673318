using WblPortal.Domain.Common;

namespace WblPortal.Domain.Reference;

/// <summary>A ministry overseeing vocational education; names are data, since ministries are reorganized.</summary>
public class Ministry : Entity
{
    public required string NameKy { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
}
