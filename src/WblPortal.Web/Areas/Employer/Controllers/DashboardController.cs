using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Dashboards;

namespace WblPortal.Web.Areas.Employer.Controllers;

[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class DashboardController : Controller
{
    public async Task<IActionResult> Index([FromServices] EmployerDashboard.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(cancellationToken));
}
