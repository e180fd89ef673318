using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.AnnualReports;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's annual WBL reports: compile for a year, write the narrative, send to the partner
/// employers, submit to the ministry, revise when returned. Another college's report answers 404.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class ReportsController(TimeProvider clock) : AnnualReportsControllerBase
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListAnnualReports.Handler handler, CancellationToken cancellationToken)
    {
        ViewBag.Create = new CreateAnnualReport.Command { AcademicYear = MinistryReportStatus.AcademicYearOf(clock.BishkekToday()) };
        return View(await handler.PageAsync(query, false, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Create(CreateAnnualReport.Command command, [FromServices] CreateAnnualReport.Handler handler,
        [FromServices] ListAnnualReports.Handler list, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await DoneOrFormAsync(result, R["AnnualReport_CreatedFlash"], result.Id, async () =>
        {
            ViewBag.Create = command;
            return View(nameof(Index), await list.PageAsync(new ListQuery(), false, cancellationToken));
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(EditAnnualReport.Command command, [FromServices] EditAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Details), new { id = command.Id });
        }

        var model = await details.LoadAsync(command.Id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Conflict)
        {
            ModelState.Clear();
        }
        else
        {
            ViewBag.Edit = command;
        }

        AddErrors(result);
        return View(nameof(Details), model);
    }

    [HttpPost]
    public Task<IActionResult> Send(AnnualReportStep.Command command, [FromServices] SendAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_SentFlash"], cancellationToken);

    [HttpPost]
    public Task<IActionResult> Submit(AnnualReportStep.Command command, [FromServices] SubmitAnnualReport.Handler handler,
        [FromServices] AnnualReportDetails.Handler details, CancellationToken cancellationToken) =>
        StepAsync(handler.HandleAsync(command, cancellationToken), command, details, R["AnnualReport_SubmittedFlash"], cancellationToken);
}
