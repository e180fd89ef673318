using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
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

    /// <summary>The work list's default order: the oldest placement first, its waiting weeks being the oldest due.</summary>
    private static readonly SortColumns<PlacementLearner> WorkColumns = new SortColumns<PlacementLearner>()
        .Add("start", pl => pl.Placement!.StartDate)
        .ThenBy(pl => pl.Id);

    /// <summary>Which learners the list shows.</summary>
    /// <param name="PlacementId">one placement's learners (then all of them)</param>
    /// <param name="All">every year and every diary, not only the work list</param>
    public sealed record Scope(Guid? PlacementId, bool All, DiaryMode Mode)
    {
        /// <summary>The college's and the employer's diaries open as a work list (<see cref="WorkList"/>): this
        /// academic year's diaries with something waiting on their side. The mentor has the weeks to approve above
        /// the list, the learner their own diaries: both see every diary.</summary>
        public bool IsWorkList => !All && PlacementId is null && Mode is DiaryMode.College or DiaryMode.Employer;
    }

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public int AcademicYear => WorkList.CurrentAcademicYear(clock);

        public IQueryable<Row> Query(ListQuery query, Scope scope)
        {
            var placementId = scope.PlacementId;
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

            if (scope.IsWorkList)
            {
                // Waiting on the college: weeks the mentor approved, to countersign. On the employer: weeks submitted,
                // to approve, or a learner at work without the safety induction recorded.
                var from = WorkList.CurrentYearStart(clock);
                rows = rows.Where(pl => pl.Placement!.StartDate >= from);
                rows = scope.Mode == DiaryMode.College
                    ? rows.Where(pl => db.DiaryEntries.Any(e => e.PlacementLearnerId == pl.Id && e.Status == DiaryEntryStatus.Approved))
                    : rows.Where(pl => db.DiaryEntries.Any(e => e.PlacementLearnerId == pl.Id && e.Status == DiaryEntryStatus.Submitted)
                        || ((pl.Placement!.Status == PlacementStatus.MentorAssigned || pl.Placement.Status == PlacementStatus.InProgress)
                            && !db.SafetyInductions.Any(i => i.PlacementLearnerId == pl.Id)));
            }

            var columns = scope.IsWorkList && string.IsNullOrEmpty(query.Sort) ? WorkColumns : Columns;
            return rows.SortBy(query, columns).Select(pl => new Row(pl.Id, pl.PlacementId, pl.Learner!.LastName, pl.Learner.FirstName,
                pl.Learner.Patronymic, pl.Placement!.Employer!.Name, pl.Placement.Form!.NameKy, pl.Placement.Form.NameRu, pl.Placement.Form.NameEn,
                pl.Placement.StartDate, pl.Placement.EndDate, pl.Placement.Status,
                db.SafetyInductions.Any(i => i.PlacementLearnerId == pl.Id),
                db.SafetyInductions.Any(i => i.PlacementLearnerId == pl.Id && i.AcknowledgedAt != null),
                db.DiaryEntries.Count(e => e.PlacementLearnerId == pl.Id && e.Status == DiaryEntryStatus.Submitted),
                db.DiaryEntries.Count(e => e.PlacementLearnerId == pl.Id && e.Status == DiaryEntryStatus.Approved)));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, Scope scope, CancellationToken cancellationToken) =>
            Query(query, scope).ToPagedListAsync(query, cancellationToken);
    }
}
