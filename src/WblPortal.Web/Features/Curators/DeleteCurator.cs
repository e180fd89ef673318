using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Curators;

/// <summary>Delete a curator; the groups they accompanied are left without a curator (each change audited).</summary>
public static class DeleteCurator
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        /// <param name="version">The version the user saw; when given, a row changed since then is not deleted.</param>
        public async Task<FeatureResult> HandleAsync(Guid id, uint? version, CancellationToken cancellationToken)
        {
            var curator = await db.Curators.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (curator is null)
            {
                return FeatureResult.NotFound;
            }

            if (version is { } seen)
            {
                db.ExpectVersion(curator, seen);
            }

            // Cleared here rather than by the database's ON DELETE SET NULL, so the audit log records each group's change.
            var groups = await db.StudyGroups.Where(g => g.CuratorId == id).ToListAsync(cancellationToken);
            foreach (var group in groups)
            {
                group.CuratorId = null;
            }

            db.Curators.Remove(curator);
            return await db.SaveAsync(() => id, cancellationToken,
                // A row added meanwhile (or by a later feature) still refers to it.
                saveFailed: e => e.IsForeignKeyViolation() ? FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]) : null);
        }
    }
}
