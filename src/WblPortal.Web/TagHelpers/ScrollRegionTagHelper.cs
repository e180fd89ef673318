using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace WblPortal.Web.TagHelpers;

/// <summary>Every <c>&lt;div class="table-responsive"&gt;</c> scrolls sideways on a phone, so keyboard users must be able
/// to focus it (WCAG 2.1.1, axe "scrollable-region-focusable"): it becomes a named region with <c>tabindex="0"</c>.
/// Its name is the table's <c>aria-labelledby</c>, caption or <c>aria-label</c> when it has one, else a generic "Table (scrolls sideways)";
/// a view may also set the wrapper's own <c>aria-label</c>.</summary>
[HtmlTargetElement("div", Attributes = "[class^=table-responsive]")]
public sealed partial class ScrollRegionTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        if (output.Attributes.ContainsName("aria-label") || output.Attributes.ContainsName("aria-labelledby"))
        {
            return;
        }

        var html = (await output.GetChildContentAsync()).GetContent();
        if (TableLabelledByPattern().Match(html) is { Success: true } labelledBy)
        {
            output.Attributes.SetAttribute("aria-labelledby", labelledBy.Groups[1].Value);
            return;
        }

        var caption = CaptionPattern().Match(html) is { Success: true } c ? c.Groups[1].Value
            : TableLabelPattern().Match(html) is { Success: true } t ? t.Groups[1].Value
            : null;
        var name = caption is null ? null : WebUtility.HtmlDecode(TagPattern().Replace(caption, " ")).Trim();
        output.Attributes.SetAttribute("aria-label", string.IsNullOrWhiteSpace(name) ? localizer["Table_ScrollRegion"].Value : MultipleSpaces().Replace(name, " "));
    }

    [GeneratedRegex(@"<caption\b[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"<table\b[^>]*\saria-label=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex TableLabelPattern();

    [GeneratedRegex(@"<table\b[^>]*\saria-labelledby=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex TableLabelledByPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();
}
