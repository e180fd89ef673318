using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Mentors;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Appointments;

/// <summary>The employer's register of enterprise orders appointing mentors (the tenant filter keeps them to its own).</summary>
public static class ListEnterpriseOrders
{
    public sealed record Row(Guid Id, string Number, DateOnly OrderDate, string HeadName, string? Mentor, string? College, int LearnerCount,
        MentorRequirementGaps Gaps);

    private static readonly SortColumns<EnterpriseOrder> Columns = new SortColumns<EnterpriseOrder>()
        .Add("date", o => o.OrderDate)
        .Add("number", o => o.Number)
        .Add("mentor", o => o.Lines.OrderBy(l => l.LineNo).Select(l => l.MentorName).FirstOrDefault())
        .Add("learners", o => o.Lines.Count)
        .ThenBy(o => o.Id);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query)
        {
            var orders = db.EnterpriseOrders.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                orders = orders.Where(o => EF.Functions.ILike(o.Number, pattern) || EF.Functions.ILike(o.HeadName, pattern)
                    || o.Lines.Any(l => EF.Functions.ILike(l.MentorName, pattern) || EF.Functions.ILike(l.LearnerName, pattern)
                        || EF.Functions.ILike(l.CollegeName, pattern) || EF.Functions.ILike(l.GroupName, pattern)));
            }

            if (string.IsNullOrEmpty(query.Sort))
            {
                query.Sort = "date";
                query.Desc = true; // the newest order first
            }

            return orders.SortBy(query, Columns).Select(o => new Row(o.Id, o.Number, o.OrderDate, o.HeadName,
                o.Lines.OrderBy(l => l.LineNo).Select(l => l.MentorName).FirstOrDefault(),
                o.Lines.OrderBy(l => l.LineNo).Select(l => l.CollegeName).FirstOrDefault(),
                o.Lines.Count,
                o.Lines.OrderBy(l => l.LineNo).Select(l => l.MentorGaps).FirstOrDefault()));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) =>
            Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
