using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Employers;

public static class ListEmployers
{
    public sealed record Row(Guid Id, string Name, string Inn, EconomicSector Sector, string RegionKy, string RegionRu, string RegionEn, string ContactPerson, string? Phone, string? Email)
    {
        public string Region => LocalizedName.Pick(RegionKy, RegionRu, RegionEn, CultureInfo.CurrentUICulture.Name);
    }

    private static readonly SortColumns<Employer> Columns = new SortColumns<Employer>()
        .Add("name", e => e.Name)
        .Add("inn", e => e.Inn)
        .Add("sector", e => e.Sector)
        .Add("region", e => e.Region!.SortOrder)
        .ThenBy(e => e.Id);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query)
        {
            var employers = db.Employers.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                employers = employers.Where(e => EF.Functions.ILike(e.Name, pattern) || EF.Functions.ILike(e.Inn, pattern)
                    || EF.Functions.ILike(e.ContactPerson, pattern));
            }

            return employers.SortBy(query, Columns).Select(e => new Row(e.Id, e.Name, e.Inn, e.Sector,
                e.Region!.NameKy, e.Region.NameRu, e.Region.NameEn, e.ContactPerson, e.Phone, e.Email));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) =>
            Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
