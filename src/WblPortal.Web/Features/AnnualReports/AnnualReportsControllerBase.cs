using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.Web.Features.Documents;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>What the three Areas' report pages share: the report's page, a workflow step answered on it, and the
/// document (h) as PDF and preview. Each Area's controller exposes only its party's steps.</summary>
public abstract class AnnualReportsControllerBase(IStringLocalizer<ReportResource> r) : DocumentController
{
    protected IStringLocalizer<ReportResource> R { get; } = r;

    public async Task<IActionResult> Details(Guid id, [FromServices] AnnualReportDetails.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } model ? View("Details", model) : NotFound();

    public async Task<IActionResult> Pdf(Guid id, string? lang, [FromServices] LoadAnnualReportDocument.Handler handler, CancellationToken cancellationToken) =>
        Pdf(await handler.LoadAsync(id, Language(lang), cancellationToken), "annual-report");

    public async Task<IActionResult> Preview(Guid id, string? lang, [FromServices] LoadAnnualReportDocument.Handler handler, CancellationToken cancellationToken) =>
        Preview(await handler.LoadAsync(id, Language(lang), cancellationToken), R["AnnualReport_Document"], nameof(Pdf), id);

    protected async Task<IActionResult> StepAsync(Task<FeatureResult> step, AnnualReportStep.Command command,
        AnnualReportDetails.Handler details, string flash, CancellationToken cancellationToken,
        Func<AnnualReportDetails.Model, AnnualReportDetails.Model>? refused = null)
    {
        var result = await step;
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(flash);
            return RedirectToAction(nameof(Details), new { id = command.Id });
        }

        ShowErrorsOf(result);
        var model = await details.LoadAsync(command.Id, cancellationToken);
        return model is null ? NotFound() : View("Details", refused is null ? model : refused(model));
    }
}
