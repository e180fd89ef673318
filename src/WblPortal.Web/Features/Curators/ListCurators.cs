using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Curators;

public static class ListCurators
{
    public sealed record Row(Guid Id, string FullName, string Position, string? Email, string? Phone, int Groups);

    private static readonly SortColumns<Curator> Columns = new SortColumns<Curator>()
        .Add("name", c => c.FullName)
        .Add("position", c => c.Position)
        .Add("email", c => c.Email)
        .ThenBy(c => c.Id);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>The actor's curators (the tenant filter scopes them), searched by name, position, email or phone,
        /// with the number of groups each accompanies (a correlated count in the same command).</summary>
        public IQueryable<Row> Query(ListQuery query)
        {
            var curators = db.Curators.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                curators = curators.Where(c => EF.Functions.ILike(c.FullName, pattern) || EF.Functions.ILike(c.Position, pattern)
                    || EF.Functions.ILike(c.Email!, pattern) || EF.Functions.ILike(c.Phone!, pattern));
            }

            return curators
                .SortBy(query, Columns)
                .Select(c => new Row(c.Id, c.FullName, c.Position, c.Email, c.Phone, db.StudyGroups.Count(g => g.CuratorId == c.Id)));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) =>
            Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
