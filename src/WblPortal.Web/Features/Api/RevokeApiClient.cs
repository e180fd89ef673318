using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Api;

/// <summary>The platform admin revokes an API client: its token answers 401 from the next request on. Final.</summary>
public static class RevokeApiClient
{
    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, uint version, CancellationToken cancellationToken)
        {
            var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            return await db.ChangeAsync(client, version, c =>
            {
                c.Revoke(db.Actor.DisplayName ?? db.Actor.UserId ?? "", clock.GetUtcNow());
                return null;
            }, cancellationToken);
        }
    }
}
