using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Partnerships;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Partnerships;

/// <summary>The actor's partnerships: a college sees its own, an employer those with every college (the tenant
/// filter decides). A signed document past its validity is shown as expired even before the daily job moves it.</summary>
public static class ListPartnerships
{
    public sealed class Filter
    {
        public PartnershipStatus? Status { get; set; }
        public PartnershipKind? Kind { get; set; }

        /// <summary>Only drafts waiting for the actor's own signature (the employer's or the college's side).</summary>
        public bool Awaiting { get; set; }
    }

    public sealed record Row(Guid Id, PartnershipKind Kind, string Number, string CollegeNameKy, string CollegeNameRu, string? CollegeNameEn,
        string EmployerName, DateOnly ConcludedOn, DateOnly ValidFrom, DateOnly? ValidUntil, PartnershipStatus Status, bool HasScan)
    {
        public string CollegeName => WblPortal.Domain.Common.LocalizedName.Pick(CollegeNameKy, CollegeNameRu, CollegeNameEn,
            System.Globalization.CultureInfo.CurrentUICulture.Name);
    }

    private static readonly SortColumns<Partnership> Columns = new SortColumns<Partnership>()
        .Add("concluded", p => p.ConcludedOn)
        .Add("number", p => p.Number)
        .Add("kind", p => p.Kind)
        .Add("employer", p => p.Employer!.Name)
        .Add("college", p => p.College!.NameKy)
        .Add("until", p => p.ValidUntil)
        .Add("status", p => p.Status)
        .ThenBy(p => p.Id);

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public IQueryable<Row> Query(ListQuery query, Filter filter)
        {
            var today = clock.BishkekToday();
            var partnerships = db.Partnerships.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                partnerships = partnerships.Where(p => EF.Functions.ILike(p.Number, pattern) || EF.Functions.ILike(p.Employer!.Name, pattern)
                    || EF.Functions.ILike(p.College!.NameKy, pattern) || EF.Functions.ILike(p.College!.NameRu, pattern)
                    || (p.Subject != null && EF.Functions.ILike(p.Subject, pattern)));
            }

            if (filter.Awaiting)
            {
                partnerships = db.Actor.EmployerId is not null
                    ? partnerships.Where(p => p.Status == PartnershipStatus.Draft && p.EmployerSignedAt == null)
                    : partnerships.Where(p => p.Status == PartnershipStatus.Draft && p.CollegeSignedAt == null);
            }

            if (filter.Kind is { } kind)
            {
                partnerships = partnerships.Where(p => p.Kind == kind);
            }

            partnerships = filter.Status switch
            {
                null => partnerships,
                PartnershipStatus.Expired => partnerships.Where(p => p.Status == PartnershipStatus.Expired
                    || ((p.Status == PartnershipStatus.Signed || p.Status == PartnershipStatus.SignedOnPaper) && p.ValidUntil < today)),
                PartnershipStatus.Signed or PartnershipStatus.SignedOnPaper => partnerships.Where(p => p.Status == filter.Status
                    && (p.ValidUntil == null || p.ValidUntil >= today)),
                var status => partnerships.Where(p => p.Status == status),
            };

            return partnerships
                .SortBy(query, Columns)
                .Select(p => new Row(p.Id, p.Kind, p.Number, p.College!.NameKy, p.College.NameRu, p.College.NameEn, p.Employer!.Name,
                    p.ConcludedOn, p.ValidFrom, p.ValidUntil,
                    (p.Status == PartnershipStatus.Signed || p.Status == PartnershipStatus.SignedOnPaper) && p.ValidUntil < today
                        ? PartnershipStatus.Expired : p.Status,
                    p.ScanFileId != null));
        }

        public async Task<Page> PageAsync(ListQuery query, Filter filter, CancellationToken cancellationToken) =>
            new(await Query(query, filter).ToPagedListAsync(query, cancellationToken), filter);
    }

    /// <summary>The list page: the rows and the filter they were chosen by.</summary>
    public sealed record Page(PagedList<Row> List, Filter Filter);
}
