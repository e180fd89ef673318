using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Colleges;

public static class ListColleges
{
    public sealed record Row(Guid Id, string NameKy, string NameRu, string? NameEn, CollegeKind Kind, string RegionKy, string RegionRu, string RegionEn, string City, string DirectorName)
    {
        public string Name => LocalizedName.Pick(NameKy, NameRu, NameEn, CultureInfo.CurrentUICulture.Name);
        public string Region => LocalizedName.Pick(RegionKy, RegionRu, RegionEn, CultureInfo.CurrentUICulture.Name);
    }

    private static readonly SortColumns<College> Columns = new SortColumns<College>()
        .Add("name", c => c.NameKy)
        .Add("region", c => c.Region!.SortOrder)
        .Add("city", c => c.City)
        .Add("kind", c => c.Kind)
        .ThenBy(c => c.Id);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query)
        {
            var colleges = db.Colleges.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                colleges = colleges.Where(c => EF.Functions.ILike(c.NameKy, pattern) || EF.Functions.ILike(c.NameRu, pattern)
                    || EF.Functions.ILike(c.City, pattern) || EF.Functions.ILike(c.DirectorName, pattern));
            }

            return colleges.SortBy(query, Columns).Select(c => new Row(c.Id, c.NameKy, c.NameRu, c.NameEn, c.Kind,
                c.Region!.NameKy, c.Region.NameRu, c.Region.NameEn, c.City, c.DirectorName));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) =>
            Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
