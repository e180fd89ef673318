using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace WblPortal.Web.Infrastructure.BadInput;

/// <summary>Marks an action whose request is not checked (the error page, which shows the refused request).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SkipInputChecksAttribute : Attribute, IFilterMetadata;

/// <summary>Refuses, before model binding, a request whose query, route or form values hold characters no text of the
/// portal can hold: NUL and the other C0 control characters except tab and line breaks (PostgreSQL refuses NUL in
/// text with 22021, xlsx and PDF writers choke on the rest) and unpaired UTF-16 surrogates (which no encoder writes).
/// Runs as an authorization filter, since the antiforgery check reads the form as well.
/// Also turns a form too large or with too many fields to read into a localized 413/400 instead of an exception.</summary>
public sealed class InputCheckFilter(IStringLocalizer<SharedResource> l) : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After [RequestFormLimits] (900), which sets the limits the form is read with, and before the antiforgery
    /// check (1000), which reads the form too.</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.Filters.OfType<SkipInputChecksAttribute>().Any())
        {
            return;
        }

        var request = context.HttpContext.Request;
        var bad = new List<string>();
        foreach (var (key, values) in request.Query)
        {
            Check(key, values, bad);
        }

        foreach (var (key, value) in context.RouteData.Values)
        {
            if (value is string text)
            {
                Check(key, text, bad);
            }
        }

        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception ex) when (RequestLimits.IsTooLarge(ex))
            {
                context.Result = ErrorPage.Result(context, StatusCodes.Status413PayloadTooLarge,
                    [l["Input_TooLarge", RequestLimits.LimitMegabytes(context.HttpContext)]]);
                return;
            }
            catch (InvalidDataException)
            {
                context.Result = ErrorPage.Result(context, StatusCodes.Status400BadRequest, [l["Input_FormUnreadable"]]);
                return;
            }

            foreach (var (key, values) in form)
            {
                Check(key, values, bad);
            }

            foreach (var file in form.Files)
            {
                Check(file.Name, file.FileName, bad);
            }
        }

        if (bad.Count > 0)
        {
            context.Result = ErrorPage.Result(context, StatusCodes.Status400BadRequest, bad.Select(field => l["Input_BadCharacters", field].Value));
        }
    }

    private static void Check(string key, StringValues values, List<string> bad)
    {
        if (!IsClean(key))
        {
            bad.Add("?");
            return;
        }

        foreach (var value in values)
        {
            if (value is not null && !IsClean(value))
            {
                bad.Add(key.Length > 40 ? key[..40] : key);
                return;
            }
        }
    }

    /// <summary>True when the text has no control character other than tab, CR and LF and no unpaired surrogate.</summary>
    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\r' or '\n'))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
