using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Localization;

namespace WblPortal.Web.Infrastructure.BadInput;

/// <summary>The most a request body may hold: the action's <c>[RequestSizeLimit]</c> (uploads: the file's limit plus
/// <see cref="FormOverheadBytes"/> for the rest of the form), else <see cref="DefaultMaxBytes"/>.</summary>
public static class RequestLimits
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>A form without a file: far more than any text a page asks for.</summary>
    public const long DefaultMaxBytes = 2 * Megabyte;

    /// <summary>What an upload's request limit adds to the file's own limit, for the form's other fields.</summary>
    public const long FormOverheadBytes = Megabyte;

    public static long LimitOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultMaxBytes;

    /// <summary>The limit as the user knows it: an upload's file limit, in whole megabytes.</summary>
    public static long LimitMegabytes(HttpContext context)
    {
        var limit = LimitOf(context);
        return (limit > DefaultMaxBytes ? limit - FormOverheadBytes : limit) / Megabyte;
    }

    /// <summary>A body over Kestrel's limit, or a form over the form reader's limits (size, field count, value length).</summary>
    public static bool IsTooLarge(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        InvalidDataException invalid => invalid.Message.Contains("limit", StringComparison.OrdinalIgnoreCase),
        _ => exception.InnerException is { } inner && IsTooLarge(inner),
    };

    /// <summary>Refuses a body whose declared length is over the endpoint's limit before anything reads it (413 and the
    /// localized error page stating the limit), and caps bodies of unknown length at the same limit.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page re-executes the refused request itself: it reads no body, so no limit applies to it.
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<SkipInputChecksAttribute>() is not null)
        {
            await next(context);
            return;
        }

        var limit = LimitOf(context);
        if (context.Request.ContentLength > limit)
        {
            var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            ErrorPage.SetReasons(context, [l["Input_TooLarge", LimitMegabytes(context)]]);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    });
}
