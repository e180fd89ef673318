using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Web.Features.Placements;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Assessments;

/// <summary>The curator or the mentor starts the assessment of a learner of a placement (completed, or in its last
/// days). Starting twice opens the one already started.</summary>
public static class StartAssessment
{
    public sealed class Handler(WblDbContext db, TimeProvider clock, IStringLocalizer<AssessmentResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Guid placementLearnerId, CancellationToken cancellationToken)
        {
            var row = await db.PlacementLearners.SingleOrDefaultAsync(x => x.Id == placementLearnerId, cancellationToken);
            var placement = row is null ? null : await db.Placements.Include(p => p.Form).SingleOrDefaultAsync(p => p.Id == row.PlacementId, cancellationToken);
            if (row is null || placement is null)
            {
                return FeatureResult.NotFound;
            }

            var existing = await db.Assessments.Where(a => a.PlacementLearnerId == row.Id).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
            if (existing is { } id)
            {
                return FeatureResult.Done(id);
            }

            // The placement was found in the actor's scope above; its programme row is read for it by name of the filter,
            // because a mentor does not otherwise read programmes. The outcomes' own filter admits the curator and the
            // mentor of the placement.
            var programme = await db.Programmes.ReadThroughCollegeOf(placement)
                .SingleAsync(p => p.Id == placement.ProgrammeId, cancellationToken);
            var outcomes = await db.ProgrammeOutcomes.AsNoTracking().Where(o => o.ProgrammeId == programme.Id).ToListAsync(cancellationToken);
            Assessment assessment;
            try
            {
                assessment = Assessment.Start(placement, row, programme, placement.Form!, outcomes, clock.BishkekToday(),
                    WorkflowUser.From(db.Actor), clock.GetUtcNow());
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(l);
            }

            db.Assessments.Add(assessment);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Started by the other party at the same moment: open theirs.
                db.ChangeTracker.Clear();
                var theirs = await db.Assessments.Where(a => a.PlacementLearnerId == row.Id).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
                return theirs is { } t ? FeatureResult.Done(t) : FeatureResult.Conflict;
            }

            return FeatureResult.Done(assessment.Id);
        }
    }
}
