using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Api;

/// <summary>The registered API clients, newest first: name, scopes, the token's first characters (never the token,
/// which is not kept), who registered and who revoked it.</summary>
public static class ListApiClients
{
    public sealed record Row(Guid Id, uint Version, string Name, IReadOnlyList<string> Scopes, string TokenHint,
        DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, string? RevokedBy);

    public sealed class Handler(WblDbContext db)
    {
        public Task<PagedList<Row>> ListAsync(ListQuery query, CancellationToken cancellationToken) =>
            db.ApiClients.AsNoTracking()
                .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
                .Select(c => new Row(c.Id, c.Version, c.Name, c.Scopes, c.TokenHint, c.CreatedAt, c.CreatedBy, c.RevokedAt, c.RevokedBy))
                .ToPagedListAsync(query, cancellationToken);
    }
}
