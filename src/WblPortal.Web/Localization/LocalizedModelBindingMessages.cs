using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace WblPortal.Web.Localization;

/// <summary>MVC's model-binding messages ("The value 'abc' is not valid", "The field must be a number") in the
/// user's language. The accessors run per request, so the localizer answers in the request's UI culture.</summary>
public sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(name => l["ModelBinding_MissingBindRequiredValue", name]);
        messages.SetMissingKeyOrValueAccessor(() => l["ModelBinding_MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["ModelBinding_MissingRequestBodyRequiredValue"]);
        messages.SetValueMustNotBeNullAccessor(_ => l["ModelBinding_ValueMustNotBeNull"]);
        messages.SetAttemptedValueIsInvalidAccessor((value, name) => l["ModelBinding_AttemptedValueIsInvalid", value, name]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["ModelBinding_NonPropertyAttemptedValueIsInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(name => l["ModelBinding_UnknownValueIsInvalid", name]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["ModelBinding_NonPropertyUnknownValueIsInvalid"]);
        messages.SetValueIsInvalidAccessor(value => l["ModelBinding_ValueIsInvalid", value]);
        messages.SetValueMustBeANumberAccessor(name => l["ModelBinding_ValueMustBeANumber", name]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["ModelBinding_NonPropertyValueMustBeANumber"]);
    }
}
