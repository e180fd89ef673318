using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Documents;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>Document 5g, the joint assessment protocol (the filter finds only what this party may read), as PDF and
/// as preview. Kept apart from DocumentsController so that the documents of other features merge without clashes.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class AssessmentDocumentsController(IStringLocalizer<AssessmentResource> a) : DocumentController
{
    public async Task<IActionResult> Protocol(Guid id, string? lang, [FromServices] LoadAssessmentProtocol.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), VerifyUrl, cancellationToken), "assessment-protocol");

    public async Task<IActionResult> ProtocolPreview(Guid id, string? lang, [FromServices] LoadAssessmentProtocol.Handler handler, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), VerifyUrl, cancellationToken), a["Document_Protocol"], nameof(Protocol), id);
}
