using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Assessments;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Assessments;

/// <summary>The dashboards' card of joint assessments waiting for the user (one COUNT query): the curator's and the
/// mentor's pending steps, the employer's assessments in progress, the learner's results to acknowledge.</summary>
public sealed class PendingAssessmentsViewComponent(WblDbContext db, ListAssessments.Handler list) : ViewComponent
{
    public sealed record Card(string Area, int Count, string Url);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var area = ViewContext.RouteData.Values["area"]?.ToString() ?? "";
        var cancellationToken = HttpContext.RequestAborted;
        var card = area switch
        {
            "Learner" => new Card(area, await db.Assessments.CountAsync(a => a.AcknowledgedAt == null, cancellationToken), "/Learner/Assessments"),
            // The same rows as the list the card links to: this academic year's, in progress (the employer only reads them).
            "Employer" => new Card(area, await list.Query(new ListQuery(), new ListAssessments.Filter { InProgress = true }).CountAsync(cancellationToken),
                "/Employer/Assessments?inProgress=true"),
            // The same rows as the default work list the card links to: this academic year's, waiting on the user.
            _ => new Card(area, await list.Query(new ListQuery(), new ListAssessments.Filter { Pending = true }).CountAsync(cancellationToken),
                $"/{area}/Assessments"),
        };
        return View("~/Views/Shared/Assessments/_PendingCard.cshtml", card);
    }
}
