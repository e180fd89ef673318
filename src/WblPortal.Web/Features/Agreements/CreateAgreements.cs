using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Agreements;

/// <summary>The college creates the tripartite agreements of a confirmed placement: one per learner who has none yet.</summary>
public static class CreateAgreements
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<WorkflowResource> wl, IStringLocalizer<AgreementResource> al, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Guid placementId, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var placement = await db.Placements.Include(p => p.Learners).SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken);
            if (placement is null)
            {
                return FeatureResult.NotFound;
            }

            var existing = await db.Agreements.Where(a => a.PlacementId == placementId).Select(a => a.LearnerId).ToListAsync(cancellationToken);
            var missing = placement.Learners.Select(l => l.LearnerId).Except(existing).ToList();
            if (missing.Count == 0)
            {
                return placement.RequiresAgreement
                    ? FeatureResult.Invalid(string.Empty, al["Agreements_NoneMissing"])
                    : new WorkflowException("Agreement_NotRequired").ToResult(wl);
            }

            var now = clock.GetUtcNow();
            return await db.SaveAsync(() =>
            {
                db.Agreements.AddRange(missing.Select(learnerId => TripartiteAgreement.CreateFor(placement, learnerId, by, now)).ToList());
                return null;
            }, () => placementId, cancellationToken, new Refusals(wl),
                // Another user created them at the same moment (unique placement + learner).
                saveFailed: _ => FeatureResult.Conflict);
        }
    }
}
