using Microsoft.AspNetCore.Identity;
using WblPortal.Domain.Access;

namespace WblPortal.Infrastructure.Identity;

/// <summary>A portal user: one organization (platform, ministry, a college or an employer), and for mentors and
/// learners the record they are.</summary>
public class ApplicationUser : IdentityUser
{
    public required string FullName { get; set; }
    public OrganizationKind OrganizationKind { get; set; }

    /// <summary>The college, employer or ministry id; null for the platform.</summary>
    public Guid? OrganizationId { get; set; }
    public Guid? MentorId { get; set; }
    public Guid? LearnerId { get; set; }
    public string? PreferredCulture { get; set; }
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
