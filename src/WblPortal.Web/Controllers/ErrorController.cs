using Microsoft.AspNetCore.Mvc;

namespace WblPortal.Web.Controllers;

[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int?}")]
    public IActionResult Index(int? code)
    {
        Response.StatusCode = code ?? 500;
        return View(code ?? 500);
    }
}
