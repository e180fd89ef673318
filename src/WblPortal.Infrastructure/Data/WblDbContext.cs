using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Auditing;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Events;
using WblPortal.Domain.Files;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Privacy;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Roadmap;
using WblPortal.Domain.Workflows;
using Microsoft.EntityFrameworkCore.Query;
using WblPortal.Infrastructure.Data.Access;
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
/// <c>dotnet ef migrations add NAME -p src/WblPortal.Infrastructure -s src/WblPortal.Infrastructure -o Data/Migrations</c>
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

    // The access files' filters read these through the context instance, so EF Core parameterizes them per request.
    internal bool ScopeAll => Actor.ReadsAll;
    internal Guid? ScopeCollegeId => Actor.CollegeId;
    internal string? ScopeUserId => Actor.UserId;
    internal bool ScopeSystem => Actor.IsSystem;
    internal bool ScopePlatformAdmin => Actor.Role == PortalRoles.PlatformAdmin;
    internal Guid? ScopeEmployerId => Actor.EmployerId;
    internal Guid? ScopeMentorId => Actor.MentorId;
    internal Guid? ScopeLearnerId => Actor.LearnerId;

    // Invitations and the audit trail name people: only an organization's staff read them, not its mentors or learners.
    internal Guid? ScopeStaffOrganizationId =>
        Actor.IsCollegeStaff || Actor.Role == PortalRoles.EmployerAdmin ? Actor.OrganizationId : null;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<WorkingTimeLimit> WorkingTimeLimits => Set<WorkingTimeLimit>();
    public DbSet<NqfLevel> NqfLevels => Set<NqfLevel>();
    public DbSet<Ministry> Ministries => Set<Ministry>();
    public DbSet<College> Colleges => Set<College>();
    public DbSet<Specialty> Specialties => Set<Specialty>();
    public DbSet<Curator> Curators => Set<Curator>();
    public DbSet<StudyGroup> StudyGroups => Set<StudyGroup>();
    public DbSet<Learner> Learners => Set<Learner>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Mentor> Mentors => Set<Mentor>();
    public DbSet<MentorTraining> MentorTrainings => Set<MentorTraining>();
    public DbSet<EnterpriseOrder> EnterpriseOrders => Set<EnterpriseOrder>();
    public DbSet<EnterpriseOrderLine> EnterpriseOrderLines => Set<EnterpriseOrderLine>();
    public DbSet<WblForm> WblForms => Set<WblForm>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<Competency> Competencies => Set<Competency>();
    public DbSet<WblProgramme> Programmes => Set<WblProgramme>();
    public DbSet<ProgrammeLoad> ProgrammeLoads => Set<ProgrammeLoad>();
    public DbSet<ProgrammeOutcome> ProgrammeOutcomes => Set<ProgrammeOutcome>();
    public DbSet<ProgrammeFormContent> ProgrammeFormContents => Set<ProgrammeFormContent>();
    public DbSet<ProgrammeParticipant> ProgrammeParticipants => Set<ProgrammeParticipant>();
    public DbSet<ProgrammeComment> ProgrammeComments => Set<ProgrammeComment>();
    public DbSet<ProgrammeHistoryEntry> ProgrammeHistory => Set<ProgrammeHistoryEntry>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<PartnershipHistoryEntry> PartnershipHistory => Set<PartnershipHistoryEntry>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<PlacementLearner> PlacementLearners => Set<PlacementLearner>();
    public DbSet<PlacementHistoryEntry> PlacementHistory => Set<PlacementHistoryEntry>();
    public DbSet<TripartiteAgreement> Agreements => Set<TripartiteAgreement>();
    public DbSet<AgreementHistoryEntry> AgreementHistory => Set<AgreementHistoryEntry>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<InformationEvent> InformationEvents => Set<InformationEvent>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<EventAttendance> EventAttendance => Set<EventAttendance>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationRead> NotificationReads => Set<NotificationRead>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
    public DbSet<IssuedDocumentFile> IssuedDocumentFiles => Set<IssuedDocumentFile>();
    public DbSet<SafetyInduction> SafetyInductions => Set<SafetyInduction>();
    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();
    public DbSet<DiaryEvidence> DiaryEvidence => Set<DiaryEvidence>();
    public DbSet<MentorNote> MentorNotes => Set<MentorNote>();
    public DbSet<MentorReference> MentorReferences => Set<MentorReference>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();
    public DbSet<AnnualReportResponse> AnnualReportResponses => Set<AnnualReportResponse>();
    public DbSet<AnnualReportHistoryEntry> AnnualReportHistory => Set<AnnualReportHistoryEntry>();
    public DbSet<RoadmapMeasure> RoadmapMeasures => Set<RoadmapMeasure>();
    public DbSet<GraduateEmployment> GraduateEmployments => Set<GraduateEmployment>();
    public DbSet<GraduateEmploymentHistoryEntry> GraduateEmploymentHistory => Set<GraduateEmploymentHistoryEntry>();
    public DbSet<EmployerSite> EmployerSites => Set<EmployerSite>();
    public DbSet<PersonalDataAccess> PersonalDataAccesses => Set<PersonalDataAccess>();
    public DbSet<PersonalDataConsent> PersonalDataConsents => Set<PersonalDataConsent>();
    public DbSet<WblPortal.Domain.Api.ApiClient> ApiClients => Set<WblPortal.Domain.Api.ApiClient>();

    /// <summary>PostgreSQL's timestamptz takes UTC only; callers may pass local (Bishkek, +06:00) times.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

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
        builder.ApplyConfiguration(new MentorTrainingConfiguration());
        builder.ApplyConfiguration(new EnterpriseOrderConfiguration());
        builder.ApplyConfiguration(new EnterpriseOrderLineConfiguration());
        builder.ApplyConfiguration(new WblFormConfiguration());
        builder.ApplyConfiguration(new WorkingTimeLimitConfiguration());
        builder.ApplyConfiguration(new StoredFileConfiguration());
        builder.ApplyConfiguration(new CompetencyConfiguration());
        builder.ApplyConfiguration(new WblProgrammeConfiguration());
        builder.ApplyConfiguration(new ProgrammeLoadConfiguration());
        builder.ApplyConfiguration(new ProgrammeOutcomeConfiguration());
        builder.ApplyConfiguration(new ProgrammeFormContentConfiguration());
        builder.ApplyConfiguration(new ProgrammeParticipantConfiguration());
        builder.ApplyConfiguration(new ProgrammeCommentConfiguration());
        builder.ApplyConfiguration(new ProgrammeHistoryEntryConfiguration());
        builder.ApplyConfiguration(new PartnershipConfiguration());
        builder.ApplyConfiguration(new PartnershipHistoryEntryConfiguration());
        builder.ApplyConfiguration(new PlacementConfiguration());
        builder.ApplyConfiguration(new PlacementLearnerConfiguration());
        builder.ApplyConfiguration(new PlacementHistoryEntryConfiguration());
        builder.ApplyConfiguration(new TripartiteAgreementConfiguration());
        builder.ApplyConfiguration(new AgreementHistoryEntryConfiguration());
        builder.ApplyConfiguration(new OrderConfiguration());
        builder.ApplyConfiguration(new OrderLineConfiguration());
        builder.ApplyConfiguration(new InformationEventConfiguration());
        builder.ApplyConfiguration(new EventParticipantConfiguration());
        builder.ApplyConfiguration(new EventAttendanceConfiguration());
        builder.ApplyConfiguration(new NotificationConfiguration());
        builder.ApplyConfiguration(new NotificationReadConfiguration());
        builder.ApplyConfiguration(new NotificationPreferenceConfiguration());
        builder.ApplyConfiguration(new NotificationDeliveryConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new PersonalDataAccessConfiguration());
        builder.ApplyConfiguration(new PersonalDataConsentConfiguration());
        builder.ApplyConfiguration(new InvitationConfiguration());
        builder.ApplyConfiguration(new IssuedDocumentConfiguration());
        builder.ApplyConfiguration(new IssuedDocumentFileConfiguration());
        builder.ApplyConfiguration(new AssessmentConfiguration());
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.ApplyConfiguration(new SafetyInductionConfiguration());
        builder.ApplyConfiguration(new DiaryEntryConfiguration());
        builder.ApplyConfiguration(new DiaryEvidenceConfiguration());
        builder.ApplyConfiguration(new MentorNoteConfiguration());
        builder.ApplyConfiguration(new MentorReferenceConfiguration());
        builder.ApplyConfiguration(new AnnualReportConfiguration());
        builder.ApplyConfiguration(new AnnualReportResponseConfiguration());
        builder.ApplyConfiguration(new AnnualReportHistoryEntryConfiguration());
        builder.ApplyConfiguration(new RoadmapMeasureConfiguration());
        builder.ApplyConfiguration(new GraduateEmploymentConfiguration());
        builder.ApplyConfiguration(new GraduateEmploymentHistoryEntryConfiguration());
        builder.ApplyConfiguration(new EmployerSiteConfiguration());
        builder.ApplyConfiguration(new ApiClientConfiguration());

        // Who may see what: each aggregate's read filter sits beside its write rule in Data/Access/<Aggregate>Access.cs.
        Filter(builder, CollegeAccess.ReadColleges);
        Filter(builder, CollegeAccess.ReadSpecialties);
        Filter(builder, CollegeAccess.ReadCurators);
        Filter(builder, CollegeAccess.ReadStudyGroups);
        Filter(builder, LearnerAccess.ReadLearners);
        Filter(builder, MentorAccess.ReadMentors);
        Filter(builder, MentorAccess.ReadTrainings);
        Filter(builder, MentorAccess.ReadOrders);
        Filter(builder, MentorAccess.ReadOrderLines);
        Filter(builder, EmployerAccess.ReadEmployers);
        Filter(builder, EmployerAccess.ReadSites);
        Filter(builder, InvitationAccess.ReadInvitations);
        Filter(builder, AuditAccess.ReadAuditEntries);
        Filter(builder, DocumentAccess.ReadIssuedDocuments);
        Filter(builder, DocumentAccess.ReadIssuedDocumentFiles);
        Filter(builder, StoredFileAccess.ReadFiles);
        Filter(builder, ProgrammeAccess.ReadCompetencies);
        Filter(builder, ProgrammeAccess.ReadProgrammes);
        Filter(builder, ProgrammeAccess.ReadLoads);
        Filter(builder, ProgrammeAccess.ReadOutcomes);
        Filter(builder, ProgrammeAccess.ReadFormContents);
        Filter(builder, ProgrammeAccess.ReadParticipants);
        Filter(builder, ProgrammeAccess.ReadComments);
        Filter(builder, ProgrammeAccess.ReadHistory);
        Filter(builder, PartnershipAccess.ReadPartnerships);
        Filter(builder, PartnershipAccess.ReadHistory);
        Filter(builder, PlacementAccess.ReadPlacements);
        Filter(builder, PlacementAccess.ReadPlacementLearners);
        Filter(builder, PlacementAccess.ReadHistory);
        Filter(builder, AgreementAccess.ReadAgreements);
        Filter(builder, AgreementAccess.ReadHistory);
        Filter(builder, AssessmentAccess.ReadAssessments);
        Filter(builder, OrderAccess.ReadOrders);
        Filter(builder, OrderAccess.ReadLines);
        Filter(builder, EventAccess.ReadEvents);
        Filter(builder, EventAccess.ReadParticipants);
        Filter(builder, EventAccess.ReadAttendance);
        Filter(builder, NotificationAccess.ReadNotifications);
        Filter(builder, NotificationAccess.ReadReads);
        Filter(builder, NotificationAccess.ReadPreferences);
        Filter(builder, NotificationAccess.ReadDeliveries);
        Filter(builder, DiaryAccess.ReadInductions);
        Filter(builder, DiaryAccess.ReadEntries);
        Filter(builder, DiaryAccess.ReadEvidence);
        Filter(builder, DiaryAccess.ReadMentorNotes);
        Filter(builder, DiaryAccess.ReadMentorReferences);
        Filter(builder, AnnualReportAccess.ReadReports);
        Filter(builder, AnnualReportAccess.ReadResponses);
        Filter(builder, AnnualReportAccess.ReadHistory);
        Filter(builder, GraduateAccess.ReadEmployments);
        Filter(builder, GraduateAccess.ReadHistory);
        Filter(builder, PrivacyAccess.ReadAccessLog);
        Filter(builder, ConsentAccess.ReadConsents);
        Filter(builder, ApiClientAccess.ReadApiClients);
    }

    /// <summary>Declares the named <see cref="TenantFilter"/> of <typeparamref name="T"/> from an access file's filter,
    /// with the context parameter bound to this instance — the same tree as writing <c>this.ScopeAll</c> in the lambda,
    /// so that EF Core reads the scope from the context running each query, never from the one that built the model.</summary>
    private void Filter<T>(ModelBuilder builder, Expression<Func<WblDbContext, T, bool>> filter)
        where T : class
    {
        var body = ReplacingExpressionVisitor.Replace(filter.Parameters[0], Expression.Constant(this, typeof(WblDbContext)), filter.Body);
        builder.Entity<T>().HasQueryFilter(TenantFilter, Expression.Lambda<Func<T, bool>>(body, filter.Parameters[1]));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AddRaisedNotifications();
        EnforceWriteScope();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AddRaisedNotifications();
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

    /// <summary>Workflow steps raise inbox notifications for the party the next step waits on; they are saved with
    /// the step, in the writer's name.</summary>
    private void AddRaisedNotifications()
    {
        foreach (var aggregate in ChangeTracker.Entries().Select(e => e.Entity).OfType<IRaisesNotifications>().ToList())
        {
            foreach (var notification in aggregate.RaisedNotifications)
            {
                notification.SenderOrganizationId = Actor.OrganizationId;
                Notifications.Add(notification);
            }

            aggregate.ClearRaisedNotifications();
        }
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

        // Reference data that drives the workflows (forms catalogue, NQF minimum shares, working-time limits) is the platform admin's.
        foreach (var entry in ChangeTracker.Entries().Where(e => e.Entity is WblForm or NqfLevel or Region or WorkingTimeLimit))
        {
            if (entry.State is not (EntityState.Unchanged or EntityState.Detached) && !ReferenceAccess.CanWriteReferenceData(Actor))
            {
                throw new ScopeViolationException(entry.Metadata.ClrType.Name, Guid.Empty);
            }
        }

        EnforceIssuedOrdersUnchanged();
        EnforceIssuedFilesUnchanged();
    }

    /// <summary>An issued PDF is the record of what was issued: stored once, never changed, removed only with its
    /// verification code (an enterprise order renumbered by the employer: the old code stops verifying, its PDF goes
    /// with it).</summary>
    private void EnforceIssuedFilesUnchanged()
    {
        foreach (var entry in ChangeTracker.Entries<IssuedDocumentFile>())
        {
            var revokedWithItsCode = entry.State is EntityState.Deleted && ChangeTracker.Entries<IssuedDocument>()
                .Any(d => d.State is EntityState.Deleted && d.Entity.Id == entry.Entity.IssuedDocumentId);
            if (entry.State is EntityState.Modified || (entry.State is EntityState.Deleted && !revokedWithItsCode))
            {
                throw new ScopeViolationException(nameof(IssuedDocumentFile), entry.Entity.Id);
            }
        }
    }

    /// <summary>An issued order is a document: neither it nor its lines change, whatever the code path.</summary>
    private void EnforceIssuedOrdersUnchanged()
    {
        foreach (var entry in ChangeTracker.Entries<Order>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted
                && entry.OriginalValues.GetValue<OrderStatus>(nameof(Order.Status)) == OrderStatus.Issued)
            {
                throw new WorkflowException("Order_IssuedCannotChange");
            }
        }

        foreach (var entry in ChangeTracker.Entries<OrderLine>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var order = ChangeTracker.Entries<Order>().FirstOrDefault(o => o.Entity.Id == entry.Entity.OrderId);
            var status = order is null
                ? Orders.IgnoreQueryFilters([TenantFilter]).Where(o => o.Id == entry.Entity.OrderId).Select(o => (OrderStatus?)o.Status).SingleOrDefault()
                : order.State == EntityState.Added ? OrderStatus.Draft : order.OriginalValues.GetValue<OrderStatus>(nameof(Order.Status));
            if (status == OrderStatus.Issued)
            {
                throw new WorkflowException("Order_IssuedCannotChange");
            }
        }
    }

    /// <summary>Invitations and audit rows are not domain entities, so <see cref="WriteAccess.CanWrite"/> does not know them:
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

            if (!InvitationAccess.CanWrite(Actor, entry.Entity)
                || (entry.State == EntityState.Modified && !InvitationAccess.CanWrite(Actor, (Invitation)entry.OriginalValues.ToObject())))
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

        // The personal-data access log is written by PersonalDataAccessLog's INSERT only (retention erases with SQL).
        if (!Actor.IsSystem && ChangeTracker.Entries<PersonalDataAccess>().Any(e => e.State is not (EntityState.Unchanged or EntityState.Detached)))
        {
            throw new ScopeViolationException(nameof(PersonalDataAccess), Guid.Empty);
        }
    }

    /// <summary>The invitee, not yet signed in, marks the invitation used: nothing but <c>AcceptedAt</c> changes, once.</summary>
    private static bool IsAcceptance(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Invitation> entry) =>
        entry.State == EntityState.Modified
        && entry.OriginalValues[nameof(Invitation.AcceptedAt)] is null
        && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(Invitation.AcceptedAt));

    /// <summary>The row as it was loaded, so that moving a row into one's own scope is refused too.</summary>
    private static object OriginalCopy(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Entity> entry) =>
        entry.OriginalValues.ToObject();
}

/// <summary>Stores every <see cref="DateTimeOffset"/> as UTC (the instant is unchanged).</summary>
public sealed class UtcDateTimeOffsetConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(), v => v);

/// <summary>A write outside the actor's scope; the web layer answers it with 403.</summary>
public sealed class ScopeViolationException(string entityType, Guid id)
    : InvalidOperationException($"The current actor may not change {entityType} {id}.");
