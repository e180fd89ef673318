using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Auditing;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data.Configurations;
using WblPortal.Infrastructure.Identity;
using PortalRoles = WblPortal.Domain.Access.Roles;

namespace WblPortal.Infrastructure.Data;

/// <summary>
/// The portal's database. Every scoped entity carries the named query filter <see cref="TenantFilter"/> built from
/// the request's <see cref="Actor"/>, and <see cref="SaveChangesAsync(bool, CancellationToken)"/> refuses writes
/// outside the actor's scope.
/// </summary>
/// <remarks>
/// Add a migration (from the repository root):
/// <c>dotnet ef migrations add NAME -p src/WblPortal.Infrastructure -s src/WblPortal.Web -o Data/Migrations</c>
/// </remarks>
public class WblDbContext(DbContextOptions<WblDbContext> options, IActorAccessor actorAccessor)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>The name of the query filter that scopes rows to the actor. Bypass it only by name, in
    /// ministry, admin or token-lookup code.</summary>
    public const string TenantFilter = "Tenant";

    /// <summary>Read on every query, not once: Identity's cookie validation creates the context before the
    /// request's user is known.</summary>
    public Actor Actor => actorAccessor.Actor;

    // Filters read these through the context instance, so EF Core parameterizes them per request.
    private bool ScopeAll => Actor.ReadsAll;
    private Guid? ScopeCollegeId => Actor.CollegeId;
    private Guid? ScopeEmployerId => Actor.EmployerId;
    private Guid? ScopeMentorId => Actor.MentorId;
    private Guid? ScopeLearnerId => Actor.LearnerId;
    private Guid? ScopeOrganizationId => Actor.OrganizationId;

    // Invitations and the audit trail name people: only an organization's staff read them, not its mentors or learners.
    private Guid? ScopeStaffOrganizationId =>
        Actor.IsCollegeStaff || Actor.Role == PortalRoles.EmployerAdmin ? Actor.OrganizationId : null;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<NqfLevel> NqfLevels => Set<NqfLevel>();
    public DbSet<Ministry> Ministries => Set<Ministry>();
    public DbSet<College> Colleges => Set<College>();
    public DbSet<Specialty> Specialties => Set<Specialty>();
    public DbSet<Curator> Curators => Set<Curator>();
    public DbSet<StudyGroup> StudyGroups => Set<StudyGroup>();
    public DbSet<Learner> Learners => Set<Learner>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Mentor> Mentors => Set<Mentor>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.ApplyConfiguration(new RegionConfiguration());
        builder.ApplyConfiguration(new NqfLevelConfiguration());
        builder.ApplyConfiguration(new MinistryConfiguration());
        builder.ApplyConfiguration(new CollegeConfiguration());
        builder.ApplyConfiguration(new SpecialtyConfiguration());
        builder.ApplyConfiguration(new CuratorConfiguration());
        builder.ApplyConfiguration(new StudyGroupConfiguration());
        builder.ApplyConfiguration(new LearnerConfiguration());
        builder.ApplyConfiguration(new EmployerConfiguration());
        builder.ApplyConfiguration(new MentorConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new InvitationConfiguration());
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        // Colleges: staff and learners see their own college; employers see the directory of colleges.
        builder.Entity<College>().HasQueryFilter(TenantFilter,
            c => ScopeAll || ScopeEmployerId != null || c.Id == ScopeCollegeId);
        builder.Entity<Specialty>().HasQueryFilter(TenantFilter, CollegeScope<Specialty>());
        builder.Entity<Curator>().HasQueryFilter(TenantFilter, CollegeScope<Curator>());
        builder.Entity<StudyGroup>().HasQueryFilter(TenantFilter, CollegeScope<StudyGroup>());

        // A learner user sees only themself; college users see their college's learners.
        builder.Entity<Learner>().HasQueryFilter(TenantFilter,
            l => ScopeAll || (ScopeLearnerId == null ? l.CollegeId == ScopeCollegeId : l.Id == ScopeLearnerId));

        // Employer users see their own mentors; a mentor user sees only themself.
        builder.Entity<Mentor>().HasQueryFilter(TenantFilter,
            m => ScopeAll || (m.EmployerId == ScopeEmployerId && (ScopeMentorId == null || m.Id == ScopeMentorId)));

        // Employers: their own users see their own row; college staff see the directory of employers.
        builder.Entity<Employer>().HasQueryFilter(TenantFilter,
            e => ScopeAll || (ScopeCollegeId != null && ScopeLearnerId == null) || e.Id == ScopeEmployerId);

        builder.Entity<Invitation>().HasQueryFilter(TenantFilter,
            i => ScopeAll || (ScopeStaffOrganizationId != null && i.OrganizationId == ScopeStaffOrganizationId));

        builder.Entity<AuditEntry>().HasQueryFilter(TenantFilter,
            a => ScopeAll || (ScopeStaffOrganizationId != null && a.OrganizationId == ScopeStaffOrganizationId));
    }

    private Expression<Func<T, bool>> CollegeScope<T>() where T : ICollegeOwned =>
        e => ScopeAll || e.CollegeId == ScopeCollegeId;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnforceWriteScope();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EnforceWriteScope();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit rows <see cref="Interceptors.AuditInterceptor"/> added: the only audit rows anyone but the
    /// system may insert.</summary>
    private readonly HashSet<AuditEntry> _interceptedAudit = new(ReferenceEqualityComparer.Instance);

    internal void AddAuditEntries(IReadOnlyCollection<AuditEntry> entries)
    {
        _interceptedAudit.UnionWith(entries);
        AuditEntries.AddRange(entries);
    }

    /// <summary>Every added, changed or deleted domain row must be in the actor's scope, before and after the change.</summary>
    private void EnforceWriteScope()
    {
        EnforceInvitationAndAuditScope();
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (!Actor.CanWrite(entry.Entity))
            {
                throw new ScopeViolationException(entry.Entity.GetType().Name, entry.Entity.Id);
            }

            if (entry.State == EntityState.Modified && !Actor.CanWrite(OriginalCopy(entry)))
            {
                throw new ScopeViolationException(entry.Entity.GetType().Name, entry.Entity.Id);
            }
        }
    }

    /// <summary>Invitations and audit rows are not domain entities, so <see cref="Actor.CanWrite"/> does not know them:
    /// an invitation may be written only into the actor's own organization (the invitee accepting it has no actor yet),
    /// and the audit log is append-only, written by the interceptor.</summary>
    private void EnforceInvitationAndAuditScope()
    {
        foreach (var entry in ChangeTracker.Entries<Invitation>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || IsAcceptance(entry))
            {
                continue;
            }

            if (!CanWriteInvitation(entry.Entity)
                || (entry.State == EntityState.Modified && !CanWriteInvitation((Invitation)entry.OriginalValues.ToObject())))
            {
                throw new ScopeViolationException(nameof(Invitation), entry.Entity.Id);
            }
        }

        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || Actor.IsSystem)
            {
                continue;
            }

            if (entry.State != EntityState.Added || !_interceptedAudit.Contains(entry.Entity))
            {
                throw new ScopeViolationException(nameof(AuditEntry), Guid.Empty);
            }
        }
    }

    private bool CanWriteInvitation(Invitation invitation) =>
        Actor.IsSystem
        || Actor.Role == PortalRoles.PlatformAdmin
        || (Actor.IsCollegeStaff && Actor.CollegeId != null
            && invitation.OrganizationKind == OrganizationKind.College && invitation.OrganizationId == Actor.CollegeId)
        || (Actor.Role == PortalRoles.EmployerAdmin && Actor.EmployerId != null
            && invitation.OrganizationKind == OrganizationKind.Employer && invitation.OrganizationId == Actor.EmployerId);

    /// <summary>The invitee, not yet signed in, marks the invitation used: nothing but <c>AcceptedAt</c> changes, once.</summary>
    private static bool IsAcceptance(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Invitation> entry) =>
        entry.State == EntityState.Modified
        && entry.OriginalValues[nameof(Invitation.AcceptedAt)] is null
        && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(Invitation.AcceptedAt));

    /// <summary>The row as it was loaded, so that moving a row into one's own scope is refused too.</summary>
    private static object OriginalCopy(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Entity> entry) =>
        entry.OriginalValues.ToObject();
}

/// <summary>A write outside the actor's scope; the web layer answers it with 403.</summary>
public sealed class ScopeViolationException(string entityType, Guid id)
    : InvalidOperationException($"The current actor may not change {entityType} {id}.");
