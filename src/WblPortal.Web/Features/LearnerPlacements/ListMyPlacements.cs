using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.LearnerPlacements;

/// <summary>"My placements": every placement the learner is in (the tenant filter finds only their own), across
/// academic years (September to August, by the placement's start), once the college has proposed or started it (drafts stay the college's).</summary>
public static class ListMyPlacements
{
    public sealed record Row(Guid Id, int AcademicYear, string FormKy, string FormRu, string FormEn, WblStage Stage, string? Employer, string? Site,
        DateOnly StartDate, DateOnly EndDate, string Curator, string? Mentor, PlacementStatus Status)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public string Year => AcademicCalendar.Label(AcademicYear);
    }

    private static readonly SortColumns<Placement> Columns = new SortColumns<Placement>()
        .Add("start", p => p.StartDate)
        .Add("year", p => p.StartDate)
        .Add("form", p => p.Form!.SortOrder)
        .Add("employer", p => p.Employer!.Name)
        .Add("status", p => p.Status)
        .ThenBy(p => p.Id);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query)
        {
            var learnerId = db.Actor.LearnerId;
            var placements = db.Placements.AsNoTracking()
                .Where(p => p.Status != PlacementStatus.Draft && p.Learners.Any(l => l.LearnerId == learnerId));
            if (query.SearchPattern is { } pattern)
            {
                placements = placements.Where(p => EF.Functions.ILike(p.Employer!.Name, pattern) || EF.Functions.ILike(p.Site!, pattern)
                    || EF.Functions.ILike(p.Form!.NameKy, pattern) || EF.Functions.ILike(p.Form!.NameRu, pattern) || EF.Functions.ILike(p.Form!.NameEn, pattern));
            }

            // Newest first unless the learner sorts otherwise.
            if (string.IsNullOrEmpty(query.Sort))
            {
                query.Sort = "start";
                query.Desc = true;
            }

            return placements.SortBy(query, Columns).Select(p => new Row(p.Id, AcademicCalendar.YearOf(p.StartDate), p.Form!.NameKy, p.Form.NameRu, p.Form.NameEn,
                p.Form.Stage, p.Employer != null ? p.Employer.Name : null, p.Site, p.StartDate, p.EndDate, p.Curator!.FullName,
                p.Mentor != null ? p.Mentor.FullName : null, p.Status));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) =>
            Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
