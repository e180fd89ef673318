using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Learners;

/// <summary>Delete a learner registered by mistake.</summary>
public static class DeleteLearner
{
    public sealed class Handler(WblDbContext db)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var learner = await db.Learners.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (learner is null)
            {
                return FeatureResult.NotFound;
            }

            db.Learners.Remove(learner);
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
