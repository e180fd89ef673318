using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Orders;

/// <summary>A correction of an issued order: a new draft citing it, with its content copied for editing.</summary>
public static class CorrectOrder
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<WorkflowResource> wl, IStringLocalizer<AgreementResource> al)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (order is null)
            {
                return FeatureResult.NotFound;
            }

            // A sending order is corrected to what its placement says now (dates, curator); the lines are edited on the draft.
            var now = order.Kind == Domain.Orders.OrderKind.SendingLearners && order.PlacementId is { } placementId
                ? await db.Placements.AsNoTracking().Where(p => p.Id == placementId)
                    .Select(p => new Domain.Orders.OrderParticulars(p.StartDate, p.EndDate, p.CuratorId,
                        db.Curators.Where(c => c.Id == p.CuratorId).Select(c => c.FullName).FirstOrDefault() ?? order.CuratorName ?? ""))
                    .SingleOrDefaultAsync(cancellationToken)
                : null;
            var title = al["Order_CorrectionTitleFormat", order.DisplayNumber ?? "", order.IssuedOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "", order.Title];
            Domain.Orders.Order? correction = null;
            return await db.SaveAsync(() =>
            {
                correction = order.CreateCorrection(title.Value.Length > 500 ? title.Value[..500] : title.Value, now);
                db.Orders.Add(correction);
                return null;
            }, () => correction!.Id, cancellationToken, new Refusals(wl));
        }
    }
}
