using WblPortal.Domain.Common;

namespace WblPortal.Domain.Employers;

/// <summary>A site or department of an employer (workshop, branch) with the number of learners it can take at a
/// time. A placement names its site by <see cref="Name"/>; confirming more learners than the site holds over
/// overlapping dates is refused.</summary>
public class EmployerSite : Entity, IEmployerOwned
{
    public Guid EmployerId { get; set; }
    public Employer? Employer { get; set; }
    public required string Name { get; set; }
    public int Capacity { get; set; }
    public string? Address { get; set; }

    /// <summary>How a placement's free-text site is matched to a site: trimmed, case folded.</summary>
    public static string KeyOf(string? name) => (name ?? "").Trim().ToLowerInvariant();
}
