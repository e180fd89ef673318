using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Colleges;

/// <summary>Deletes a college that has no specialties, groups, learners, curators or users yet.</summary>
public static class DeleteCollege
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var college = await db.Colleges.Include(c => c.NqfLevels).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (college is null)
            {
                return FeatureResult.NotFound;
            }

            if (await db.Specialties.AnyAsync(s => s.CollegeId == id, cancellationToken)
                || await db.Learners.AnyAsync(s => s.CollegeId == id, cancellationToken)
                || await db.Curators.AnyAsync(s => s.CollegeId == id, cancellationToken)
                || await db.Users.AnyAsync(u => u.OrganizationId == id, cancellationToken))
            {
                return FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]);
            }

            college.NqfLevels.Clear();
            db.Colleges.Remove(college);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]);
            }

            return FeatureResult.Done(id);
        }
    }
}
