using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace WblPortal.Web.Infrastructure.BadInput;

/// <summary>Binding of the portal's simple values, stricter and safer than MVC's own:
/// <list type="bullet">
/// <item>booleans accept true/false, on/off, yes/no, 1/0; anything else is an error that does not keep the raw text
/// (a form redisplayed with "yes" in a checkbox's model state would throw while rendering);</item>
/// <item>an int named <c>Year</c> or <c>…Year</c> (academic, intake) must be a year between <see cref="MinYear"/> and
/// <see cref="MaxYear"/>: 0, −1 or 9999 reach no date arithmetic;</item>
/// <item>every failure of a simple value is remembered, so that <see cref="QueryBindingFilter"/> refuses a GET with
/// junk in its query string with a 400 stating the reasons, rather than quietly showing something else.</item>
/// </list></summary>
public sealed class StrictBindingProvider(IList<IModelBinderProvider> providers) : IModelBinderProvider
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var metadata = context.Metadata;
        if (metadata.IsComplexType || metadata.ModelType == typeof(string) || metadata.IsEnumerableType)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(metadata.ModelType) ?? metadata.ModelType;
        if (type == typeof(bool))
        {
            return new BooleanBinder();
        }

        var inner = providers.Where(p => p != this).Select(p => p.GetBinder(context)).FirstOrDefault(b => b is not null);
        if (inner is null)
        {
            return null;
        }

        var isYear = type == typeof(int) && metadata.Name is { } name
            && (name.Equals("year", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Year", StringComparison.Ordinal));
        return new CheckedBinder(inner, isYear);
    }

    private const string FailuresKey = "WblPortal.BindingFailures";

    /// <summary>The messages of the simple values that could not be bound in this request.</summary>
    public static IReadOnlyList<string> FailuresOf(HttpContext context) =>
        context.Items.TryGetValue(FailuresKey, out var value) && value is List<string> failures ? failures : [];

    private static void Fail(ModelBindingContext context, string message)
    {
        // No raw value kept: the form is redisplayed with the model's value, never with the junk.
        context.ModelState.SetModelValue(context.ModelName, rawValue: null, attemptedValue: null);
        context.ModelState.TryAddModelError(context.ModelName, message);
        context.Result = ModelBindingResult.Failed();
        Remember(context, message);
    }

    internal static void Remember(ModelBindingContext context, string message)
    {
        var items = context.HttpContext.Items;
        if (items[FailuresKey] is not List<string> failures)
        {
            items[FailuresKey] = failures = [];
        }

        failures.Add(message.Length > 200 ? message[..200] + "…" : message);
    }

    private static IStringLocalizer L(ModelBindingContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static string FieldName(ModelBindingContext context) =>
        context.ModelMetadata.Name ?? context.ModelName;

    private sealed class BooleanBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var result = context.ValueProvider.GetValue(context.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            var text = result.FirstValue?.Trim() ?? "";
            bool? value = text.ToLowerInvariant() switch
            {
                "true" or "on" or "yes" or "1" => true,
                "false" or "off" or "no" or "0" => false,
                _ => null,
            };
            if (value is { } parsed)
            {
                // Kept as "true"/"false": a checkbox redisplayed from model state converts the text with bool.Parse.
                var canonical = parsed ? "true" : "false";
                context.ModelState.SetModelValue(context.ModelName, canonical, canonical);
                context.Result = ModelBindingResult.Success(parsed);
            }
            else if (text.Length == 0)
            {
                context.Result = Nullable.GetUnderlyingType(context.ModelType) is not null ? ModelBindingResult.Success(null) : ModelBindingResult.Success(false);
            }
            else
            {
                Fail(context, L(context)["Input_NotYesNo", FieldName(context)]);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class CheckedBinder(IModelBinder inner, bool isYear) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            var errorsBefore = context.ModelState.TryGetValue(context.ModelName, out var before) ? before.Errors.Count : 0;
            await inner.BindModelAsync(context);
            if (context.ModelState.TryGetValue(context.ModelName, out var entry) && entry.Errors.Count > errorsBefore)
            {
                // The text could not be read as the type (a word for a number, a number past int's range).
                var attempted = entry.AttemptedValue ?? "";
                if (string.IsNullOrWhiteSpace(attempted))
                {
                    return;
                }

                // A form keeps MVC's localized message next to the field ("Enter a number."); a GET is refused by
                // QueryBindingFilter with the field named.
                Remember(context, L(context)["Input_NotValid", FieldName(context), attempted.Length > 20 ? attempted[..20] + "…" : attempted]);
                return;
            }

            if (isYear && context.Result.IsModelSet && context.Result.Model is int year && year is < MinYear or > MaxYear)
            {
                Fail(context, L(context)["Input_YearRange", FieldName(context), MinYear, MaxYear]);
            }
        }
    }
}

/// <summary>A GET (a page, a list, an export) whose query string holds a value that could not be bound answers 400
/// with the reasons; forms keep their own handling (the messages next to the fields).</summary>
public sealed class QueryBindingFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && StrictBindingProvider.FailuresOf(context.HttpContext) is { Count: > 0 } failures)
        {
            context.Result = ErrorPage.Result(context, StatusCodes.Status400BadRequest, failures);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
