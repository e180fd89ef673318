using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Records;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>"My WBL record" across academic years, its xlsx export and the certificate of WBL results (document 5i):
/// always the signed-in learner's own.</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class RecordController(IStringLocalizer<RecordResource> r) : DocumentController
{
    public const string RecordView = "~/Views/Records/Index.cshtml";

    public async Task<IActionResult> Index([FromServices] LearnerRecord.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadMineAsync(cancellationToken);
        return model is null ? NotFound() : View(RecordView, new RecordPage(model, College: false));
    }

    public async Task<IActionResult> Export([FromServices] LearnerRecord.Handler handler, [FromServices] IStringLocalizer<GraduateResource> g,
        [FromServices] IStringLocalizer<PlacementResource> p, [FromServices] IStringLocalizer<AssessmentResource> a, CancellationToken cancellationToken)
    {
        var model = await handler.LoadMineAsync(cancellationToken);
        return model is null ? NotFound() : XlsxFile.Result(await ExportLearnerRecord.WriteAsync(model, r, g, p, a, cancellationToken), "my-wbl-record");
    }

    public async Task<IActionResult> Certificate(string? lang, [FromServices] LoadLearnerCertificate.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(null, Language(lang), cancellationToken), "wbl-certificate");

    public async Task<IActionResult> CertificatePreview(string? lang, [FromServices] LoadLearnerCertificate.Handler handler, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(null, Language(lang), cancellationToken), r["Record_Certificate"], nameof(Certificate), null);
}
