using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Localization;

namespace WblPortal.Web.Controllers;

public sealed class CultureController(TimeProvider clock) : Controller
{
    /// <summary>Remembers the chosen language in a cookie for a year and returns to the page.</summary>
    [HttpPost("/culture")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (PortalCultures.Names.Contains(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        return LocalRedirect(LocalUrl.SafeOr(Url, returnUrl));
    }
}
