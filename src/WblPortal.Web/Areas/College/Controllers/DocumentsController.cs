using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Documents;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's official documents: orders, tripartite agreements and WBL programmes, as PDF and as preview.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class DocumentsController(IStringLocalizer<DocumentResource> d) : DocumentController
{
    public async Task<IActionResult> Order(Guid id, string? lang, [FromServices] LoadOrderDocument.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "order");

    public async Task<IActionResult> OrderPreview(Guid id, string? lang, [FromServices] LoadOrderDocument.Handler handler, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), d["Document_Order"], nameof(Order), id);

    public async Task<IActionResult> Agreement(Guid id, string? lang, [FromServices] LoadAgreementDocument.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "agreement");

    public async Task<IActionResult> AgreementPreview(Guid id, string? lang, [FromServices] LoadAgreementDocument.Handler handler, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), d["Document_Agreement"], nameof(Agreement), id);

    public async Task<IActionResult> Programme(Guid id, string? lang, [FromServices] LoadProgrammeDocument.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "programme");

    public async Task<IActionResult> ProgrammePreview(Guid id, string? lang, [FromServices] LoadProgrammeDocument.Handler handler, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), d["Document_Programme"], nameof(Programme), id);

    public async Task<IActionResult> EnterpriseOrder(Guid id, string? lang, [FromServices] LoadEnterpriseOrderDocument.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "enterprise-order");

    public async Task<IActionResult> EnterpriseOrderPreview(Guid id, string? lang, [FromServices] LoadEnterpriseOrderDocument.Handler handler,
        [FromServices] IStringLocalizer<AppointmentResource> a, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), a["Document_EnterpriseOrder"], nameof(EnterpriseOrder), id);

    // Document 5g, the joint assessment protocol.
    public async Task<IActionResult> Protocol(Guid id, string? lang, [FromServices] LoadAssessmentProtocol.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "assessment-protocol");

    public async Task<IActionResult> ProtocolPreview(Guid id, string? lang, [FromServices] LoadAssessmentProtocol.Handler handler,
        [FromServices] IStringLocalizer<AssessmentResource> p, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), p["Document_Protocol"], nameof(Protocol), id);
}
