using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace WblPortal.Web.Infrastructure.BadInput;

/// <summary>The last line against junk that got past the validators: PostgreSQL's data exceptions (class 22: a
/// character it cannot store, a number or date out of range, a text too long for its column) answer 400, integrity
/// violations (class 23: a row still referenced, a duplicate) 409, and an unreadable or oversized body 400/413 —
/// each with the localized error page instead of an exception page.</summary>
public sealed class DataErrorFilter(IStringLocalizer<SharedResource> l, ILogger<DataErrorFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (StatusOf(context.Exception) is not { } status)
        {
            return;
        }

        logger.LogWarning(context.Exception, "Refused input answered {Status}", status);
        string reason = status switch
        {
            StatusCodes.Status413PayloadTooLarge => l["Input_TooLarge", RequestLimits.LimitMegabytes(context.HttpContext)],
            StatusCodes.Status409Conflict => l["Input_InUse"],
            _ => l["Input_DataRejected"],
        };
        context.Result = ErrorPage.Result(context, status, [reason]);
        context.ExceptionHandled = true;
    }

    /// <summary>The status a refused-input exception answers, or null for a real fault (500).</summary>
    public static int? StatusOf(Exception exception)
    {
        if (RequestLimits.IsTooLarge(exception))
        {
            return StatusCodes.Status413PayloadTooLarge;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException { SqlState: var state } when state.StartsWith("22", StringComparison.Ordinal):
                    return StatusCodes.Status400BadRequest;
                case PostgresException { SqlState: var state } when state.StartsWith("23", StringComparison.Ordinal):
                    return StatusCodes.Status409Conflict;
                case BadHttpRequestException bad:
                    return bad.StatusCode;
                case InvalidDataException:
                    return StatusCodes.Status400BadRequest;
            }
        }

        return null;
    }
}
