using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Mentors;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Appointments;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The enterprise head's orders appointing mentors: the appointment form (from a placement), the register,
/// an order's page and the correction of its particulars. Other employers' orders are not found (404).</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class EnterpriseOrdersController(IStringLocalizer<AppointmentResource> a) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListEnterpriseOrders.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListEnterpriseOrders.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(a["Orders_Title"],
            [a["Order_Number"], a["Order_Date"], a["Order_HeadName"], a["Order_Mentor"], a["Order_College"], a["Order_Learners"], a["Order_Gaps"]],
            rows, r => [r.Number, r.OrderDate, r.HeadName, r.Mentor, r.College, r.LearnerCount, GapsText(r.Gaps)],
            cancellationToken);
        return XlsxFile.Result(file, "enterprise-orders");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] EnterpriseOrderDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    public async Task<IActionResult> Appoint(Guid placementId, [FromServices] AppointMentor.Handler handler, CancellationToken cancellationToken)
    {
        var form = await handler.LoadAsync(placementId, null, cancellationToken);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost]
    [ActionName(nameof(Appoint))]
    public async Task<IActionResult> AppointPost(AppointMentor.Command command, [FromServices] AppointMentor.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await DoneOrFormAsync(result, a["Flash_Appointed"], result.Id, async () =>
        {
            // After a conflict the form shows the placement as it is now.
            var form = await handler.LoadAsync(command.PlacementId, result.Outcome == FeatureOutcome.Conflict ? null : command, cancellationToken);
            return form is null ? NotFound() : View(nameof(Appoint), form);
        });
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditEnterpriseOrder.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        return command is null ? NotFound() : View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditEnterpriseOrder.Command command, [FromServices] EditEnterpriseOrder.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Done:
                Flash(L["Common_Saved"]);
                return RedirectToAction(nameof(Details), new { id = command.Id });
            case FeatureOutcome.Conflict:
                ClearKeepingBindingFailures();
                command = await handler.LoadAsync(command.Id, cancellationToken) ?? command;
                break;
        }

        AddErrors(result);
        return View(nameof(Edit), command);
    }

    private string GapsText(MentorRequirementGaps gaps) =>
        string.Join(", ", gaps.Split().Select(g => a["Gap_" + g].Value));
}
