using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.StudyGroups;

public static class ListStudyGroups
{
    public sealed record Row(Guid Id, string Name, string SpecialtyCode, string SpecialtyNameKy, string SpecialtyNameRu,
        int IntakeYear, int YearOfStudy, string? Curator, int Learners)
    {
        public string Specialty => SpecialtyCode + " " + LocalizedName.Pick(SpecialtyNameKy, SpecialtyNameRu, null, CultureInfo.CurrentUICulture.Name);
    }

    private static readonly SortColumns<StudyGroup> Columns = new SortColumns<StudyGroup>()
        .Add("name", g => g.Name)
        .Add("specialty", g => g.Specialty!.Code)
        .Add("intake", g => g.IntakeYear)
        .Add("year", g => g.YearOfStudy)
        .Add("curator", g => g.Curator!.FullName)
        .ThenBy(g => g.Id);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>The actor's groups (the tenant filter scopes them), searched by group name, specialty or curator,
        /// with their learner counts, in one command.</summary>
        public IQueryable<Row> Query(ListQuery query)
        {
            var groups = db.StudyGroups.AsNoTracking();
            if (query.SearchPattern is { } pattern)
            {
                groups = groups.Where(g => EF.Functions.ILike(g.Name, pattern)
                    || EF.Functions.ILike(g.Specialty!.Code, pattern) || EF.Functions.ILike(g.Specialty!.NameKy, pattern)
                    || EF.Functions.ILike(g.Specialty!.NameRu, pattern) || EF.Functions.ILike(g.Curator!.FullName, pattern));
            }

            return groups
                .SortBy(query, Columns)
                .Select(g => new Row(g.Id, g.Name, g.Specialty!.Code, g.Specialty.NameKy, g.Specialty.NameRu, g.IntakeYear, g.YearOfStudy,
                    g.Curator == null ? null : g.Curator.FullName, db.Learners.Count(l => l.GroupId == g.Id)));
        }

        public Task<PagedList<Row>> PageAsync(ListQuery query, CancellationToken cancellationToken) =>
            Query(query).ToPagedListAsync(query, cancellationToken);
    }
}
