namespace WblPortal.Web.Security;

/// <summary>The <c>Security</c> settings: password hashing cost and the second factor for administrators.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512 (Identity's V3 hash format since .NET 8). Hashes with fewer
    /// iterations are rehashed at the user's next sign-in.</summary>
    public const int OwaspPbkdf2Sha512Iterations = 210_000;

    public int PasswordHashIterations { get; set; } = OwaspPbkdf2Sha512Iterations;

    /// <summary>Platform and ministry users and the administrators of colleges and employers must enrol an
    /// authenticator app before they can work.</summary>
    public bool RequireTwoFactorForAdmins { get; set; } = true;
}
