using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Learners;

/// <summary>Which of some ПИНs are already registered, in any college.</summary>
/// <remarks>A ПИН identifies a person nationally and is unique across the portal (a unique index), so the check must
/// see every college's learners. It bypasses the tenant filter by name and returns only ПИНs the caller already
/// holds: it tells no more than the unique index would by refusing the insert.</remarks>
public static class LearnerPins
{
    public static async Task<HashSet<string>> TakenAsync(WblDbContext db, IReadOnlyCollection<string> pins, Guid? exceptLearnerId, CancellationToken cancellationToken)
    {
        if (pins.Count == 0)
        {
            return [];
        }

        var array = pins.ToArray();
        var taken = await db.Learners.IgnoreQueryFilters([WblDbContext.TenantFilter])
            .Where(l => array.Contains(l.Pin) && l.Id != exceptLearnerId)
            .Select(l => l.Pin)
            .ToListAsync(cancellationToken);
        return taken.Select(p => p.Trim()).ToHashSet(StringComparer.Ordinal);
    }
}
