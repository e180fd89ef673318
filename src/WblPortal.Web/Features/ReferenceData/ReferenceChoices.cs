using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.ReferenceData;

/// <summary>The choice lists of the national reference data (regions, NQF levels, ministries, sectors, college kinds)
/// that several forms offer, named in the user's language.</summary>
public static class ReferenceChoices
{
    public sealed class Handler(WblDbContext db, IStringLocalizer<SharedResource> l)
    {
        private static string Culture => CultureInfo.CurrentUICulture.Name;

        public async Task<IReadOnlyList<SelectListItem>> RegionsAsync(CancellationToken cancellationToken)
        {
            var regions = await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);
            return regions.Select(r => new SelectListItem(LocalizedName.Pick(r.NameKy, r.NameRu, r.NameEn, Culture), r.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        }

        /// <summary>The NQF levels by name; <paramref name="withNumber"/> puts the level's number before its name.</summary>
        public async Task<IReadOnlyList<SelectListItem>> NqfLevelsAsync(bool withNumber, CancellationToken cancellationToken)
        {
            var levels = await db.NqfLevels.AsNoTracking().OrderBy(n => n.Level).ToListAsync(cancellationToken);
            return levels.Select(n =>
            {
                var name = LocalizedName.Pick(n.NameKy, n.NameRu, n.NameEn, Culture);
                return new SelectListItem(withNumber ? $"{n.Level} — {name}" : name, n.Id.ToString(CultureInfo.InvariantCulture));
            }).ToList();
        }

        public async Task<IReadOnlyList<SelectListItem>> MinistriesAsync(CancellationToken cancellationToken)
        {
            var ministries = await db.Ministries.AsNoTracking().OrderBy(x => x.NameKy).ToListAsync(cancellationToken);
            return ministries.Select(x => new SelectListItem(LocalizedName.Pick(x.NameKy, x.NameRu, x.NameEn, Culture), x.Id.ToString())).ToList();
        }

        public IReadOnlyList<SelectListItem> Sectors() =>
            Enum.GetValues<EconomicSector>().Select(k => new SelectListItem(l["Sector_" + k], k.ToString())).ToList();

        public IReadOnlyList<SelectListItem> CollegeKinds() =>
            Enum.GetValues<CollegeKind>().Select(k => new SelectListItem(l["CollegeKind_" + k], k.ToString())).ToList();
    }
}
