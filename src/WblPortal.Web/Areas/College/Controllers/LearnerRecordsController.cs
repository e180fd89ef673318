using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;
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
    public async Task<IActionResult> Index(Guid id, [FromServices] LearnerRecord.Handler handler, [FromServices] PersonalDataAccessLog accessLog,
        CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await accessLog.CollegeLearnerAsync(id, PersonalDataView.LearnerRecord, cancellationToken);
        return View(Areas.Learner.Controllers.RecordController.RecordView, new RecordPage(model, College: true));
    }

    [HttpGet("Export")]
    public async Task<IActionResult> Export(Guid id, [FromServices] LearnerRecord.Handler handler, [FromServices] IStringLocalizer<GraduateResource> g,
        [FromServices] IStringLocalizer<PlacementResource> p, [FromServices] IStringLocalizer<AssessmentResource> a,
        [FromServices] PersonalDataAccessLog accessLog, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await accessLog.CollegeLearnerAsync(id, PersonalDataView.RecordExport, cancellationToken);
        return XlsxFile.Result(await ExportLearnerRecord.WriteAsync(model, r, g, p, a, cancellationToken), "wbl-record");
    }

    [HttpGet("Certificate")]
    public async Task<IActionResult> Certificate(Guid id, string? lang, [FromServices] LoadLearnerCertificate.Handler handler,
        [FromServices] PersonalDataAccessLog accessLog, CancellationToken cancellationToken)
    {
        var document = await handler.LoadAsync(id, Language(lang), cancellationToken);
        if (document is not null)
        {
            await accessLog.CollegeLearnerAsync(id, PersonalDataView.Certificate, cancellationToken);
        }

        return Pdf(document, "wbl-certificate");
    }

    [HttpGet("CertificatePreview")]
    public async Task<IActionResult> CertificatePreview(Guid id, string? lang, [FromServices] LoadLearnerCertificate.Handler handler, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), r["Record_Certificate"], nameof(Certificate), id);
}
