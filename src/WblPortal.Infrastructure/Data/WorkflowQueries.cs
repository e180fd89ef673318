using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Placements;

namespace WblPortal.Infrastructure.Data;

/// <summary>The data the workflow rules need, loaded through the actor's filters.</summary>
public static class WorkflowQueries
{
    /// <summary>The other active long-term placements of the learners, with their learner rows: the input of the
    /// overlap rule (<see cref="Placement.AddLearner"/>, <see cref="Placement.ChangeTerms"/>).</summary>
    public static Task<List<Placement>> OtherLongPlacementsOfAsync(this WblDbContext db, IEnumerable<Guid> learnerIds, Guid? exceptPlacementId,
        CancellationToken cancellationToken = default)
    {
        var ids = learnerIds.Distinct().ToList();
        return db.Placements
            .Include(p => p.Learners)
            .Where(p => p.IsLongTerm && p.Id != exceptPlacementId
                        && p.Status != PlacementStatus.Declined && p.Status != PlacementStatus.Cancelled
                        && p.Learners.Any(l => ids.Contains(l.LearnerId)))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    /// <summary>The next order number of the college's calendar year; the unique index catches a concurrent issuer,
    /// who retries.</summary>
    public static async Task<int> NextOrderNumberAsync(this WblDbContext db, Guid collegeId, int year, CancellationToken cancellationToken = default) =>
        OrderNumbering.Next(await db.Orders
            .Where(o => o.CollegeId == collegeId && o.Year == year && o.Number != null)
            .Select(o => o.Number!.Value)
            .ToListAsync(cancellationToken));
}
