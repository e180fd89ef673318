using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Specialties;

/// <summary>Delete a specialty that no group uses.</summary>
public static class DeleteSpecialty
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var specialty = await db.Specialties.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (specialty is null)
            {
                return FeatureResult.NotFound;
            }

            if (await db.StudyGroups.AnyAsync(g => g.SpecialtyId == id, cancellationToken))
            {
                return FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]);
            }

            db.Specialties.Remove(specialty);
            await db.SaveChangesAsync(cancellationToken);
            return FeatureResult.Done(id);
        }
    }
}
