using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;
using WblPortal.Domain.Api;

namespace WblPortal.Web.Features.Api;

/// <summary>The <c>Api</c> settings: the rate limit per API client (a fixed window).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Requests one client may make per <see cref="WindowSeconds"/>; 0 turns the limit off.</summary>
    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>Wires the API: its token scheme, one policy per scope, the rate limiter partitioned by client and the
/// OpenAPI document (/api/v1/openapi.json, anonymous).</summary>
public static class ApiSetup
{
    public const string FiguresPolicy = "Api.Figures";
    public const string RegistryPolicy = "Api.Registry";
    public const string RateLimitPolicy = "Api.PerClient";
    public const string OpenApiPath = ApiEndpoints.Prefix + "/openapi.json";

    public static IServiceCollection AddPortalApi(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(FiguresPolicy, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiClaims.Scope, ApiScopes.Figures))
            .AddPolicy(RegistryPolicy, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiClaims.Scope, ApiScopes.Registry));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                // Runs after authorization: every request reaching it is an authenticated client's.
                var client = context.User.FindFirst(ApiClaims.ClientId)?.Value ?? "anonymous";
                return options.PermitLimit <= 0
                    ? RateLimitPartition.GetNoLimiter(client)
                    : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitLimit,
                        Window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds)),
                        QueueLimit = 0,
                    });
            });
        });

        // The refusal's text comes from a localizer given to the options (read in the request's culture when refusing).
        services.AddOptions<RateLimiterOptions>().Configure<IStringLocalizerFactory>((limiter, localizers) =>
        {
            var l = localizers.Create(typeof(ApiResource));
            limiter.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? (int)Math.Ceiling(retryAfter.TotalSeconds)
                    : options.WindowSeconds;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, l["Problem_TooManyRequests"]));
            };
        });

        services.AddOpenApi("v1", openApi =>
        {
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true;
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "WBL Portal API",
                    Version = "v1",
                    Description = "Read-only figures and registries of work-based learning in the Kyrgyz Republic, for the state's systems. "
                        + "No personal data; counts of people from 1 to 4 read \"<5\", secondary suppressions \"×\". "
                        + "Authorization: Bearer <token> of an API client registered by the platform administrator.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The API client's token, shown once when the platform administrator registers the client.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPortalApiAndDocument(this IEndpointRouteBuilder app)
    {
        app.MapPortalApi();
        app.MapOpenApi(OpenApiPath).AllowAnonymous();
        return app;
    }
}
