namespace WblPortal.Domain.Common;

/// <summary>Base of every editable domain row: a client-generated, time-ordered key and the PostgreSQL
/// <c>xmin</c> concurrency token.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Maps to PostgreSQL's system column <c>xmin</c>; the second of two concurrent writers fails.</summary>
    public uint Version { get; set; }
}

/// <summary>A row that belongs to one college (the tenant).</summary>
public interface ICollegeOwned
{
    Guid CollegeId { get; }
}

/// <summary>A row that belongs to one employer.</summary>
public interface IEmployerOwned
{
    Guid EmployerId { get; }
}
