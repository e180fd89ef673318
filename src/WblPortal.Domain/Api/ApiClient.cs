using System.Security.Cryptography;
using System.Text;
using WblPortal.Domain.Common;

namespace WblPortal.Domain.Api;

/// <summary>A system of the state (the ministry's education information system, a statistics office) registered by
/// the platform admin to read the portal's read-only API (/api/v1). Only the SHA-256 of its bearer token is kept: the
/// token itself is shown once, when the client is registered, and can never be shown again. Revoking is final.</summary>
public class ApiClient : Entity
{
    /// <summary>Tokens start with this, so that a leaked one is recognisable in logs and secret scanners.</summary>
    public const string TokenPrefix = "wbl_";

    public required string Name { get; set; }

    /// <summary>What the client may read (<see cref="ApiScopes"/>).</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>SHA-256 of the token's UTF-8 bytes.</summary>
    public required byte[] TokenHash { get; set; }

    /// <summary>The token's first characters, shown in the list so that an admin can tell which token a client holds.</summary>
    public required string TokenHint { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>A new random token (256 bits, base64url) and the client to store for it.</summary>
    public static (ApiClient Client, string Token) Register(string name, IEnumerable<string> scopes, string createdBy, DateTimeOffset at)
    {
        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = new ApiClient
        {
            Name = name,
            Scopes = scopes.Where(ApiScopes.All.Contains).Distinct().Order(StringComparer.Ordinal).ToList(),
            TokenHash = Hash(token),
            TokenHint = token[..(TokenPrefix.Length + 6)],
            CreatedAt = at,
            CreatedBy = createdBy,
        };
        return (client, token);
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public void Revoke(string by, DateTimeOffset at)
    {
        if (RevokedAt is null)
        {
            RevokedAt = at;
            RevokedBy = by;
        }
    }
}

/// <summary>What an API client may read.</summary>
public static class ApiScopes
{
    /// <summary>National and per-college figures and Table 1 (counts, small cells suppressed).</summary>
    public const string Figures = "figures";

    /// <summary>The registries of organizations: colleges and employers (no person's data).</summary>
    public const string Registry = "registry";

    public static readonly IReadOnlyList<string> All = [Figures, Registry];
}
