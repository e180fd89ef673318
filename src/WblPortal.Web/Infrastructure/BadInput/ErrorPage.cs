using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace WblPortal.Web.Infrastructure.BadInput;

/// <summary>What the localized error page shows: the status and, for refused input, the reasons in the user's language.</summary>
public sealed record ErrorPageModel(int StatusCode, IReadOnlyList<string> Reasons);

/// <summary>Answers a request with the localized error page, with the reasons it was refused. Filters use it directly;
/// middleware leaves the reasons in <see cref="HttpContext.Items"/> for the re-executed <c>/error/{status}</c>.</summary>
public static class ErrorPage
{
    private const string ReasonsKey = "WblPortal.ErrorReasons";

    public static void SetReasons(HttpContext context, IEnumerable<string> reasons) =>
        context.Items[ReasonsKey] = reasons.Distinct().Take(10).ToList();

    public static IReadOnlyList<string> ReasonsOf(HttpContext context) =>
        context.Items.TryGetValue(ReasonsKey, out var value) && value is IReadOnlyList<string> reasons ? reasons : [];

    public static IActionResult Result(ActionContext context, int statusCode, IEnumerable<string> reasons)
    {
        SetReasons(context.HttpContext, reasons);
        var viewData = new ViewDataDictionary<ErrorPageModel>(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
        {
            Model = new ErrorPageModel(statusCode, ReasonsOf(context.HttpContext)),
        };
        viewData[IsErrorPage] = true;
        return new ViewResult { ViewName = "~/Views/Error/Index.cshtml", ViewData = viewData, StatusCode = statusCode };
    }

    /// <summary>The layout leaves out what could fail (the inbox bell reads the database) on an error page.</summary>
    public const string IsErrorPage = "IsErrorPage";
}
