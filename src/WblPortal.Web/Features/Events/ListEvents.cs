using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Events;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Events;

/// <summary>The calendar of information events: by month (?year=2026&amp;month=3, chosen from two selects with the
/// month's name in the user's language), or upcoming first. The college sees its own,
/// an employer those it takes part in (the tenant filter decides).</summary>
public static class ListEvents
{
    public sealed class Filter
    {
        /// <summary>The month, 1–12 (another number answers 400); without a year, of the current calendar year.</summary>
        public int? Month { get; set; }

        /// <summary>The year (the binder refuses one outside 2000–2100 with a 400).</summary>
        public int? Year { get; set; }

        public bool IsValid => Month is null or (>= 1 and <= 12);

        public DateOnly? MonthStart => IsValid && Month is { } m && Year is { } y ? new DateOnly(y, m, 1) : null;
    }

    public sealed record Row(Guid Id, string Title, DateTimeOffset StartsAt, string? Location, string FormKy, string FormRu, string FormEn, WblStage Stage,
        EventStatus Status, string CollegeNameKy, string CollegeNameRu, int Participants, int Attended)
    {
        public string Form => LocalizedName.Pick(FormKy, FormRu, FormEn, CultureInfo.CurrentUICulture.Name);

        public string CollegeName => LocalizedName.Pick(CollegeNameKy, CollegeNameRu, null, CultureInfo.CurrentUICulture.Name);

        public DateTimeOffset LocalStartsAt => StartsAt.ToOffset(BishkekTime.Offset);
    }

    public sealed class Handler(WblDbContext db, TimeProvider clock)
    {
        public IQueryable<Row> Query(ListQuery query, Filter filter)
        {
            var now = clock.GetUtcNow();
            if (filter.Month is not null)
            {
                filter.Year ??= clock.BishkekToday().Year;
            }

            var events = db.InformationEvents.AsNoTracking();
            if (filter.MonthStart is { } month)
            {
                var from = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), BishkekTime.Offset);
                var to = from.AddMonths(1);
                events = events.Where(e => e.StartsAt >= from && e.StartsAt < to);
            }

            if (query.SearchPattern is { } pattern)
            {
                events = events.Where(e => EF.Functions.ILike(e.Title, pattern) || (e.Location != null && EF.Functions.ILike(e.Location, pattern)));
            }

            var columns = new SortColumns<InformationEvent>()
                .Add("upcoming", e => e.StartsAt < now)
                .Add("date", e => e.StartsAt)
                .Add("title", e => e.Title)
                .Add("form", e => e.FormId)
                .ThenBy(e => e.StartsAt);
            return events
                .SortBy(query, columns)
                .Select(e => new Row(e.Id, e.Title, e.StartsAt, e.Location, e.Form!.NameKy, e.Form.NameRu, e.Form.NameEn, e.Form.Stage, e.Status,
                    db.Colleges.Where(c => c.Id == e.CollegeId).Select(c => c.NameKy).FirstOrDefault() ?? "",
                    db.Colleges.Where(c => c.Id == e.CollegeId).Select(c => c.NameRu).FirstOrDefault() ?? "",
                    e.Participants.Count, e.Attendance.Count(a => a.Attended)));
        }

        public async Task<Page> PageAsync(ListQuery query, Filter filter, CancellationToken cancellationToken) =>
            new(await Query(query, filter).ToPagedListAsync(query, cancellationToken), filter);
    }

    /// <summary>The list page: the rows and the filter they were chosen by.</summary>
    public sealed record Page(PagedList<Row> List, Filter Filter);
}
