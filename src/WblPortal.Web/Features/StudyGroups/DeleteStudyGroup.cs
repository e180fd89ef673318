using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.StudyGroups;

/// <summary>Delete a study group that has no learners.</summary>
public static class DeleteStudyGroup
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        /// <param name="version">The version the user saw; when given, a row changed since then is not deleted.</param>
        public async Task<FeatureResult> HandleAsync(Guid id, uint? version, CancellationToken cancellationToken)
        {
            var group = await db.StudyGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
            if (group is null)
            {
                return FeatureResult.NotFound;
            }

            if (version is { } seen)
            {
                db.ExpectVersion(group, seen);
            }

            if (await db.Learners.AnyAsync(x => x.GroupId == id, cancellationToken))
            {
                return FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]);
            }

            db.StudyGroups.Remove(group);
            return await db.SaveAsync(() => id, cancellationToken,
                // A row added meanwhile (or by a later feature) still refers to it.
                saveFailed: e => e.IsForeignKeyViolation() ? FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]) : null);
        }
    }
}
