using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.TagHelpers;

/// <summary><c>&lt;th sort-key="name" list-query="Model.Query"&gt;Name&lt;/th&gt;</c>: a header cell whose text links
/// to the list sorted by that column (toggling the direction), with aria-sort for screen readers.</summary>
[HtmlTargetElement("th", Attributes = "sort-key,list-query")]
public sealed class SortHeaderTagHelper : TagHelper
{
    [HtmlAttributeName("sort-key")]
    public string Key { get; set; } = "";

    [HtmlAttributeName("list-query")]
    public ListQuery Query { get; set; } = new();

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = (await output.GetChildContentAsync()).GetContent();
        var active = string.Equals(Query.Sort, Key, StringComparison.OrdinalIgnoreCase);
        var desc = active && !Query.Desc;
        var url = QueryUrl.With(ViewContext.HttpContext.Request, ("sort", Key), ("desc", desc ? "true" : null), ("page", null));
        var arrow = active ? (Query.Desc ? " ▼" : " ▲") : "";
        output.Attributes.SetAttribute("aria-sort", active ? (Query.Desc ? "descending" : "ascending") : "none");
        output.Attributes.SetAttribute("scope", "col");
        output.Content.SetHtmlContent($"<a href=\"{System.Net.WebUtility.HtmlEncode(url)}\">{content}{arrow}</a>");
    }
}

/// <summary><c>&lt;pager list="Model.Items" /&gt;</c>: previous / next links with "page X of Y".</summary>
[HtmlTargetElement("pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    [HtmlAttributeName("page")]
    public int Page { get; set; }

    [HtmlAttributeName("page-count")]
    public int PageCount { get; set; }

    [HtmlAttributeName("total")]
    public int Total { get; set; }

    /// <summary>The query-string parameter holding the page number: a second list on a page pages by its own.</summary>
    [HtmlAttributeName("page-param")]
    public string PageParam { get; set; } = "page";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var request = ViewContext.HttpContext.Request;
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("aria-label", localizer["Pager_Label"].Value);
        output.Attributes.SetAttribute("class", "d-flex flex-wrap align-items-center gap-2 my-2");
        var html = new System.Text.StringBuilder();
        html.Append("<span class=\"text-body-secondary small\">")
            .Append(System.Net.WebUtility.HtmlEncode(localizer["Pager_Status", Page, PageCount, Total].Value))
            .Append("</span>");
        html.Append("<ul class=\"pagination pagination-sm mb-0\">");
        Link(html, Page > 1, QueryUrl.With(request, (PageParam, (Page - 1).ToString(CultureInfo.InvariantCulture))), localizer["Pager_Previous"].Value, "prev");
        Link(html, Page < PageCount, QueryUrl.With(request, (PageParam, (Page + 1).ToString(CultureInfo.InvariantCulture))), localizer["Pager_Next"].Value, "next");
        html.Append("</ul>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static void Link(System.Text.StringBuilder html, bool enabled, string url, string text, string rel)
    {
        var encodedText = System.Net.WebUtility.HtmlEncode(text);
        html.Append(enabled
            ? $"<li class=\"page-item\"><a class=\"page-link\" rel=\"{rel}\" href=\"{System.Net.WebUtility.HtmlEncode(url)}\">{encodedText}</a></li>"
            : $"<li class=\"page-item disabled\"><span class=\"page-link\">{encodedText}</span></li>");
    }
}

public static class QueryUrl
{
    /// <summary>The current path and query with some parameters replaced (null removes one).</summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var values = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var builder = new QueryBuilder(values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => new KeyValuePair<string, string>(v.Key, v.Value)));
        return request.PathBase + request.Path + builder.ToQueryString();
    }
}
