namespace WblPortal.Domain.Reference;

/// <summary>The most hours a week a worker of an age band may work, with the legal source: reference data (seeded by
/// a migration, changed by the platform admin) rather than code, because a new Labour Code is in preparation.</summary>
public class WorkingTimeLimit
{
    public int Id { get; set; }

    /// <summary>The band's lowest age in full years (inclusive).</summary>
    public int MinAge { get; set; }

    /// <summary>The band's upper age (exclusive); none for the general (adult) limit.</summary>
    public int? MaxAge { get; set; }

    public int HoursPerWeek { get; set; }

    /// <summary>The article of the law the limit comes from, as printed in the refusal (in each language of the portal).</summary>
    public required string SourceKy { get; set; }
    public required string SourceRu { get; set; }
    public required string SourceEn { get; set; }

    public bool Covers(int age) => age >= MinAge && (MaxAge is null || age < MaxAge);
}
