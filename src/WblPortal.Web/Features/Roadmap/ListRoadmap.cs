using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Roadmap;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Roadmap;

/// <summary>The concept's implementation roadmap (Appendix 1): every signed-in party reads it.</summary>
public static class ListRoadmap
{
    public sealed record Row(Guid Id, uint Version, int Number, string TextKy, string TextRu, string TextEn, string Executors, string Deadline,
        string? CompletionFormKy, string? CompletionFormRu, string? CompletionFormEn, RoadmapStatus Status, string? Note, DateTimeOffset? UpdatedAt,
        string? UpdatedByName)
    {
        private static string Culture => System.Globalization.CultureInfo.CurrentUICulture.Name;

        public string Text => Pick(TextKy, TextRu, TextEn) ?? TextKy;

        public string? CompletionForm => Pick(CompletionFormKy, CompletionFormRu, CompletionFormEn);

        private static string? Pick(string? ky, string? ru, string? en) =>
            Culture.StartsWith("ru", StringComparison.Ordinal) ? ru : Culture.StartsWith("en", StringComparison.Ordinal) ? en : ky;
    }

    private static readonly SortColumns<RoadmapMeasure> Columns = new SortColumns<RoadmapMeasure>()
        .Add("number", m => m.Number)
        .Add("deadline", m => m.Deadline)
        .Add("status", m => m.Status)
        .ThenBy(m => m.Id);

    /// <summary>The roadmap page: one page of measures, the status filter, and whether the reader may edit (the ministry).</summary>
    public sealed record Page(PagedList<Row> List, RoadmapStatus? Status, bool CanEdit);

    public sealed class Handler(WblDbContext db)
    {
        public IQueryable<Row> Query(ListQuery query, RoadmapStatus? status)
        {
            var measures = db.RoadmapMeasures.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                measures = measures.Where(m => EF.Functions.ILike(m.TextKy, pattern) || EF.Functions.ILike(m.TextRu, pattern)
                    || EF.Functions.ILike(m.TextEn, pattern) || EF.Functions.ILike(m.Executors, pattern));
            }

            if (status is { } s)
            {
                measures = measures.Where(m => m.Status == s);
            }

            return measures.SortBy(query, Columns)
                .Select(m => new Row(m.Id, m.Version, m.Number, m.TextKy, m.TextRu, m.TextEn, m.Executors, m.Deadline, m.CompletionFormKy,
                    m.CompletionFormRu, m.CompletionFormEn, m.Status, m.Note, m.UpdatedAt, m.UpdatedByName));
        }

        public async Task<Page> PageAsync(ListQuery query, RoadmapStatus? status, bool canEdit, CancellationToken cancellationToken) =>
            new(await ListAsync(query, status, cancellationToken), status, canEdit);

        private Task<PagedList<Row>> ListAsync(ListQuery query, RoadmapStatus? status, CancellationToken cancellationToken) =>
            Query(query, status).ToPagedListAsync(query, cancellationToken);
    }
}
