using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Curators;

/// <summary>Delete a curator; the groups they accompanied are left without a curator (each change audited).</summary>
public static class DeleteCurator
{
    public sealed class Handler(WblDbContext db)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var curator = await db.Curators.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (curator is null)
            {
                return FeatureResult.NotFound;
            }

            // Cleared here rather than by the database's ON DELETE SET NULL, so the audit log records each group's change.
            var groups = await db.StudyGroups.Where(g => g.CuratorId == id).ToListAsync(cancellationToken);
            foreach (var group in groups)
            {
                group.CuratorId = null;
            }

            db.Curators.Remove(curator);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return FeatureResult.Conflict;
            }

            return FeatureResult.Done(id);
        }
    }
}
