using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Specialties;

public static class ListSpecialties
{
    public sealed record Row(Guid Id, string Code, string NameKy, string NameRu, int NqfLevel)
    {
        public string Name => LocalizedName.Pick(NameKy, NameRu, null, CultureInfo.CurrentUICulture.Name);
    }

    private static readonly SortColumns<Specialty> Columns = new SortColumns<Specialty>()
        .Add("code", s => s.Code)
        .Add("name", s => s.NameKy)
        .Add("level", s => s.NqfLevel!.Level)
        .ThenBy(s => s.Id);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>The actor's specialties (the tenant filter scopes them), searched by code or either name.</summary>
        public IQueryable<Row> Query(ListQuery query)
        {
            var specialties = db.Specialties.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                specialties = specialties.Where(s => EF.Functions.ILike(s.Code, pattern)
                    || EF.Functions.ILike(s.NameKy, pattern) || EF.Functions.ILike(s.NameRu, pattern));
            }

            return specialties
                .SortBy(query, Columns)
                .Select(s => new Row(s.Id, s.Code, s.NameKy, s.NameRu, s.NqfLevel!.Level));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) =>
            Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
