using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Events;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Events;

/// <summary>The calendar of information events: by month (?month=2026-03), or upcoming first. The college sees its own,
/// an employer those it takes part in (the tenant filter decides).</summary>
public static class ListEvents
{
    public sealed class Filter
    {
        public string? Month { get; set; }

        public DateOnly? MonthStart =>
            DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
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
