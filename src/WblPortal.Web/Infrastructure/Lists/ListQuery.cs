using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace WblPortal.Web.Infrastructure.Lists;

/// <summary>Paging, sorting and search of a list page, bound from the query string (?q=&amp;sort=&amp;desc=&amp;page=).</summary>
public sealed class ListQuery
{
    public const int DefaultPageSize = 20;

    public string? Q { get; set; }
    public string? Sort { get; set; }
    public bool Desc { get; set; }
    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>The search text as an ILIKE pattern ("%text%"), with the wildcard characters escaped; null when empty.</summary>
    public string? SearchPattern =>
        string.IsNullOrWhiteSpace(Q) ? null : "%" + Q.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}

/// <summary>One page of a list, with what the pager and the sort headers need.</summary>
public sealed class PagedList<T>(IReadOnlyList<T> items, int page, int pageSize, int totalCount, ListQuery query)
{
    public IReadOnlyList<T> Items { get; } = items;
    public int Page { get; } = page;
    public int PageSize { get; } = pageSize;
    public int TotalCount { get; } = totalCount;
    public ListQuery Query { get; } = query;
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}

public static class ListQueryExtensions
{
    /// <summary>Orders by the column the query names (falling back to the first column), then by the key for a
    /// stable order across pages.</summary>
    public static IQueryable<T> SortBy<T>(this IQueryable<T> source, ListQuery query, SortColumns<T> columns)
    {
        var (_, key) = columns.Find(query.Sort);
        var ordered = query.Desc ? source.OrderByDescending(key) : source.OrderBy(key);
        return columns.TieBreaker is null ? ordered : ordered.ThenBy(columns.TieBreaker);
    }

    /// <summary>One page and the total in a single round trip: the total rides on each row of the page as an
    /// uncorrelated scalar subquery (an InitPlan, counted once), so a list costs one command, not a COUNT and then the
    /// page. Only a page past the end (no rows) costs a second count and the last page.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, ListQuery query, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var all = source;
        var rows = await source.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new PageRow<T>(x, all.Count()))
            .ToListAsync(cancellationToken);
        if (rows.Count > 0 || page == 1)
        {
            return new PagedList<T>(rows.Select(r => r.Item).ToList(), page, pageSize, rows.Count > 0 ? rows[0].Total : 0, query);
        }

        // Asked for a page past the end (a bookmark, rows deleted meanwhile): show the last one.
        var total = await source.CountAsync(cancellationToken);
        var last = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var items = await source.Skip((last - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, last, pageSize, total, query);
    }

    private sealed record PageRow<T>(T Item, int Total);
}

/// <summary>The sortable columns of a list: a key in the query string → the expression to order by.</summary>
public sealed class SortColumns<T>
{
    private readonly List<(string Key, Expression<Func<T, object?>> Expression)> _columns = [];

    public Expression<Func<T, object?>>? TieBreaker { get; private set; }

    public SortColumns<T> Add(string key, Expression<Func<T, object?>> expression)
    {
        _columns.Add((key, expression));
        return this;
    }

    public SortColumns<T> ThenBy(Expression<Func<T, object?>> expression)
    {
        TieBreaker = expression;
        return this;
    }

    public (string Key, Expression<Func<T, object?>> Expression) Find(string? key) =>
        _columns.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found
            ? found
            : _columns[0];
}
