using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Records;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>A learner's WBL record across academic years as the college sees it (/College/Learners/{id}/Record), its
/// xlsx export and the certificate of WBL results (document 5i). Another college's learner is not found.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
[Route("College/Learners/{id:guid}/Record")]
public sealed class LearnerRecordsController(IStringLocalizer<RecordResource> r) : DocumentController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, [FromServices] LearnerRecord.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(Areas.Learner.Controllers.RecordController.RecordView, new RecordPage(model, College: true));
    }

    [HttpGet("Export")]
    public async Task<IActionResult> Export(Guid id, [FromServices] LearnerRecord.Handler handler, [FromServices] IStringLocalizer<GraduateResource> g,
        [FromServices] IStringLocalizer<PlacementResource> p, [FromServices] IStringLocalizer<AssessmentResource> a, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : XlsxFile.Result(await ExportLearnerRecord.WriteAsync(model, r, g, p, a, cancellationToken), "wbl-record");
    }

    [HttpGet("Certificate")]
    public async Task<IActionResult> Certificate(Guid id, string? lang, [FromServices] LoadLearnerCertificate.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "wbl-certificate");

    [HttpGet("CertificatePreview")]
    public async Task<IActionResult> CertificatePreview(Guid id, string? lang, [FromServices] LoadLearnerCertificate.Handler handler, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), r["Record_Certificate"], nameof(Certificate), id);
}
