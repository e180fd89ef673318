using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Mentors;

/// <summary>Deletes a mentor of the actor's employer who has no user account.</summary>
public static class DeleteMentor
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var mentor = await db.Mentors.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (mentor is null)
            {
                return FeatureResult.NotFound;
            }

            if (await db.Users.AnyAsync(u => u.MentorId == id, cancellationToken))
            {
                return FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]);
            }

            db.Mentors.Remove(mentor);
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
