using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;

namespace WblPortal.Infrastructure.Data.Access;

/// <summary>
/// The one door past the tenant filter for reading another party's details of a row the actor has already found in
/// scope: the learner an agreement names, the mentor of an order's placement, the college and curator printed on a
/// diary. Each party's filter hides the others' records, while the paper or the form names them all. The filter is
/// lifted by name, the rows are read untracked, and only rows of the in-scope row's own college (or employer) are
/// reachable — the caller narrows further by the ids the row names, and never reaches another tenant's rows.
/// </summary>
public static class ReadThrough
{
    /// <summary>Rows of <paramref name="rowInScope"/>'s college, past the tenant filter, read-only.</summary>
    public static IQueryable<T> ReadThroughCollegeOf<T>(this DbSet<T> set, ICollegeOwned rowInScope)
        where T : Entity, ICollegeOwned =>
        set.ReadThroughCollege(rowInScope.CollegeId);

    /// <summary>Rows of the college <paramref name="collegeOfRowInScope"/> — the college id of a row the caller read
    /// through the filtered context — past the tenant filter, read-only.</summary>
    public static IQueryable<T> ReadThroughCollege<T>(this DbSet<T> set, Guid collegeOfRowInScope)
        where T : Entity, ICollegeOwned
    {
        var rows = set.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking();
        return typeof(T) == typeof(College)
            ? rows.Where(x => x.Id == collegeOfRowInScope)
            : rows.Where(x => EF.Property<Guid>(x, nameof(ICollegeOwned.CollegeId)) == collegeOfRowInScope);
    }

    /// <summary>Rows of the employer <paramref name="employerOfRowInScope"/> — the employer id of a row the caller read
    /// in scope — past the tenant filter, read-only.</summary>
    public static IQueryable<T> ReadThroughEmployer<T>(this DbSet<T> set, Guid employerOfRowInScope)
        where T : Entity, IEmployerOwned
    {
        var rows = set.IgnoreQueryFilters([WblDbContext.TenantFilter]).AsNoTracking();
        return typeof(T) == typeof(Employer)
            ? rows.Where(x => x.Id == employerOfRowInScope)
            : rows.Where(x => EF.Property<Guid>(x, nameof(IEmployerOwned.EmployerId)) == employerOfRowInScope);
    }
}
