using WblPortal.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.AnnualReports;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Ministry.Controllers;

/// <summary>Every college's annual report for a year (those without one too), and the review of a submitted report:
/// accept, or return with comments. Read-only otherwise.</summary>
[Area("Ministry")]
[Authorize(Policy = Policies.Ministry)]
public sealed class ReportsController(IStringLocalizer<ReportResource> r) : AnnualReportsControllerBase(r)
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] MinistryReportStatus.Filter filter,
        [FromServices] MinistryReportStatus.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, filter, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] MinistryReportStatus.Filter filter,
        [FromServices] MinistryReportStatus.Handler handler, CancellationToken cancellationToken)
    {
        var year = handler.YearOf(filter);
        var rows = await handler.Query(query, filter).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(R["AnnualReports_MinistryTitle"],
            [R["AnnualReport_Year"], R["AnnualReport_College"], R["AnnualReport_Region"], R["AnnualReport_Status"], R["AnnualReport_Partners"],
                R["AnnualReport_AgreedCount"], R["AnnualReport_CommentedCount"], R["AnnualReport_SubmittedAt"], R["AnnualReport_ReviewedAt"]],
            rows, r => [AcademicCalendar.Label(year), r.CollegeName, r.Region, R[r.StatusKey].Value, r.Partners, r.Agreed, r.Commented,
                r.SubmittedAt?.ToOffset(BishkekTime.Offset).DateTime, r.ReviewedAt?.ToOffset(BishkekTime.Offset).DateTime],
            cancellationToken);
        return XlsxFile.Result(file, $"annual-reports-{year}");
    }

    [HttpPost]
    public Task<IActionResult> Accept(AnnualReportStep.Command command, [FromServices] AcceptAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_AcceptedFlash"], cancellationToken);

    [HttpPost]
    public Task<IActionResult> Return(AnnualReportStep.Command command, [FromServices] ReturnAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_ReturnedFlash"], cancellationToken);
}
