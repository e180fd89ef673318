using System.Security.Cryptography;
using System.Text;
using WblPortal.Domain.Access;

namespace WblPortal.Infrastructure.Identity;

/// <summary>A single-use link that lets a person create their account in a given role and organization.
/// Only the SHA-256 of the token is stored.</summary>
public class Invitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Email { get; set; }
    public required string FullName { get; set; }
    public required string Role { get; set; }
    public OrganizationKind OrganizationKind { get; set; }
    public Guid? OrganizationId { get; set; }
    public Guid? MentorId { get; set; }
    public Guid? LearnerId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public string? InvitedByUserId { get; set; }

    public bool IsUsable(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();
}
