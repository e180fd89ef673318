using Microsoft.AspNetCore.Mvc;

namespace WblPortal.Web.Controllers;

/// <summary>The localized error page that status-code re-execution and the exception handler show.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("/error/{statusCode:int?}")]
    public IActionResult Index([FromRoute] int? statusCode)
    {
        Response.StatusCode = statusCode ?? 500;
        return View(statusCode ?? 500);
    }
}
