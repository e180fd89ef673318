using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.TagHelpers;

/// <summary>Every date field of the portal as a text field typed <c>dd.MM.yyyy</c> (<see cref="DateText"/>), never a
/// native <c>&lt;input type="date"&gt;</c>: Chromium shows that one in the browser's locale (mm/dd/yyyy in a Kyrgyz UI on
/// an English browser), not the page's. Applies by itself to <c>&lt;input asp-for="X"&gt;</c> when X is a
/// <see cref="DateOnly"/> or <see cref="DateTime"/> (nullable or not), and to a plain input given
/// <c>date-value="@day"</c> (a form whose model is not the page's). It writes the value as <c>dd.MM.yyyy</c> (or
/// <c>dd.MM.yyyy HH:mm</c>), or the text the user typed when it did not parse; a <c>pattern</c>, a numeric keyboard
/// on phones, a placeholder in the page's language and a format hint read by screen readers. The label stays the
/// view's. The date model binder (<c>DateBinderProvider</c>) reads the same text back.</summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("input", Attributes = DateValueAttribute)]
public sealed class DateInputTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string DateValueAttribute = "date-value";

    /// <summary>After MVC's input tag helper, whose <c>type="date"</c> and ISO value it replaces.</summary>
    public override int Order => 100;

    [HtmlAttributeName(ForAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? For { get; set; }

    /// <summary>The date of a plain (not <c>asp-for</c>) date input.</summary>
    [HtmlAttributeName(DateValueAttribute)]
    public DateOnly? DateValue { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var plain = context.AllAttributes.ContainsName(DateValueAttribute);
        bool withTime;
        object? model;
        string? name;
        if (plain)
        {
            withTime = false;
            model = DateValue;
            name = output.Attributes.TryGetAttribute("name", out var n) ? n.Value?.ToString() : null;
        }
        else
        {
            var type = For is null ? null : Nullable.GetUnderlyingType(For.Metadata.ModelType) ?? For.Metadata.ModelType;
            if (type != typeof(DateOnly) && type != typeof(DateTime))
            {
                return;
            }

            // A hidden field (a week's start carried by a step form) keeps its machine value.
            var declared = context.AllAttributes.TryGetAttribute("type", out var t) ? t.Value?.ToString() : null;
            if (declared is not (null or "date" or "datetime-local" or "text"))
            {
                return;
            }

            withTime = type == typeof(DateTime);
            model = For!.Model;
            name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        }

        var text = model switch
        {
            DateOnly day => DateText.Format(day),
            DateTime at => DateText.Format(at),
            _ => "",
        };
        // A value that did not parse is shown as typed, next to its message, for the user to correct.
        if (name is not null && ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            && entry.AttemptedValue is { } attempted)
        {
            text = attempted;
            output.Attributes.SetAttribute("aria-invalid", "true");
        }

        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("value", text);
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("pattern", withTime ? DateText.DateTimeHtmlPattern : DateText.DateHtmlPattern);
        output.Attributes.SetAttribute("maxlength", withTime ? "19" : "10");
        output.Attributes.SetAttribute("placeholder", withTime ? l["DateTime_Placeholder"].Value : l["Date_Placeholder"].Value);
        var hint = withTime ? l["DateTime_FormatHint"].Value : l["Date_FormatHint"].Value;
        output.Attributes.SetAttribute("title", hint);
        output.Attributes.SetAttribute("data-date-input", withTime ? "datetime" : "date");
        foreach (var html5 in new[] { "min", "max", "step" })
        {
            output.Attributes.RemoveAll(html5);
        }

        var id = output.Attributes.TryGetAttribute("id", out var idAttribute) ? idAttribute.Value?.ToString() : null;
        id ??= name is null ? null : TagBuilder.CreateSanitizedId(name, "_");
        if (id is null)
        {
            return;
        }

        var hintId = id + "-format";
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var d) ? d.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrWhiteSpace(describedBy) ? hintId : describedBy + " " + hintId);
        output.PostElement.AppendHtml(new HtmlString($"<span id=\"{System.Net.WebUtility.HtmlEncode(hintId)}\" class=\"visually-hidden\">"));
        output.PostElement.Append(hint);
        output.PostElement.AppendHtml("</span>");
    }
}
