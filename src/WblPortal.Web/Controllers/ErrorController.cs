using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Infrastructure.BadInput;

namespace WblPortal.Web.Controllers;

/// <summary>The localized error page that status-code re-execution and the exception handler show. It binds nothing
/// from the request (the request may be the very junk that was refused: a form too large to read, NUL bytes) and
/// shows only statuses that exist.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
[SkipInputChecks]
public sealed class ErrorController : Controller
{
    [Route("/error/{statusCode:int:range(400,599)?}")]
    public IActionResult Index()
    {
        var status = int.TryParse(RouteData.Values["statusCode"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 500;
        Response.StatusCode = status;
        ViewData[ErrorPage.IsErrorPage] = true;
        return View(new ErrorPageModel(status, ErrorPage.ReasonsOf(HttpContext)));
    }
}
