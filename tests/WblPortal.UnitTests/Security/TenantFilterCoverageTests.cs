using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.UnitTests.Security;

/// <summary>Every entity that carries a tenant column is read through the named tenant filter, so a new entity cannot
/// forget its access file. The model is built without a database: the filters are part of the model.</summary>
public sealed class TenantFilterCoverageTests
{
    /// <summary>Columns that tie a row to a college, an employer, a mentor, a learner or an organization.</summary>
    private static readonly string[] TenantColumns =
        ["CollegeId", "EmployerId", "MentorId", "LearnerId", "OrganizationId", "IssuerOrganizationId", "PlacementLearnerId", "UserId"];

    /// <summary>Tables with a tenant column but no filter, each with the reason.</summary>
    private static readonly Dictionary<string, string> Unfiltered = new()
    {
        // Identity: users are looked up by name at sign-in, before any actor exists; the user lists filter by organization.
        ["ApplicationUser"] = "sign-in looks users up before an actor exists",
        ["IdentityUserClaim<string>"] = "Identity's own tables, reached only through the user",
        ["IdentityUserLogin<string>"] = "Identity's own tables, reached only through the user",
        ["IdentityUserRole<string>"] = "Identity's own tables, reached only through the user",
        ["IdentityUserToken<string>"] = "Identity's own tables, reached only through the user",
        // A college's NQF levels: the many-to-many link is reached only through its (filtered) college.
        ["college_nqf_levels (Dictionary<string, object>)"] = "link table reached only through the filtered College",
    };

    [Fact]
    public void Model_EveryEntityWithATenantColumn_HasTheNamedTenantFilter()
    {
        using var db = NewContext();

        var missing = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.BaseType is null)
            .Where(t => t.ClrType.Name is "College" or "Employer" || t.GetProperties().Any(p => TenantColumns.Contains(p.Name)))
            .Where(t => t.FindDeclaredQueryFilter(WblDbContext.TenantFilter) is null)
            .Select(t => t.DisplayName())
            .Where(name => !Unfiltered.ContainsKey(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(missing);
        var names = db.Model.GetEntityTypes().ToDictionary(t => t.DisplayName(), t => t.FindDeclaredQueryFilter(WblDbContext.TenantFilter) is null);
        Assert.All(Unfiltered.Keys, name => Assert.True(names.GetValueOrDefault(name), $"{name}: no longer in the model or now filtered"));
    }

    [Fact]
    public void Model_EveryQueryFilter_IsTheNamedTenantFilter()
    {
        using var db = NewContext();

        var other = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetDeclaredQueryFilters().Where(f => f.Key != WblDbContext.TenantFilter).Select(_ => t.DisplayName()))
            .ToList();

        Assert.Empty(other);
    }

    private static WblDbContext NewContext() =>
        new(new DbContextOptionsBuilder<WblDbContext>().UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options,
            new FixedActorAccessor(Actor.Anonymous));
}
