using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Learners;

/// <summary>Delete a learner registered by mistake.</summary>
public static class DeleteLearner
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        /// <param name="version">The version the user saw; when given, a row changed since then is not deleted.</param>
        public async Task<FeatureResult> HandleAsync(Guid id, uint? version, CancellationToken cancellationToken)
        {
            var learner = await db.Learners.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (learner is null)
            {
                return FeatureResult.NotFound;
            }

            if (version is { } seen)
            {
                db.ExpectVersion(learner, seen);
            }

            db.Learners.Remove(learner);
            return await db.SaveAsync(() => id, cancellationToken,
                // A row added meanwhile (or by a later feature) still refers to it.
                saveFailed: e => e.IsForeignKeyViolation() ? FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]) : null);
        }
    }
}
