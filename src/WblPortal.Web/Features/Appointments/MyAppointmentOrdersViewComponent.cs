using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Appointments;

/// <summary>On the mentor's dashboard: the enterprise orders appointing them (their own lines only, by the filter),
/// newest first, each with its document.</summary>
public sealed class MyAppointmentOrdersViewComponent(WblDbContext db) : ViewComponent
{
    public sealed record Row(Guid OrderId, string Number, DateOnly Date, string College, string Form, DateOnly StartDate, DateOnly EndDate, int Learners);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = await (from l in db.EnterpriseOrderLines.AsNoTracking()
                          join o in db.EnterpriseOrders.AsNoTracking() on l.OrderId equals o.Id
                          select new { l.OrderId, o.Number, o.OrderDate, l.PlacementId, l.CollegeName, l.FormName, l.StartDate, l.EndDate })
            .GroupBy(l => new { l.OrderId, l.Number, l.OrderDate, l.PlacementId, l.CollegeName, l.FormName, l.StartDate, l.EndDate })
            .Select(g => new Row(g.Key.OrderId, g.Key.Number, g.Key.OrderDate, g.Key.CollegeName, g.Key.FormName, g.Key.StartDate, g.Key.EndDate, g.Count()))
            .ToListAsync(HttpContext.RequestAborted);
        return View(rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.StartDate).ToList());
    }
}
