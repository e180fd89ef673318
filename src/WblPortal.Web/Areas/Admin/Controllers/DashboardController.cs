using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Dashboards;

namespace WblPortal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class DashboardController : Controller
{
    public async Task<IActionResult> Index([FromServices] AdminDashboard.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(cancellationToken));
}
