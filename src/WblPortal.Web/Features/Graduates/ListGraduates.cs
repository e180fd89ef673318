using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Learners;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Graduates;

/// <summary>The college's graduates (learners with a graduation date) by graduation year and group, with both
/// employment checkpoints and whether each is upcoming, due, overdue or recorded.</summary>
public static class ListGraduates
{
    public sealed class Filter
    {
        public int? Year { get; set; }
        public Guid? Group { get; set; }

        /// <summary>Only graduates with a checkpoint due or overdue.</summary>
        public bool Pending { get; set; }
    }

    public sealed record Checkpoint(EmploymentStatus? Status, string? Employer, string? Position, DateOnly? RecordedOn);

    public sealed record Row(Guid Id, string FullName, string Group, DateOnly GraduatedOn, Checkpoint Six, Checkpoint Twelve)
    {
        public DateOnly SixDueOn => GraduateEmployment.DueOn(GraduatedOn, EmploymentCheckpoint.SixMonths);

        public DateOnly TwelveDueOn => GraduateEmployment.DueOn(GraduatedOn, EmploymentCheckpoint.TwelveMonths);

        public CheckpointState SixState(DateOnly today) => GraduateEmployment.StateOf(GraduatedOn, EmploymentCheckpoint.SixMonths, Six.Status is not null, today);

        public CheckpointState TwelveState(DateOnly today) => GraduateEmployment.StateOf(GraduatedOn, EmploymentCheckpoint.TwelveMonths, Twelve.Status is not null, today);
    }

    public sealed record Page(PagedList<Row> List, Filter Filter, IReadOnlyList<SelectListItem> Years, IReadOnlyList<SelectListItem> Groups, DateOnly Today);

    private static readonly SortColumns<Learner> Columns = new SortColumns<Learner>()
        .Add("name", l => l.LastName + " " + l.FirstName)
        .Add("group", l => l.Group!.Name)
        .Add("graduated", l => l.GraduatedOn)
        .ThenBy(l => l.Id);

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public IQueryable<Row> Query(ListQuery query, Filter filter)
        {
            var learners = db.Learners.AsNoTracking().Where(l => l.GraduatedOn != null);
            if (filter.Year is { } year)
            {
                var from = new DateOnly(year, 1, 1);
                var to = new DateOnly(year, 12, 31);
                learners = learners.Where(l => l.GraduatedOn >= from && l.GraduatedOn <= to);
            }

            if (filter.Group is { } group)
            {
                learners = learners.Where(l => l.GroupId == group);
            }

            if (filter.Pending)
            {
                // A checkpoint is pending once its due date has passed and nothing is recorded.
                var today = clock.BishkekToday();
                var sixBefore = today.AddMonths(-6);
                var twelveBefore = today.AddMonths(-12);
                learners = learners.Where(l =>
                    (l.GraduatedOn <= sixBefore && !db.GraduateEmployments.Any(e => e.LearnerId == l.Id && e.Checkpoint == EmploymentCheckpoint.SixMonths))
                    || (l.GraduatedOn <= twelveBefore && !db.GraduateEmployments.Any(e => e.LearnerId == l.Id && e.Checkpoint == EmploymentCheckpoint.TwelveMonths)));
            }

            if (query.SearchPattern is { } pattern)
            {
                learners = learners.Where(l => EF.Functions.ILike(l.LastName + " " + l.FirstName + " " + (l.Patronymic ?? ""), pattern)
                    || EF.Functions.ILike(l.Group!.Name, pattern)
                    || db.GraduateEmployments.Any(e => e.LearnerId == l.Id && (EF.Functions.ILike(e.EmployerName!, pattern) || EF.Functions.ILike(e.Position!, pattern))));
            }

            return learners.SortBy(query, Columns).Select(l => new Row(
                l.Id,
                l.LastName + " " + l.FirstName + (l.Patronymic == null ? "" : " " + l.Patronymic),
                l.Group!.Name,
                l.GraduatedOn!.Value,
                db.GraduateEmployments.Where(e => e.LearnerId == l.Id && e.Checkpoint == EmploymentCheckpoint.SixMonths)
                    .Select(e => new Checkpoint(e.Status, e.EmployerName, e.Position, e.RecordedOn)).FirstOrDefault() ?? new Checkpoint(null, null, null, null),
                db.GraduateEmployments.Where(e => e.LearnerId == l.Id && e.Checkpoint == EmploymentCheckpoint.TwelveMonths)
                    .Select(e => new Checkpoint(e.Status, e.EmployerName, e.Position, e.RecordedOn)).FirstOrDefault() ?? new Checkpoint(null, null, null, null)));
        }

        public async Task<Page> PageAsync(ListQuery query, Filter filter, CancellationToken cancellationToken)
        {
            var list = await Query(query, filter).ToPagedListAsync(query, cancellationToken);
            var years = (await db.Learners.AsNoTracking().Where(l => l.GraduatedOn != null).Select(l => l.GraduatedOn!.Value.Year).Distinct()
                    .ToListAsync(cancellationToken))
                .OrderByDescending(y => y).Select(y => new SelectListItem(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture), y == filter.Year)).ToList();
            var groups = await db.StudyGroups.AsNoTracking().OrderBy(g => g.Name)
                .Select(g => new SelectListItem(g.Name, g.Id.ToString(), g.Id == filter.Group)).ToListAsync(cancellationToken);
            return new Page(list, filter, years, groups, clock.BishkekToday());
        }
    }
}
