using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Programmes;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Competencies;

/// <summary>The competency matrix of the college's specialties: general and professional competencies that programme
/// outcomes link to.</summary>
public static class ListCompetencies
{
    public sealed record Row(Guid Id, string SpecialtyCode, CompetencyKind Kind, string Code, string NameKy, string NameRu);

    public sealed record Page(PagedList<Row> List, Guid? Specialty, IReadOnlyList<SelectListItem> Specialties);

    private static readonly SortColumns<Competency> Columns = new SortColumns<Competency>()
        .Add("code", c => c.Code)
        .Add("specialty", c => c.Specialty!.Code)
        .Add("kind", c => c.Kind)
        .Add("name", c => c.NameKy)
        .ThenBy(c => c.Id);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>The college's own competencies (employers read them too, so the college is named explicitly).</summary>
        public IQueryable<Row> Query(ListQuery query, Guid? specialty)
        {
            var collegeId = db.Actor.CollegeId;
            var competencies = db.Competencies.AsNoTracking().Where(c => c.CollegeId == collegeId);
            if (specialty is { } specialtyId)
            {
                competencies = competencies.Where(c => c.SpecialtyId == specialtyId);
            }

            if (query.SearchPattern is { } pattern)
            {
                competencies = competencies.Where(c => EF.Functions.ILike(c.Code, pattern) || EF.Functions.ILike(c.NameKy, pattern)
                    || EF.Functions.ILike(c.NameRu, pattern) || EF.Functions.ILike(c.Specialty!.Code, pattern));
            }

            return competencies.SortBy(query, Columns)
                .Select(c => new Row(c.Id, c.Specialty!.Code, c.Kind, c.Code, c.NameKy, c.NameRu));
        }

        public async Task<Page> PageAsync(ListQuery query, Guid? specialty, CancellationToken cancellationToken) =>
            new(await Query(query, specialty).ToPagedListAsync(query, cancellationToken), specialty,
                await SpecialtyChoicesAsync(db, specialty, cancellationToken));
    }

    /// <summary>The actor's specialties as select items ("code name"), by code.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> SpecialtyChoicesAsync(WblDbContext db, Guid? selected, CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var specialties = await db.Specialties.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.NameKy, s.NameRu }).ToListAsync(cancellationToken);
        return specialties.Select(s => new SelectListItem(s.Code + " " + Domain.Common.LocalizedName.Pick(s.NameKy, s.NameRu, null, culture),
            s.Id.ToString(), s.Id == selected)).ToList();
    }
}
