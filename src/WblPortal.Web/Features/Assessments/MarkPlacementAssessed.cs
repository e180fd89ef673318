using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Assessments;

/// <summary>The college marks a completed placement assessed (the placement's own <c>MarkAssessed</c> step, which refuses
/// until every learner of it has a final joint assessment). Not automatic: the mentor may confirm last, and only the
/// college moves the placement.</summary>
public static class MarkPlacementAssessed
{
    public sealed class Handler(WblDbContext db, TimeProvider clock, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(Guid placementId, uint version, CancellationToken cancellationToken)
        {
            var placement = await db.Placements.Include(p => p.Learners).SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken);
            if (placement is null)
            {
                return FeatureResult.NotFound;
            }

            if (placement.Version != version)
            {
                return FeatureResult.Conflict;
            }

            var finals = await LearnersWithFinalResultAsync(db, placementId, cancellationToken);
            return await db.ChangeAsync(placement, version, p =>
            {
                p.MarkAssessed(finals, WorkflowUser.From(db.Actor), clock.GetUtcNow());
                return null;
            }, cancellationToken, new Refusals(w));
        }
    }

    /// <summary>The learners of the placement whose joint assessment is final: what the placement's <c>MarkAssessed</c>
    /// step requires of every learner.</summary>
    public static async Task<IReadOnlySet<Guid>> LearnersWithFinalResultAsync(WblDbContext db, Guid placementId, CancellationToken cancellationToken) =>
        (await db.Assessments.Where(a => a.PlacementId == placementId && a.Status == AssessmentStatus.Final)
            .Select(a => a.LearnerId).ToListAsync(cancellationToken)).ToHashSet();
}
