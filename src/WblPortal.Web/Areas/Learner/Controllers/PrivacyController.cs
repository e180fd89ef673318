using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Privacy;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>"My data" (Law No. 58): who looked at the learner's personal data, and everything held about them as a
/// download. Always the signed-in learner's own.</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class PrivacyController : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListAccessLog.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, null, cancellationToken));

    /// <summary>Everything held about the learner, as data.</summary>
    public async Task<IActionResult> Download([FromServices] SubjectAccess.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadMineAsync(cancellationToken);
        return model is null ? NotFound() : File(SubjectAccess.ToJson(model), "application/json", "my-data.json");
    }

    /// <summary>The same as a PDF summary.</summary>
    public async Task<IActionResult> Summary([FromServices] LoadPersonalDataSummary.Handler handler, CancellationToken cancellationToken)
    {
        var document = await handler.LoadMineAsync(cancellationToken);
        return document is null ? NotFound() : File(document.ToPdf(), "application/pdf", "my-data.pdf");
    }
}
