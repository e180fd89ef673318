using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.TagHelpers;

/// <summary><c>&lt;local-time value="Model.At" /&gt;</c> (or <c>date-only="true"</c>): an instant as a <c>&lt;time&gt;</c>
/// element in Bishkek time (<see cref="PortalTime"/>), its machine-readable <c>datetime</c> carrying the +06:00 offset.
/// Nothing is written for a null value.</summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper : TagHelper
{
    [HtmlAttributeName("value")]
    public DateTimeOffset? Value { get; set; }

    [HtmlAttributeName("date-only")]
    public bool DateOnly { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Value is not { } at)
        {
            output.SuppressOutput();
            return;
        }

        var local = at.InBishkek();
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", DateOnly
            ? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture));
        output.Content.SetContent(DateOnly ? PortalTime.FormatDate(at) : PortalTime.Format(at));
    }
}
