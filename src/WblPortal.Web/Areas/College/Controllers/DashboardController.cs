using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Dashboards;

namespace WblPortal.Web.Areas.College.Controllers;

[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class DashboardController : Controller
{
    public async Task<IActionResult> Index([FromServices] CollegeDashboard.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(cancellationToken));
}
