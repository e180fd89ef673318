using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace WblPortal.Web.Security;

/// <summary>One limit: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> from one client
/// (IP address), and, where the request names an account, at most <see cref="AccountPermitLimit"/> for one account.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; } = 60;
    public int AccountPermitLimit { get; set; }
}

/// <summary>The <c>RateLimiting</c> settings; a limit of 0 turns that limit off.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60, AccountPermitLimit = 10 };
    public RateLimitRule PasswordReset { get; set; } = new() { PermitLimit = 10, WindowSeconds = 300, AccountPermitLimit = 3 };
    public RateLimitRule Invitation { get; set; } = new() { PermitLimit = 20, WindowSeconds = 300 };
    public RateLimitRule Verify { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    /// <summary>Exports (xlsx) and document downloads (PDF, scans), per signed-in user.</summary>
    public RateLimitRule Downloads { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };
}

public enum RateLimitKind
{
    SignIn,
    PasswordReset,
    Invitation,
    Verify,
    Downloads,
}

/// <summary>The portal's fixed-window limiters, partitioned by kind and by client or account.</summary>
public sealed class PortalRateLimiter(IOptions<RateLimitingOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
    {
        var (rule, limit) = Rule(options.Value, key);
        return limit <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromSeconds(Math.Max(1, rule.WindowSeconds)),
                QueueLimit = 0,
            });
    });

    private readonly ConcurrentDictionary<string, bool> _downloadActions = new();

    /// <summary>Takes a permit for the client (an IP address) or, with <paramref name="account"/>, for the account.</summary>
    public bool TryAcquire(RateLimitKind kind, string client, string? account = null)
    {
        using var lease = _limiter.AttemptAcquire(Key(kind, client, account));
        return lease.IsAcquired;
    }

    public bool IsExhausted(RateLimitKind kind, string client, string? account = null) =>
        _limiter.GetStatistics(Key(kind, client, account)) is { CurrentAvailablePermits: <= 0 };

    public int WindowSeconds(RateLimitKind kind) => Rule(options.Value, Key(kind, "", null)).Rule.WindowSeconds;

    /// <summary>Actions seen answering a file, so that their next call is refused before the file is built.</summary>
    public bool IsDownloadAction(string actionId) => _downloadActions.ContainsKey(actionId);

    public void MarkDownloadAction(string actionId) => _downloadActions.TryAdd(actionId, true);

    public void Dispose() => _limiter.Dispose();

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string Key(RateLimitKind kind, string client, string? account) =>
        account is null ? $"{kind}|c|{client}" : $"{kind}|a|{account.Trim().ToUpperInvariant()}";

    /// <summary>The rule of a key and its limit: downloads count per account with the client limit.</summary>
    private static (RateLimitRule Rule, int Limit) Rule(RateLimitingOptions o, string key)
    {
        var parts = key.Split('|', 3);
        var kind = Enum.Parse<RateLimitKind>(parts[0]);
        var rule = kind switch
        {
            RateLimitKind.SignIn => o.SignIn,
            RateLimitKind.PasswordReset => o.PasswordReset,
            RateLimitKind.Invitation => o.Invitation,
            RateLimitKind.Verify => o.Verify,
            _ => o.Downloads,
        };
        return (rule, parts[1] == "a" && kind != RateLimitKind.Downloads ? rule.AccountPermitLimit : rule.PermitLimit);
    }
}

/// <summary>The limits per client of the anonymous endpoints: sign-in, password reset, invitation acceptance and
/// document verification, chosen by path. Refused requests answer 429 with the localized error page.</summary>
public static class PortalRateLimiting
{
    public static RateLimitKind? KindOf(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        var post = HttpMethods.IsPost(request.Method);
        if (post && (path.Equals("/account/login", StringComparison.OrdinalIgnoreCase) || path.Equals("/account/login-2fa", StringComparison.OrdinalIgnoreCase)))
        {
            return RateLimitKind.SignIn;
        }

        if (post && (path.Equals("/account/forgot-password", StringComparison.OrdinalIgnoreCase) || path.Equals("/account/reset-password", StringComparison.OrdinalIgnoreCase)))
        {
            return RateLimitKind.PasswordReset;
        }

        if (path.Equals("/account/accept-invitation", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitKind.Invitation;
        }

        return path.Equals("/verify", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/verify/", StringComparison.OrdinalIgnoreCase)
            ? RateLimitKind.Verify
            : null;
    }

    public static void SetRetryAfter(HttpResponse response, int seconds) =>
        response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);

    public static IActionResult TooManyRequests(HttpContext context, PortalRateLimiter limiter, RateLimitKind kind)
    {
        SetRetryAfter(context.Response, limiter.WindowSeconds(kind));
        return new StatusCodeResult(StatusCodes.Status429TooManyRequests);
    }
}

/// <summary>The per-client limit of the endpoints <see cref="PortalRateLimiting.KindOf"/> names (a global filter).</summary>
public sealed class ClientRateLimitFilter(PortalRateLimiter limiter) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (PortalRateLimiting.KindOf(context.HttpContext.Request) is { } kind && !limiter.TryAcquire(kind, PortalRateLimiter.ClientOf(context.HttpContext)))
        {
            context.Result = PortalRateLimiting.TooManyRequests(context.HttpContext, limiter, kind);
            return;
        }

        await next();
    }
}

/// <summary>Limits an action per account: the <c>Email</c> of its bound form model (sign-in, password reset), so that
/// guessing one account's password from many addresses is slowed too. Unknown addresses count like known ones.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AccountRateLimitAttribute(RateLimitKind kind) : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var email = context.ActionArguments.Values
            .Select(v => v?.GetType().GetProperty("Email")?.GetValue(v) as string)
            .FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
        var limiter = context.HttpContext.RequestServices.GetRequiredService<PortalRateLimiter>();
        if (email is not null && !limiter.TryAcquire(kind, PortalRateLimiter.ClientOf(context.HttpContext), email))
        {
            context.Result = PortalRateLimiting.TooManyRequests(context.HttpContext, limiter, kind);
            return;
        }

        await next();
    }
}

/// <summary>Limits file answers (xlsx exports, PDFs, scans) per signed-in user, or per client when anonymous. An action
/// is known to be a download once it has answered a file; from then on an exhausted user is refused before the file
/// is built.</summary>
public sealed class DownloadRateLimitFilter(PortalRateLimiter limiter) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var client = PortalRateLimiter.ClientOf(http);
        var account = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var actionId = context.ActionDescriptor.Id;
        if (limiter.IsDownloadAction(actionId) && limiter.IsExhausted(RateLimitKind.Downloads, client, account))
        {
            context.Result = PortalRateLimiting.TooManyRequests(http, limiter, RateLimitKind.Downloads);
            return;
        }

        var executed = await next();
        if (executed.Exception is null && executed.Result is FileResult)
        {
            limiter.MarkDownloadAction(actionId);
            if (!limiter.TryAcquire(RateLimitKind.Downloads, client, account))
            {
                executed.Result = PortalRateLimiting.TooManyRequests(http, limiter, RateLimitKind.Downloads);
            }
        }
    }
}
