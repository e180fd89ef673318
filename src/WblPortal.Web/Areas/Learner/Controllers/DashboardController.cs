using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Dashboards;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>The learner's own record: group, specialty, college and curator.</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class DashboardController : Controller
{
    public async Task<IActionResult> Index([FromServices] LearnerDashboard.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(cancellationToken));
}
