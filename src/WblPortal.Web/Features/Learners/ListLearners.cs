using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Learners;

public static class ListLearners
{
    public sealed record Row(Guid Id, string LastName, string FirstName, string? Patronymic, string Pin, Guid GroupId, string Group,
        DateOnly DateOfBirth, Gender Gender, bool HasSpecialNeeds, string? SpecialNeedsNote, string? RepresentativeName,
        string? RepresentativePhone, string? Phone, string? Email)
    {
        public string FullName => string.IsNullOrWhiteSpace(Patronymic) ? $"{LastName} {FirstName}" : $"{LastName} {FirstName} {Patronymic}";
    }

    /// <summary>The page: the learners, the filters (group, special educational needs) and the groups to filter by.</summary>
    public sealed record Page(PagedList<Row> List, Guid? Group, bool SpecialNeeds, IReadOnlyList<SelectListItem> Groups);

    private static readonly SortColumns<Learner> Columns = new SortColumns<Learner>()
        .Add("name", l => l.LastName + " " + l.FirstName)
        .Add("pin", l => l.Pin)
        .Add("group", l => l.Group!.Name)
        .Add("birth", l => l.DateOfBirth)
        .ThenBy(l => l.Id);

    public sealed class Handler(WblDbContext db)
    {
        /// <summary>The actor's learners (the tenant filter scopes them), optionally of one group or only those with
        /// special educational needs, searched by name, ПИН or group.</summary>
        public IQueryable<Row> Query(ListQuery query, Guid? group, bool specialNeeds = false)
        {
            var learners = db.Learners.AsNoTracking();
            if (group is { } groupId)
            {
                learners = learners.Where(l => l.GroupId == groupId);
            }

            if (specialNeeds)
            {
                learners = learners.Where(l => l.HasSpecialNeeds);
            }

            if (query.SearchPattern is { } pattern)
            {
                learners = learners.Where(l => EF.Functions.ILike(l.LastName, pattern) || EF.Functions.ILike(l.FirstName, pattern)
                    || EF.Functions.ILike(l.Patronymic!, pattern) || EF.Functions.ILike(l.LastName + " " + l.FirstName, pattern)
                    || EF.Functions.ILike(l.Pin, pattern) || EF.Functions.ILike(l.Group!.Name, pattern));
            }

            return learners
                .SortBy(query, Columns)
                .Select(l => new Row(l.Id, l.LastName, l.FirstName, l.Patronymic, l.Pin, l.GroupId, l.Group!.Name, l.DateOfBirth, l.Gender,
                    l.HasSpecialNeeds, l.SpecialNeedsNote, l.RepresentativeName, l.RepresentativePhone, l.Phone, l.Email));
        }

        public async Task<Page> PageAsync(ListQuery query, Guid? group, bool specialNeeds, CancellationToken cancellationToken)
        {
            var list = await Query(query, group, specialNeeds).ToPagedListAsync(query, cancellationToken);
            return new Page(list, group, specialNeeds, await GroupChoicesAsync(db, group, cancellationToken));
        }
    }

    /// <summary>The actor's groups as select items, by name.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> GroupChoicesAsync(WblDbContext db, Guid? selected, CancellationToken cancellationToken)
    {
        var groups = await db.StudyGroups.AsNoTracking().OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
        return groups.Select(g => new SelectListItem(g.Name, g.Id.ToString(), g.Id == selected)).ToList();
    }
}
