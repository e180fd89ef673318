using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using WblPortal.Domain.Access;
using WblPortal.Domain.Api;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.Web.Features.Api;

/// <summary>The claims an API client's principal carries beside the role <see cref="Roles.ApiClient"/>.</summary>
public static class ApiClaims
{
    public const string ClientId = "wbl:api_client";
    public const string Scope = "wbl:api_scope";

    /// <summary>The principal every national reader of the portal's own open data acts as (no token, no user).</summary>
    public static ClaimsPrincipal OpenDataReader { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "open-data"), new Claim(ClaimTypes.Role, Roles.ApiClient), new Claim(PortalClaims.FullName, "open-data")],
        "OpenData"));
}

/// <summary>The API's own authentication scheme: <c>Authorization: Bearer &lt;token&gt;</c>, looked up by the token's
/// SHA-256 among the clients not revoked. Used only by the endpoints under /api/v1 (their policies name this scheme
/// alone), so the sign-in cookie never authenticates an API call and a token never signs in to a page. Refusals answer
/// an RFC 7807 problem: 401 (no, unknown or revoked token) and 403 (a scope the client lacks).</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    WblDbContext db, IStringLocalizer<ApiResource> api)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    private const int MaxTokenLength = 200;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (token.Length is 0 or > MaxTokenLength)
        {
            return AuthenticateResult.Fail("Malformed token.");
        }

        var hash = ApiClient.Hash(token);
        // A token look-up: no actor exists before it (FilterBypassAllowListTests).
        var client = await db.ApiClients.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking()
            .Where(c => c.TokenHash == hash)
            .Select(c => new { c.Id, c.Name, c.Scopes, c.RevokedAt })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (client is null || client.RevokedAt is not null)
        {
            return AuthenticateResult.Fail(client is null ? "Unknown token." : "Revoked token.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "api:" + client.Id),
            new(ClaimTypes.Role, Roles.ApiClient),
            new(PortalClaims.FullName, client.Name),
            new(ApiClaims.ClientId, client.Id.ToString()),
        };
        claims.AddRange(client.Scopes.Select(s => new Claim(ApiClaims.Scope, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var given = Request.Headers.Authorization.Count > 0;
        Response.Headers.WWWAuthenticate = given ? "Bearer realm=\"wbl\", error=\"invalid_token\"" : "Bearer realm=\"wbl\"";
        return ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized, api[given ? "Problem_InvalidToken" : "Problem_NoToken"]);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, api["Problem_Scope"]);
}

/// <summary>Every refusal of the API as an RFC 7807 problem (application/problem+json), never the portal's HTML page.</summary>
public static class ApiProblem
{
    public static Task WriteAsync(HttpContext context, int status, string detail, string? title = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);

    public static IResult BadParameter(IStringLocalizer<ApiResource> api, string name) =>
        Results.Problem(detail: api["Problem_BadParameter", name], statusCode: StatusCodes.Status400BadRequest);
}
