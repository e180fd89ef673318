using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Dashboards;

namespace WblPortal.Web.Areas.Mentor.Controllers;

/// <summary>The mentor's own profile and employer. Learners assigned to the mentor come with placements.</summary>
[Area("Mentor")]
[Authorize(Policy = Policies.Mentor)]
public sealed class DashboardController : Controller
{
    public async Task<IActionResult> Index([FromServices] MentorDashboard.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(cancellationToken));
}
