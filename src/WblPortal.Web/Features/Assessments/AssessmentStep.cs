using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Features.Placements;

namespace WblPortal.Web.Features.Assessments;

/// <summary>What every step on an assessment does around the domain call: load it through the tenant filter (missing →
/// not found), compare the version the user saw, record who acts as which party, map a refusal to the user's
/// language, and answer a concurrent change as a conflict.</summary>
public static class AssessmentStep
{
    public sealed class Handler(WblDbContext db, IHttpContextAccessor http, TimeProvider clock, IStringLocalizer<AssessmentResource> l)
    {
        public IStringLocalizer<AssessmentResource> L => l;

        /// <summary>The side the signed-in user scores on: a mentor user the mentor's, college staff the curator's.</summary>
        public AssessmentParty? Party => db.Actor.MentorId is not null ? AssessmentParty.Mentor : db.Actor.IsCollegeStaff ? AssessmentParty.Curator : null;

        public async Task<FeatureResult> RunAsync(Guid id, uint version, Func<Assessment, WorkflowUser, DateTimeOffset, FeatureResult?> step,
            CancellationToken cancellationToken)
        {
            var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (assessment is null)
            {
                return FeatureResult.NotFound;
            }

            if (assessment.Version != version)
            {
                return FeatureResult.Conflict; // someone changed it since the page was loaded
            }

            db.Entry(assessment).Property(a => a.Version).OriginalValue = version;
            try
            {
                if (step(assessment, PlacementUser.Of(http.HttpContext?.User), clock.GetUtcNow()) is { } refused)
                {
                    return refused;
                }
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(l);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return FeatureResult.Conflict;
            }

            return FeatureResult.Done(assessment.Id);
        }
    }
}
