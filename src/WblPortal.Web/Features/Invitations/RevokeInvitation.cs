using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Invitations;

/// <summary>Withdraws a pending invitation of the actor's organization (the tenant filter scopes it).</summary>
public static class RevokeInvitation
{
    public sealed class Handler(WblDbContext db)
    {
        public async Task<FeatureResult> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id && i.AcceptedAt == null, cancellationToken);
            if (invitation is null)
            {
                return FeatureResult.NotFound;
            }

            db.Invitations.Remove(invitation);
            await db.SaveChangesAsync(cancellationToken);
            return FeatureResult.Done(id);
        }
    }
}
