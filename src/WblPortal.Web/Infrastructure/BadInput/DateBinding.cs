using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace WblPortal.Web.Infrastructure.BadInput;

/// <summary>Binds every <see cref="DateOnly"/> and <see cref="DateTime"/> (nullable or not) from the text the portal's
/// date fields take (<see cref="DateText"/>): <c>dd.MM.yyyy</c> in every language, ISO <c>yyyy-MM-dd</c> too —
/// whatever the request's culture, in forms and query strings alike (MVC's own binder reads forms in the request's
/// culture and query strings in the invariant one). Junk ("abc") and days that do not exist ("31.02.2027") get a
/// localized message next to the field, keeping the typed text so the user can correct it; a GET is refused with the
/// reason by <see cref="QueryBindingFilter"/>.</summary>
public sealed class DateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(DateOnly) ? new DateBinder(withTime: false)
            : type == typeof(DateTime) ? new DateBinder(withTime: true)
            : null;
    }

    private sealed class DateBinder(bool withTime) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var result = context.ValueProvider.GetValue(context.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            var text = result.FirstValue?.Trim() ?? "";
            context.ModelState.SetModelValue(context.ModelName, result);
            if (text.Length == 0)
            {
                // An empty field is "no date": a required date is the validator's to refuse, with its own message.
                if (Nullable.GetUnderlyingType(context.ModelType) is not null)
                {
                    context.Result = ModelBindingResult.Success(null);
                }

                return Task.CompletedTask;
            }

            object? value = null;
            DateText.Problem problem;
            if (withTime)
            {
                problem = DateText.TryParseDateTime(text, out var at);
                value = at;
            }
            else
            {
                problem = DateText.TryParseDate(text, out var day);
                value = day;
            }

            if (problem == DateText.Problem.None)
            {
                context.Result = ModelBindingResult.Success(value);
                return Task.CompletedTask;
            }

            var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var shown = text.Length > 20 ? text[..20] + "…" : text;
            var message = problem == DateText.Problem.NoSuchDay
                ? l["Date_NoSuchDay", shown].Value
                : withTime ? l["Date_EnterDateTime"].Value : l["Date_EnterDate"].Value;
            context.ModelState.TryAddModelError(context.ModelName, message);
            context.Result = ModelBindingResult.Failed();
            StrictBindingProvider.Remember(context, $"{context.ModelMetadata.Name ?? context.ModelName}: {message}");
            return Task.CompletedTask;
        }
    }
}
