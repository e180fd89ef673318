using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>Removes a row of a draft programme's sub-list: a load (section 4), an outcome (5) or a form's content (6, 8).</summary>
public static class RemoveProgrammePart
{
    public enum Part
    {
        Load,
        Outcome,
        Content,
    }

    public sealed class Handler(WblDbContext db, IStringLocalizer<WorkflowResource> workflow)
    {
        public async Task<FeatureResult> HandleAsync(Guid programmeId, Part part, Guid partId, CancellationToken cancellationToken)
        {
            var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
            if (programme is null)
            {
                return FeatureResult.NotFound;
            }

            object? row = part switch
            {
                Part.Load => await db.ProgrammeLoads.SingleOrDefaultAsync(x => x.Id == partId && x.ProgrammeId == programmeId, cancellationToken),
                Part.Outcome => await db.ProgrammeOutcomes.SingleOrDefaultAsync(x => x.Id == partId && x.ProgrammeId == programmeId, cancellationToken),
                _ => await db.ProgrammeFormContents.SingleOrDefaultAsync(x => x.Id == partId && x.ProgrammeId == programmeId, cancellationToken),
            };
            if (row is null)
            {
                return FeatureResult.NotFound;
            }

            return await db.SaveAsync(() =>
            {
                programme.EnsureEditable();
                db.Remove(row);
                return null;
            }, () => programme.Id, cancellationToken, new Refusals(workflow));
        }
    }
}
