using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Dashboards;

/// <summary>The platform admin's start page: how many colleges, employers, users and learners, and open invitations.</summary>
public static class AdminDashboard
{
    public sealed record Counts(int Colleges, int Employers, int Users, int Learners, int PendingInvitations);

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public async Task<Counts> LoadAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            return new Counts(
                await db.Colleges.CountAsync(cancellationToken),
                await db.Employers.CountAsync(cancellationToken),
                await db.Users.CountAsync(cancellationToken),
                await db.Learners.CountAsync(cancellationToken),
                await db.Invitations.CountAsync(i => i.AcceptedAt == null && i.ExpiresAt > now, cancellationToken));
        }
    }
}
