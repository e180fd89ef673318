using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.EmployerSites;

/// <summary>Delete one of the employer's sites (placements keep their site's name as text).</summary>
public static class DeleteSite
{
    public sealed class Handler(WblDbContext db)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, uint version, CancellationToken cancellationToken)
        {
            var site = await db.EmployerSites.SingleOrDefaultAsync(s => s.Id == id && s.EmployerId == db.Actor.EmployerId, cancellationToken);
            if (site is null)
            {
                return FeatureResult.NotFound;
            }

            db.ExpectVersion(site, version);
            db.EmployerSites.Remove(site);
            return await db.SaveAsync(() => id, cancellationToken);
        }
    }
}
