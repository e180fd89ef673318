using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Mentors;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Appointments;

/// <summary>An enterprise order with its lines, as the employer reads it.</summary>
public static class EnterpriseOrderDetails
{
    public sealed record Model(Guid Id, uint Version, string Number, DateOnly OrderDate, string HeadName, string HeadPosition, string? Basis,
        string CreatedByName, DateTimeOffset CreatedAt, IReadOnlyList<Line> Lines, bool IsLatestForPlacement);

    public sealed record Line(int LineNo, Guid PlacementId, string MentorName, string MentorPosition, MentorRequirementGaps Gaps,
        string LearnerName, string GroupName, string CollegeName, string FormName, DateOnly StartDate, DateOnly EndDate);

    public sealed class Handler(WblDbContext db)
    {
        public async Task<Model?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var order = await db.EnterpriseOrders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (order is null)
            {
                return null;
            }

            var placementIds = order.Lines.Select(l => l.PlacementId).Distinct().ToList();
            var newer = await db.EnterpriseOrderLines.AsNoTracking()
                .AnyAsync(l => placementIds.Contains(l.PlacementId) && l.OrderId != order.Id
                    && db.EnterpriseOrders.Any(o => o.Id == l.OrderId && (o.OrderDate > order.OrderDate
                        || (o.OrderDate == order.OrderDate && o.CreatedAt > order.CreatedAt))), cancellationToken);
            return new Model(order.Id, order.Version, order.Number, order.OrderDate, order.HeadName, order.HeadPosition, order.Basis,
                order.CreatedByName, order.CreatedAt,
                order.Lines.OrderBy(l => l.LineNo).Select(l => new Line(l.LineNo, l.PlacementId, l.MentorName, l.MentorPosition, l.MentorGaps,
                    l.LearnerName, l.GroupName, l.CollegeName, l.FormName, l.StartDate, l.EndDate)).ToList(), !newer);
        }
    }
}
