using WblPortal.Domain.Common;
using WblPortal.Domain.Reference;

namespace WblPortal.Domain.Employers;

/// <summary>The sector of the economy an employer works in.</summary>
public enum EconomicSector
{
    Agriculture = 1,
    Construction = 2,
    Manufacturing = 3,
    Energy = 4,
    Mining = 5,
    Transport = 6,
    Trade = 7,
    Hospitality = 8,
    InformationTechnology = 9,
    Education = 10,
    Health = 11,
    Services = 12,
}

/// <summary>An enterprise that hosts learners; an organization of its own that partners with many colleges.</summary>
public class Employer : Entity, IEmployerOwned
{
    public required string Name { get; set; }
    public required string Inn { get; set; }
    public EconomicSector Sector { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public required string Address { get; set; }
    public required string ContactPerson { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    Guid IEmployerOwned.EmployerId => Id;
}
