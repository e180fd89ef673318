using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;

namespace WblPortal.Web.Controllers;

public sealed class HomeController : Controller
{
    /// <summary>Signed-in users go to their party's dashboard; visitors see the welcome page.</summary>
    [HttpGet("/")]
    public IActionResult Index()
    {
        var area = Policies.AreaOf(User.FindFirstValue(ClaimTypes.Role));
        return area.Length > 0 ? Redirect("/" + area) : View();
    }
}
