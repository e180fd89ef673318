using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Invitations;

/// <summary>The users of one organization (or of the whole platform) and its pending invitations.</summary>
public static class ListOrganizationUsers
{
    public sealed record Row(string Id, string FullName, string Email, string? Role, DateTimeOffset CreatedAt, bool IsLocked, string? OrganizationKind, bool TwoFactorEnabled = false);

    public sealed record PendingRow(Guid Id, string FullName, string Email, string Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

    public sealed record Model(PagedList<Row> Users, IReadOnlyList<PendingRow> Invitations, string Area, bool CanInvite, bool CanLock);

    /// <summary>How many pending invitations the page shows (newest first); they expire within a week, so few.</summary>
    public const int PendingLimit = 100;

    private static readonly SortColumns<ApplicationUser> Columns = new SortColumns<ApplicationUser>()
        .Add("name", u => u.FullName)
        .Add("email", u => u.Email)
        .Add("created", u => u.CreatedAt)
        .ThenBy(u => u.Id);

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        /// <param name="organizationId">The organization whose users to list; null lists every user (platform admin).</param>
        public IQueryable<Row> Query(Guid? organizationId, ListQuery query)
        {
            var users = db.Users.AsNoTracking();
            if (organizationId is { } org)
            {
                users = users.Where(u => u.OrganizationId == org);
            }

            if (query.SearchPattern is { } pattern)
            {
                users = users.Where(u => EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.Email!, pattern));
            }

            var now = clock.GetUtcNow();
            return users.SortBy(query, Columns).Select(u => new Row(
                u.Id,
                u.FullName,
                u.Email!,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                u.CreatedAt,
                u.LockoutEnd != null && u.LockoutEnd > now,
                u.OrganizationKind.ToString(),
                u.TwoFactorEnabled));
        }

        /// <summary>Pending invitations of the organization; the tenant filter keeps them to the actor's own.</summary>
        public IQueryable<PendingRow> Pending(Guid? organizationId, ListQuery query)
        {
            var now = clock.GetUtcNow();
            var invitations = db.Invitations.AsNoTracking().Where(i => i.AcceptedAt == null && i.ExpiresAt > now);
            if (organizationId is { } org)
            {
                invitations = invitations.Where(i => i.OrganizationId == org);
            }

            if (query.SearchPattern is { } pattern)
            {
                invitations = invitations.Where(i => EF.Functions.ILike(i.FullName, pattern) || EF.Functions.ILike(i.Email, pattern));
            }

            return invitations.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
                .Select(i => new PendingRow(i.Id, i.FullName, i.Email, i.Role, i.CreatedAt, i.ExpiresAt));
        }

        public async Task<Model> PageAsync(Guid? organizationId, ListQuery query, string area, bool canInvite, bool canLock, CancellationToken cancellationToken) =>
            new(await Query(organizationId, query).ToPagedListAsync(query, cancellationToken),
                await Pending(organizationId, query).Take(PendingLimit).ToListAsync(cancellationToken),
                area, canInvite, canLock);
    }
}
