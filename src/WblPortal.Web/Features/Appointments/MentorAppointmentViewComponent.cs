using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Appointments;

/// <summary>On a placement's page (college and employer): the unmet mentor requirements the employer acknowledged, the
/// enterprise order that appointed the mentor (with its document) and, for the employer admin, the appointment form.</summary>
public sealed class MentorAppointmentViewComponent(WblDbContext db) : ViewComponent
{
    public sealed record Model(Guid PlacementId, string Area, MentorRequirementGaps Gaps, bool HasMentor, Guid? OrderId, string? OrderNumber,
        DateOnly? OrderDate, bool CanAppoint);

    public async Task<IViewComponentResult> InvokeAsync(Guid placementId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var p = await db.Placements.AsNoTracking().Where(x => x.Id == placementId)
            .Select(x => new { x.RequiresMentor, x.Status, x.MentorId, x.MentorRequirementGaps })
            .SingleOrDefaultAsync(cancellationToken);
        if (p is null || !p.RequiresMentor)
        {
            return Content(string.Empty);
        }

        var order = await db.EnterpriseOrders.AsNoTracking()
            .Where(o => db.EnterpriseOrderLines.Any(l => l.OrderId == o.Id && l.PlacementId == placementId))
            .OrderByDescending(o => o.OrderDate).ThenByDescending(o => o.CreatedAt)
            .Select(o => new { o.Id, o.Number, o.OrderDate })
            .FirstOrDefaultAsync(cancellationToken);
        var area = RouteData.Values["area"] as string ?? "";
        var canAppoint = db.Actor.Role == Roles.EmployerAdmin && AppointMentor.AppointableStatuses.Contains(p.Status);
        return View(new Model(placementId, area, p.MentorId is null ? MentorRequirementGaps.None : p.MentorRequirementGaps, p.MentorId is not null,
            order?.Id, order?.Number, order?.OrderDate, canAppoint));
    }
}
