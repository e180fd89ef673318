using System.Diagnostics;
using Serilog.Context;

namespace WblPortal.Web.Infrastructure.Operations;

/// <summary>
/// Gives each request a correlation id: the caller's <c>X-Correlation-Id</c> when it is a plain token (letters, digits,
/// <c>-_.:</c>, at most 64), otherwise the request's trace id. The id is echoed in the response header, is the request's
/// <c>TraceIdentifier</c>, tags the request's trace and is a property (<c>CorrelationId</c>)
/// of every log event written while the request runs, so one request's lines can be found across instances.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = Accept(context.Request.Headers[Header].ToString())
            ?? Activity.Current?.TraceId.ToHexString()
            ?? context.TraceIdentifier;
        context.TraceIdentifier = id;
        Activity.Current?.SetTag("correlation.id", id);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }

    /// <summary>The caller's id when it is safe to log and echo; null otherwise.</summary>
    internal static string? Accept(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : null;
}
