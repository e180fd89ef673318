using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Employers;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.EmployerSites;

/// <summary>The employer's own sites with their capacity (college staff may read every employer's sites, but this
/// page lists only the actor's own).</summary>
public static class ListSites
{
    public sealed record Row(Guid Id, uint Version, string Name, int Capacity, string? Address);

    private static readonly SortColumns<EmployerSite> Columns = new SortColumns<EmployerSite>()
        .Add("name", s => s.Name)
        .Add("capacity", s => s.Capacity)
        .ThenBy(s => s.Id);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query)
        {
            var sites = db.EmployerSites.AsNoTracking().Where(s => s.EmployerId == db.Actor.EmployerId);
            if (query.SearchPattern is { } pattern)
            {
                sites = sites.Where(s => EF.Functions.ILike(s.Name, pattern) || EF.Functions.ILike(s.Address!, pattern));
            }

            return sites.SortBy(query, Columns).Select(s => new Row(s.Id, s.Version, s.Name, s.Capacity, s.Address));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) => Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
