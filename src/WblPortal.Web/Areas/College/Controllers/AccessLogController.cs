using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Privacy;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>Who viewed or exported the college's learners' personal data (Law No. 58): the college admin's page,
/// optionally for one learner (<c>?learner=</c>).</summary>
[Area("College")]
[Authorize(Policy = Policies.CollegeAdmin)]
public sealed class AccessLogController : PortalController
{
    public sealed record Page(PagedList<ListAccessLog.Row> List, Guid? Learner);

    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] Guid? learner, [FromServices] ListAccessLog.Handler handler,
        CancellationToken cancellationToken) =>
        View(new Page(await handler.PageAsync(query, learner, cancellationToken), learner));
}
