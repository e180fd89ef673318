using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.EmployerSites;

/// <summary>
/// How full the placement's site is over the placement's dates: the largest number of learners confirmed (by any
/// college) in other placements at the same site on any one day of the period. Confirming more than the site's
/// capacity is refused; the employer can raise the capacity on its sites page. The check and the confirmation run in
/// one transaction holding the site's row (<see cref="Handler.LockSiteAsync"/>).
/// </summary>
public static class SiteCapacity
{
    public sealed record Load(string Site, int Capacity, int Confirmed)
    {
        public int Free => Math.Max(0, Capacity - Confirmed);
    }

    private static readonly PlacementStatus[] Holding = [PlacementStatus.Confirmed, PlacementStatus.MentorAssigned, PlacementStatus.InProgress];

    public sealed class Handler(WblDbContext db, IStringLocalizer<GraduateResource> g)
    {
        /// <summary>Null when the placement names no site of its employer that has a capacity.</summary>
        public async Task<Load?> LoadAsync(Guid placementId, CancellationToken cancellationToken)
        {
            var p = await db.Placements.AsNoTracking().Where(x => x.Id == placementId)
                .Select(x => new { x.Id, x.EmployerId, x.Site, x.StartDate, x.EndDate }).SingleOrDefaultAsync(cancellationToken);
            if (p?.EmployerId is null || string.IsNullOrWhiteSpace(p.Site))
            {
                return null;
            }

            var key = EmployerSite.KeyOf(p.Site);
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(); a culture or a StringComparison would not translate
            var site = await db.EmployerSites.AsNoTracking().Where(s => s.EmployerId == p.EmployerId && s.Name.Trim().ToLower() == key)
                .Select(s => new { s.Name, s.Capacity }).FirstOrDefaultAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
            if (site is null)
            {
                return null;
            }

#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(); a culture or a StringComparison would not translate
            var others = await db.Placements.AsNoTracking()
                .Where(x => x.Id != p.Id && x.EmployerId == p.EmployerId && x.Site != null && x.Site.Trim().ToLower() == key
                    && Holding.Contains(x.Status) && x.ConfirmedCount != null && x.StartDate <= p.EndDate && p.StartDate <= x.EndDate)
                .Select(x => new { x.StartDate, x.EndDate, Count = x.ConfirmedCount!.Value })
                .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862

            // The busiest day: the load only rises on a start date, so checking the period's start and every start inside it is enough.
            var days = others.Select(o => o.StartDate).Where(d => d > p.StartDate).Append(p.StartDate);
            var peak = days.Select(day => others.Where(o => o.StartDate <= day && day <= o.EndDate).Sum(o => o.Count)).DefaultIfEmpty(0).Max();
            return new Load(site.Name, site.Capacity, peak);
        }

        /// <summary>Locks the placement's site row in the confirmation's transaction (begun by the caller with
        /// <c>db.InTransactionAsync</c>), so that two confirmations at one site (by two employer users, for two colleges)
        /// are checked one after the other: the second waits, then counts the first. The lock ends with the transaction.</summary>
        public async Task LockSiteAsync(Guid placementId, CancellationToken cancellationToken)
        {
            if (db.Database.CurrentTransaction is null)
            {
                throw new InvalidOperationException("Lock a site inside the confirmation's transaction.");
            }

            var p = await db.Placements.AsNoTracking().Where(x => x.Id == placementId)
                .Select(x => new { x.EmployerId, x.Site }).SingleOrDefaultAsync(cancellationToken);
            if (p?.EmployerId is { } employerId && !string.IsNullOrWhiteSpace(p.Site))
            {
                // The placement was found in the actor's scope; its employer's site rows are locked by key (raw SQL: a lock only).
                var key = EmployerSite.KeyOf(p.Site);
                await db.Database.ExecuteSqlAsync(
                    $"SELECT 1 FROM employer_sites WHERE employer_id = {employerId} AND lower(btrim(name)) = {key} FOR UPDATE", cancellationToken);
            }
        }

        /// <summary>The refusal when confirming <paramref name="count"/> learners would overfill the site; null if it fits.</summary>
        public async Task<FeatureResult?> CheckAsync(Guid placementId, int count, CancellationToken cancellationToken)
        {
            var load = await LoadAsync(placementId, cancellationToken);
            return load is null || load.Confirmed + count <= load.Capacity
                ? null
                : FeatureResult.Invalid("Count", g["Site_CapacityExceeded", load.Site, load.Capacity, load.Confirmed, load.Free]);
        }
    }
}
