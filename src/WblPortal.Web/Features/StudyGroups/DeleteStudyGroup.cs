using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.StudyGroups;

/// <summary>Delete a study group that has no learners.</summary>
public static class DeleteStudyGroup
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var group = await db.StudyGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
            if (group is null)
            {
                return FeatureResult.NotFound;
            }

            if (await db.Learners.AnyAsync(x => x.GroupId == id, cancellationToken))
            {
                return FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]);
            }

            db.StudyGroups.Remove(group);
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
