using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The learners whose diaries the actor sees (a mentor their own, an employer its mentors', a college its
/// placements', a learner themself), at placements shared with an employer, with the induction's state and the
/// entries waiting for approval.</summary>
public static class ListDiaries
{
    public sealed record Row(Guid Id, Guid PlacementId, string LastName, string FirstName, string? Patronymic, string? Employer,
        string FormKy, string FormRu, string FormEn, DateOnly StartDate, DateOnly EndDate, PlacementStatus Status,
        bool HasInduction, bool Acknowledged, int Pending, int ToCountersign)
    {
        public string LearnerName => DiaryDetails.FullName(LastName, FirstName, Patronymic);

        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);
    }

    private static readonly SortColumns<PlacementLearner> Columns = new SortColumns<PlacementLearner>()
        .Add("learner", pl => pl.Learner!.LastName)
        .Add("start", pl => pl.Placement!.StartDate)
        .Add("employer", pl => pl.Placement!.Employer!.Name)
        .ThenBy(pl => pl.Id);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query, Guid? placementId)
        {
            var rows = db.PlacementLearners.AsNoTracking()
                .Where(pl => pl.Placement!.EmployerId != null && pl.Placement.SharedWithEmployerAt != null
                    && pl.Placement.Status != PlacementStatus.Declined && pl.Placement.Status != PlacementStatus.Cancelled
                    && pl.Placement.Status != PlacementStatus.Proposed && pl.Placement.Status != PlacementStatus.ChangesRequested);
            if (placementId is { } p)
            {
                rows = rows.Where(pl => pl.PlacementId == p);
            }

            if (query.SearchPattern is { } pattern)
            {
                rows = rows.Where(pl => EF.Functions.ILike(pl.Learner!.LastName + " " + pl.Learner.FirstName, pattern)
                    || EF.Functions.ILike(pl.Placement!.Employer!.Name, pattern));
            }

            return rows.SortBy(query, Columns).Select(pl => new Row(pl.Id, pl.PlacementId, pl.Learner!.LastName, pl.Learner.FirstName,
                pl.Learner.Patronymic, pl.Placement!.Employer!.Name, pl.Placement.Form!.NameKy, pl.Placement.Form.NameRu, pl.Placement.Form.NameEn,
                pl.Placement.StartDate, pl.Placement.EndDate, pl.Placement.Status,
                db.SafetyInductions.Any(i => i.PlacementLearnerId == pl.Id),
                db.SafetyInductions.Any(i => i.PlacementLearnerId == pl.Id && i.AcknowledgedAt != null),
                db.DiaryEntries.Count(e => e.PlacementLearnerId == pl.Id && e.Status == DiaryEntryStatus.Submitted),
                db.DiaryEntries.Count(e => e.PlacementLearnerId == pl.Id && e.Status == DiaryEntryStatus.Approved)));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, Guid? placementId, CancellationToken cancellationToken) =>
            Query(query, placementId).ToPagedListAsync(query, cancellationToken);
    }
}
