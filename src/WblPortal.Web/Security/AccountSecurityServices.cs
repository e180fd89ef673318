using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Security;

/// <summary>Registers the account-security parts: password policy and hashing cost, one-time authenticator codes,
/// rate limits.</summary>
public static class AccountSecurityServices
{
    public static IdentityBuilder AddAccountSecurity(this IdentityBuilder identity, IConfiguration configuration)
    {
        var services = identity.Services;
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddOptions<PasswordHasherOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<SecurityOptions>>((o, security) => o.IterationCount = security.Value.PasswordHashIterations);
        services.Configure<IdentityOptions>(o =>
        {
            // OWASP ASVS 5 (L2): length and a breached-password check rather than composition rules.
            o.Password.RequiredLength = 12;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 1;
            o.Tokens.AuthenticatorTokenProvider = ReplayProtectedAuthenticatorTokenProvider.Name;
        });
        services.Configure<MvcOptions>(o =>
        {
            o.Filters.Add<ClientRateLimitFilter>();
            o.Filters.Add<DownloadRateLimitFilter>();
        });
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.Section));
        services.AddSingleton<PortalRateLimiter>();
        services.AddScoped<DummyPasswordHash>();
        return identity
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddTokenProvider<ReplayProtectedAuthenticatorTokenProvider>(ReplayProtectedAuthenticatorTokenProvider.Name);
    }
}

/// <summary>A hash of a random password at the configured cost, verified against when the email is unknown (or the
/// account locked) so that every failed sign-in costs the same time. Scoped like Identity's hasher; the hash is made
/// once per cost.</summary>
public sealed class DummyPasswordHash(IPasswordHasher<ApplicationUser> hasher, Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> Hashes = new();
    private static readonly ApplicationUser Nobody = new() { FullName = "" };

    public void Verify(string password)
    {
        var hash = Hashes.GetOrAdd(options.Value.IterationCount, _ => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
