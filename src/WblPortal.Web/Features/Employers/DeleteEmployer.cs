using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Employers;

/// <summary>Deletes an employer that has no mentors or users yet.</summary>
public static class DeleteEmployer
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (employer is null)
            {
                return FeatureResult.NotFound;
            }

            if (await db.Mentors.AnyAsync(m => m.EmployerId == id, cancellationToken)
                || await db.Users.AnyAsync(u => u.OrganizationId == id, cancellationToken))
            {
                return FeatureResult.Invalid(string.Empty, l["Common_DeleteInUse"]);
            }

            db.Employers.Remove(employer);
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
