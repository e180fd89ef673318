using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Orders;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Orders;

/// <summary>The college's order register: issued orders of a year by number, and the drafts.</summary>
public static class ListOrders
{
    public sealed record Row(Guid Id, int? Year, int? Number, DateOnly? IssuedOn, string Title, OrderKind Kind, OrderStatus Status,
        string? EmployerName, Guid? CorrectsOrderId)
    {
        public string? DisplayNumber => Number is null ? null : $"{Number}/{Year}";
    }

    public sealed record Page(PagedList<Row> List, int? Year, IReadOnlyList<int> Years);

    private static readonly SortColumns<Order> Columns = new SortColumns<Order>()
        .Add("number", o => o.Number)
        .Add("date", o => o.IssuedOn)
        .Add("title", o => o.Title)
        .Add("status", o => o.Status)
        .ThenBy(o => o.Id);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>Orders of the year (issued that year, or drafts when no year is chosen), searched by title,
        /// employer or number.</summary>
        public IQueryable<Row> Query(ListQuery query, int? year)
        {
            var orders = db.Orders.AsNoTracking();
            if (year is { } y)
            {
                orders = orders.Where(o => o.Year == y);
            }

            if (query.SearchPattern is { } pattern)
            {
#pragma warning disable CA1305 // translated to SQL (number::text): a culture argument would not translate
                orders = orders.Where(o => EF.Functions.ILike(o.Title, pattern) || EF.Functions.ILike(o.EmployerName!, pattern)
                    || EF.Functions.ILike(o.Number.ToString() + "/" + o.Year.ToString(), pattern));
#pragma warning restore CA1305
            }

            return orders
                .SortBy(query, Columns)
                .Select(o => new Row(o.Id, o.Year, o.Number, o.IssuedOn, o.Title, o.Kind, o.Status, o.EmployerName, o.CorrectsOrderId));
        }

        public async Task<Page> PageAsync(ListQuery query, int? year, CancellationToken cancellationToken)
        {
            var list = await Query(query, year).ToPagedListAsync(query, cancellationToken);
            var years = await db.Orders.Where(o => o.Year != null).Select(o => o.Year!.Value).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
            return new Page(list, year, years);
        }
    }
}
