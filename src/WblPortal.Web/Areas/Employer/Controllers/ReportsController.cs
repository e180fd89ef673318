using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.AnnualReports;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The colleges' annual reports sent to this employer as a partner: it agrees or comments. A report not
/// sent to it answers 404.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class ReportsController(IStringLocalizer<ReportResource> r) : AnnualReportsControllerBase(r)
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, bool awaiting, [FromServices] ListAnnualReports.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, awaiting, cancellationToken));

    [HttpPost]
    public Task<IActionResult> Agree(AnnualReportStep.Command command, [FromServices] AgreeAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_AgreedFlash"], cancellationToken);

    [HttpPost]
    public Task<IActionResult> Comment(AnnualReportStep.Command command, [FromServices] CommentOnAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_CommentedFlash"], cancellationToken);
}
