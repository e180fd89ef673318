using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Documents;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Mentor.Controllers;

/// <summary>The enterprise orders appointing this mentor (the filter finds only those, with only the mentor's own
/// lines), as PDF and as preview.</summary>
[Area("Mentor")]
[Authorize(Policy = Policies.Mentor)]
public sealed class DocumentsController(IStringLocalizer<AppointmentResource> a) : DocumentController
{
    public async Task<IActionResult> EnterpriseOrder(Guid id, string? lang, [FromServices] LoadEnterpriseOrderDocument.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "enterprise-order");

    public async Task<IActionResult> EnterpriseOrderPreview(Guid id, string? lang, [FromServices] LoadEnterpriseOrderDocument.Handler handler,
        CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), a["Document_EnterpriseOrder"], nameof(EnterpriseOrder), id);
}
