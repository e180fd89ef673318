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

    /// <summary>One query (the placement's gaps with its latest order), none for a form without a mentor.</summary>
    public async Task<IViewComponentResult> InvokeAsync(Guid placementId, bool requiresMentor, PlacementStatus status)
    {
        if (!requiresMentor)
        {
            return Content(string.Empty);
        }

        var p = await db.Placements.AsNoTracking().Where(x => x.Id == placementId)
            .Select(x => new
            {
                x.MentorRequirementGaps,
                HasMentor = x.MentorId != null,
                Order = db.EnterpriseOrders
                    .Where(o => db.EnterpriseOrderLines.Any(l => l.OrderId == o.Id && l.PlacementId == placementId))
                    .OrderByDescending(o => o.OrderDate).ThenByDescending(o => o.CreatedAt)
                    .Select(o => new { o.Id, o.Number, o.OrderDate })
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (p is null)
        {
            return Content(string.Empty);
        }

        var area = RouteData.Values["area"] as string ?? "";
        var canAppoint = db.Actor.Role == Roles.EmployerAdmin && AppointMentor.AppointableStatuses.Contains(status);
        return View(new Model(placementId, area, p.HasMentor ? p.MentorRequirementGaps : MentorRequirementGaps.None, p.HasMentor,
            p.Order?.Id, p.Order?.Number, p.Order?.OrderDate, canAppoint));
    }
}
