using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Agreements;
using WblPortal.Web.Features.Orders;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's order register: sending orders from confirmed placements, curator orders, issue with the
/// register's number (then locked), and corrections as new orders citing the old.</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class OrdersController(IStringLocalizer<AgreementResource> a) : PortalController
{
    public sealed record DetailsPage(OrderDetails.View Order, IssueOrder.Command? Issue);

    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] int? year, [FromServices] ListOrders.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, year, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] int? year, [FromServices] ListOrders.Handler handler,
        CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, year).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(a["Orders_Title"],
            [a["Order_Number"], a["Order_Date"], a["Order_Title"], a["Order_Kind"], a["Order_Status"], a["Agreement_Employer"]],
            rows, r => [r.DisplayNumber, r.IssuedOn, r.Title, a["OrderKind_" + r.Kind].Value, a["OrderStatus_" + r.Status].Value, r.EmployerName],
            cancellationToken);
        return XlsxFile.Result(file, "orders");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] OrderDetails.Handler handler, [FromServices] IssueOrder.Handler issue,
        CancellationToken cancellationToken)
    {
        var order = await handler.LoadAsync(id, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        var form = order.Status == Domain.Orders.OrderStatus.Draft ? await issue.DefaultsAsync(id, order.Version, cancellationToken) : null;
        return View(new DetailsPage(order, form));
    }

    public async Task<IActionResult> CreateSending(Guid placementId, [FromServices] CreateSendingOrder.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.DefaultsAsync(placementId, cancellationToken);
        if (command is null)
        {
            return NotFound();
        }

        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> CreateSending(CreateSendingOrder.Command command, [FromServices] CreateSendingOrder.Handler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await DoneOrFormAsync(result, a["Order_DraftCreated"], result.Id, async () =>
        {
            await handler.LoadChoicesAsync(command, cancellationToken);
            return View(command);
        });
    }

    public async Task<IActionResult> CreateCurators([FromServices] CreateCuratorOrder.Handler handler, CancellationToken cancellationToken)
    {
        var command = new CreateCuratorOrder.Command { Title = a["Order_CuratorsTitleDefault"] };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> CreateCurators(CreateCuratorOrder.Command command, [FromServices] CreateCuratorOrder.Handler handler,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await DoneOrFormAsync(result, a["Order_DraftCreated"], result.Id, async () =>
        {
            await handler.LoadChoicesAsync(command, cancellationToken);
            return View(command);
        });
    }

    /// <summary>Only a draft has an edit form; an issued order is a document.</summary>
    public async Task<IActionResult> Edit(Guid id, [FromServices] EditOrder.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } command ? View(command) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(EditOrder.Command command, [FromServices] EditOrder.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await DoneOrFormAsync(result, L["Common_Saved"], command.Id, () => Task.FromResult<IActionResult>(View(command)));
    }

    [HttpPost]
    [Authorize(Policy = Policies.CollegeAdmin)]
    public async Task<IActionResult> Issue(IssueOrder.Command command, [FromServices] IssueOrder.Handler handler, [FromServices] OrderDetails.Handler details,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await DoneOrFormAsync(result, a["Order_Issued"], command.Id, async () =>
            await details.LoadAsync(command.Id, cancellationToken) is { } order
                ? View(nameof(Details), new DetailsPage(order, order.Status == Domain.Orders.OrderStatus.Draft ? command : null))
                : NotFound());
    }

    [HttpPost]
    public async Task<IActionResult> Correct(Guid id, [FromServices] CorrectOrder.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(a["Order_CorrectionCreated"]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }

        Flash(result.Errors![0].ErrorMessage);
        return RedirectToAction(nameof(Details), new { id });
    }
}
