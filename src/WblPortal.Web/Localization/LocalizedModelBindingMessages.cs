using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace WblPortal.Web.Localization;

/// <summary>MVC's model-binding messages ("The value 'abc' is not valid for X") in the user's language. The
/// accessors run per request, so the localizer answers in the request's UI culture. Number and date fields say
/// what to enter instead ("Enter a number."), since the generic message cannot know the field's type.</summary>
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
        messages.SetValueMustBeANumberAccessor(_ => l["ModelBinding_EnterNumber"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["ModelBinding_EnterNumber"]);
        options.ModelMetadataDetailsProviders.Add(new TypedMessages(messages, l));
    }

    /// <summary>Gives number and date properties their own "enter a number/date" message for a value that does not parse.</summary>
    private sealed class TypedMessages(DefaultModelBindingMessageProvider general, IStringLocalizer l) : IBindingMetadataProvider
    {
        public void CreateBindingMetadata(BindingMetadataProviderContext context)
        {
            var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
            string? key = type switch
            {
                _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
                    || type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "ModelBinding_EnterNumber",
                _ when type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) => "ModelBinding_EnterDate",
                _ => null,
            };
            if (key is null)
            {
                return;
            }

            var provider = new DefaultModelBindingMessageProvider(general);
            provider.SetAttemptedValueIsInvalidAccessor((_, _) => l[key]);
            provider.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l[key]);
            provider.SetValueIsInvalidAccessor(_ => l[key]);
            context.BindingMetadata.ModelBindingMessageProvider = provider;
        }
    }
}
