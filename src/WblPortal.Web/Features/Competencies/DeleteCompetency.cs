using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Competencies;

/// <summary>Delete a competency no learning outcome links to.</summary>
public static class DeleteCompetency
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var competency = await db.Competencies.SingleOrDefaultAsync(c => c.Id == id && c.CollegeId == db.Actor.CollegeId, cancellationToken);
            if (competency is null)
            {
                return FeatureResult.NotFound;
            }

            if (await db.ProgrammeOutcomes.AnyAsync(o => o.Competencies.Any(c => c.Id == id), cancellationToken))
            {
                return FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]);
            }

            db.Competencies.Remove(competency);
            await db.SaveChangesAsync(cancellationToken);
            return FeatureResult.Done(id);
        }
    }
}
