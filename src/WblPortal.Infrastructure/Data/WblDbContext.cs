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
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Roadmap;
using WblPortal.Domain.Workflows;
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

    // Filters read these through the context instance, so EF Core parameterizes them per request.
    private bool ScopeAll => Actor.ReadsAll;
    private Guid? ScopeCollegeId => Actor.CollegeId;
    private string? ScopeUserId => Actor.UserId;
    private bool ScopeSystem => Actor.IsSystem;
    private Guid? ScopeEmployerId => Actor.EmployerId;
    private Guid? ScopeMentorId => Actor.MentorId;
    private Guid? ScopeLearnerId => Actor.LearnerId;

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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
    public DbSet<IssuedDocumentFile> IssuedDocumentFiles => Set<IssuedDocumentFile>();
    public DbSet<SafetyInduction> SafetyInductions => Set<SafetyInduction>();
    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();
    public DbSet<DiaryEvidence> DiaryEvidence => Set<DiaryEvidence>();
    public DbSet<MentorNote> MentorNotes => Set<MentorNote>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();
    public DbSet<AnnualReportResponse> AnnualReportResponses => Set<AnnualReportResponse>();
    public DbSet<AnnualReportHistoryEntry> AnnualReportHistory => Set<AnnualReportHistoryEntry>();
    public DbSet<RoadmapMeasure> RoadmapMeasures => Set<RoadmapMeasure>();
    public DbSet<GraduateEmployment> GraduateEmployments => Set<GraduateEmployment>();
    public DbSet<GraduateEmploymentHistoryEntry> GraduateEmploymentHistory => Set<GraduateEmploymentHistoryEntry>();
    public DbSet<EmployerSite> EmployerSites => Set<EmployerSite>();

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
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new InvitationConfiguration());
        builder.ApplyConfiguration(new IssuedDocumentConfiguration());
        builder.ApplyConfiguration(new IssuedDocumentFileConfiguration());
        builder.ApplyConfiguration(new AssessmentConfiguration());
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        AddDiaryWorkspace(builder);
        builder.ApplyConfiguration(new AnnualReportConfiguration());
        builder.ApplyConfiguration(new AnnualReportResponseConfiguration());
        builder.ApplyConfiguration(new AnnualReportHistoryEntryConfiguration());
        builder.ApplyConfiguration(new RoadmapMeasureConfiguration());
        AddGraduateModel(builder);

        // Colleges: staff and learners see their own college; employers see the directory of colleges.
        builder.Entity<College>().HasQueryFilter(TenantFilter,
            c => ScopeAll || ScopeEmployerId != null || c.Id == ScopeCollegeId);
        builder.Entity<Specialty>().HasQueryFilter(TenantFilter, CollegeScope<Specialty>());
        builder.Entity<Curator>().HasQueryFilter(TenantFilter, CollegeScope<Curator>());
        builder.Entity<StudyGroup>().HasQueryFilter(TenantFilter, CollegeScope<StudyGroup>());

        // A learner user sees only themself; college users see their college's learners; an employer the learners of
        // placements shared with it (a mentor those they mentor), whom it must know to confirm and accept them.
        // The employer's learners are an uncorrelated IN (a hashed subplan run once per query over the index
        // (employer_id, mentor_id)), not an EXISTS per learner row: under the OR PostgreSQL cannot turn EXISTS into a join.
        builder.Entity<Learner>().HasQueryFilter(TenantFilter,
            l => ScopeAll || (ScopeLearnerId == null ? l.CollegeId == ScopeCollegeId : l.Id == ScopeLearnerId)
                 || (ScopeEmployerId != null && PlacementLearners
                     .Where(pl => pl.EmployerId == ScopeEmployerId && (ScopeMentorId == null || pl.MentorId == ScopeMentorId))
                     .Select(pl => pl.LearnerId).Contains(l.Id)));

        // Employer users see their own mentors; a mentor user sees only themself.
        builder.Entity<Mentor>().HasQueryFilter(TenantFilter,
            m => ScopeAll || (m.EmployerId == ScopeEmployerId && (ScopeMentorId == null || m.Id == ScopeMentorId))
                 || (ScopeLearnerId != null && PlacementLearners.Any(pl => pl.LearnerId == ScopeLearnerId && pl.MentorId == m.Id)));
        builder.Entity<MentorTraining>().HasQueryFilter(TenantFilter,
            t => ScopeAll || (t.EmployerId == ScopeEmployerId && (ScopeMentorId == null || t.MentorId == ScopeMentorId)));

        // The enterprise head's orders appointing mentors: the employer's staff; read-only, the colleges whose
        // placements are in the order (their own lines only).
        // A mentor reads the orders appointing them, and only their own lines.
        builder.Entity<EnterpriseOrder>().HasQueryFilter(TenantFilter,
            o => ScopeAll || (ScopeEmployerId != null && ScopeMentorId == null && o.EmployerId == ScopeEmployerId)
                 || (ScopeCollegeId != null && ScopeLearnerId == null && EnterpriseOrderLines.Any(l => l.OrderId == o.Id && l.CollegeId == ScopeCollegeId))
                 || (ScopeMentorId != null && o.EmployerId == ScopeEmployerId && EnterpriseOrderLines.Any(l => l.OrderId == o.Id && l.MentorId == ScopeMentorId)));
        builder.Entity<EnterpriseOrderLine>().HasQueryFilter(TenantFilter,
            l => ScopeAll || (ScopeEmployerId != null && ScopeMentorId == null && l.EmployerId == ScopeEmployerId)
                 || (ScopeCollegeId != null && ScopeLearnerId == null && l.CollegeId == ScopeCollegeId)
                 || (ScopeMentorId != null && l.EmployerId == ScopeEmployerId && l.MentorId == ScopeMentorId));

        // Employers: their own users see their own row; college staff see the directory of employers; a learner the
        // employers of their own placements.
        builder.Entity<Employer>().HasQueryFilter(TenantFilter,
            e => ScopeAll || (ScopeCollegeId != null && ScopeLearnerId == null) || e.Id == ScopeEmployerId
                 || (ScopeLearnerId != null && PlacementLearners.Any(pl => pl.LearnerId == ScopeLearnerId && pl.Placement!.EmployerId == e.Id)));

        builder.Entity<Invitation>().HasQueryFilter(TenantFilter,
            i => ScopeAll || (ScopeStaffOrganizationId != null && i.OrganizationId == ScopeStaffOrganizationId));

        builder.Entity<AuditEntry>().HasQueryFilter(TenantFilter,
            a => ScopeAll || (ScopeStaffOrganizationId != null && a.OrganizationId == ScopeStaffOrganizationId));

        // Verification codes: the issuing college's staff and the employer party of an agreement. The public
        // /verify page looks a code up by name of this filter, as a token look-up.
        builder.Entity<IssuedDocument>().HasQueryFilter(TenantFilter,
            d => ScopeAll || (ScopeLearnerId == null && d.IssuerOrganizationId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && d.EmployerId == ScopeEmployerId));
        builder.Entity<IssuedDocumentFile>().HasQueryFilter(TenantFilter,
            f => ScopeAll || (ScopeLearnerId == null && f.IssuerOrganizationId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && f.EmployerId == ScopeEmployerId));

        AddWorkflowFilters(builder);
        AddAnnualReportFilters(builder);
    }

    /// <summary>Annual reports: the college's staff; the partner employers it was sent to (never a draft); the
    /// ministry (ScopeAll). History names the college's steps: college staff only.</summary>
    private void AddAnnualReportFilters(ModelBuilder builder)
    {
        builder.Entity<AnnualReport>().HasQueryFilter(TenantFilter,
            r => ScopeAll || (ScopeLearnerId == null && r.CollegeId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && AnnualReportResponses.Any(x => x.ReportId == r.Id && x.EmployerId == ScopeEmployerId)));
        builder.Entity<AnnualReportResponse>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && x.EmployerId == ScopeEmployerId));
        builder.Entity<AnnualReportHistoryEntry>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId));
    }

    /// <summary>
    /// The college workspace. College staff see their college's rows; employer users see rows shared with their
    /// employer (a mentor user only the placements they mentor); a learner user only their own placements,
    /// agreements and attendance; the ministry and the platform everything. Child rows carry the ids copied down.
    /// </summary>
    private void AddWorkflowFilters(ModelBuilder builder)
    {
        builder.Entity<StoredFile>().HasQueryFilter(TenantFilter,
            f => ScopeAll || (ScopeLearnerId == null && f.CollegeId != null && f.CollegeId == ScopeCollegeId)
                 || (ScopeMentorId == null && f.EmployerId != null && f.EmployerId == ScopeEmployerId));

        // Competencies are not confidential: employers discussing a programme read them with its outcomes.
        builder.Entity<Competency>().HasQueryFilter(TenantFilter,
            c => ScopeAll || c.CollegeId == ScopeCollegeId || ScopeEmployerId != null);

        // Programmes: an employer sees those it is invited to, once under discussion (and after approval).
        builder.Entity<WblProgramme>().HasQueryFilter(TenantFilter,
            p => ScopeAll || (ScopeLearnerId == null && p.CollegeId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null
                     && (p.Status == ProgrammeStatus.UnderDiscussion || p.Status == ProgrammeStatus.Approved)
                     && ProgrammeParticipants.Any(pp => pp.ProgrammeId == p.Id && pp.EmployerId == ScopeEmployerId)));
        // Sections: an employer reads them through the programme's own filter (invited, under discussion or approved).
        builder.Entity<ProgrammeLoad>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId) || (ScopeEmployerId != null && ScopeMentorId == null && Programmes.Any(p => p.Id == x.ProgrammeId))
                 // Learners and mentors read the outcomes and load of their own placements' programmes (for the diary).
                 || ((ScopeLearnerId != null || ScopeMentorId != null) && Placements.Any(p => p.ProgrammeId == x.ProgrammeId)));
        builder.Entity<ProgrammeOutcome>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId) || (ScopeEmployerId != null && ScopeMentorId == null && Programmes.Any(p => p.Id == x.ProgrammeId))
                 // Learners and mentors read the outcomes and load of their own placements' programmes (for the diary).
                 || ((ScopeLearnerId != null || ScopeMentorId != null) && Placements.Any(p => p.ProgrammeId == x.ProgrammeId)));
        builder.Entity<ProgrammeFormContent>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId) || (ScopeEmployerId != null && ScopeMentorId == null && Programmes.Any(p => p.Id == x.ProgrammeId)));
        builder.Entity<ProgrammeParticipant>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && x.EmployerId == ScopeEmployerId));
        builder.Entity<ProgrammeComment>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && x.EmployerId == ScopeEmployerId));
        builder.Entity<ProgrammeHistoryEntry>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId));

        builder.Entity<Partnership>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && x.EmployerId == ScopeEmployerId));
        builder.Entity<PartnershipHistoryEntry>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && x.EmployerId == ScopeEmployerId));

        // Placements: employers never see the college's drafts; a mentor sees the placements they mentor; a learner
        // those they are in.
        builder.Entity<Placement>().HasQueryFilter(TenantFilter,
            p => ScopeAll
                 || (ScopeLearnerId == null
                     ? p.CollegeId == ScopeCollegeId
                     : PlacementLearners.Any(pl => pl.PlacementId == p.Id && pl.LearnerId == ScopeLearnerId))
                 || (ScopeEmployerId != null && p.EmployerId == ScopeEmployerId && p.SharedWithEmployerAt != null
                     && (ScopeMentorId == null || p.MentorId == ScopeMentorId)));
        builder.Entity<PlacementLearner>().HasQueryFilter(TenantFilter,
            l => ScopeAll
                 || (ScopeLearnerId == null ? l.CollegeId == ScopeCollegeId : l.LearnerId == ScopeLearnerId)
                 || (ScopeEmployerId != null && l.EmployerId == ScopeEmployerId && (ScopeMentorId == null || l.MentorId == ScopeMentorId)));
        builder.Entity<PlacementHistoryEntry>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && x.CollegeId == ScopeCollegeId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && x.EmployerId == ScopeEmployerId));

        builder.Entity<TripartiteAgreement>().HasQueryFilter(TenantFilter,
            a => ScopeAll
                 || (ScopeLearnerId == null ? a.CollegeId == ScopeCollegeId : a.LearnerId == ScopeLearnerId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && a.EmployerId == ScopeEmployerId));
        builder.Entity<AgreementHistoryEntry>().HasQueryFilter(TenantFilter,
            a => ScopeAll
                 || (ScopeLearnerId == null ? a.CollegeId == ScopeCollegeId : a.LearnerId == ScopeLearnerId)
                 || (ScopeEmployerId != null && ScopeMentorId == null && a.EmployerId == ScopeEmployerId));

        // Joint assessments: the college; the employer (read) and the mentor of the placement; the learner only their
        // own, once final.
        builder.Entity<Assessment>().HasQueryFilter(TenantFilter,
            a => ScopeAll
                 || (ScopeLearnerId == null ? a.CollegeId == ScopeCollegeId : a.LearnerId == ScopeLearnerId && a.Status == AssessmentStatus.Final)
                 || (ScopeEmployerId != null && a.EmployerId == ScopeEmployerId && (ScopeMentorId == null || a.MentorId == ScopeMentorId)));

        // Orders list learners: college staff only.
        builder.Entity<Order>().HasQueryFilter(TenantFilter, o => ScopeAll || (ScopeLearnerId == null && o.CollegeId == ScopeCollegeId));
        builder.Entity<OrderLine>().HasQueryFilter(TenantFilter, o => ScopeAll || (ScopeLearnerId == null && o.CollegeId == ScopeCollegeId));

        // Events: the college (learners included) and the participating employers.
        builder.Entity<InformationEvent>().HasQueryFilter(TenantFilter,
            e => ScopeAll || e.CollegeId == ScopeCollegeId
                 || (ScopeEmployerId != null && EventParticipants.Any(p => p.EventId == e.Id && p.EmployerId == ScopeEmployerId)));
        builder.Entity<EventParticipant>().HasQueryFilter(TenantFilter,
            p => ScopeAll || p.CollegeId == ScopeCollegeId || (ScopeEmployerId != null && p.EmployerId == ScopeEmployerId));
        builder.Entity<EventAttendance>().HasQueryFilter(TenantFilter,
            a => ScopeAll || (ScopeLearnerId == null ? a.CollegeId == ScopeCollegeId : a.LearnerId == ScopeLearnerId));

        // An inbox belongs to its recipient (the e-mail and reminder jobs read all as the system). Readers of every other
        // row (the ministry, the platform admin) are no recipients: their inbox holds nothing of the colleges'.
        builder.Entity<Notification>().HasQueryFilter(TenantFilter,
            n => ScopeSystem
                 || (n.RecipientLearnerId != null && n.RecipientLearnerId == ScopeLearnerId)
                 || (n.RecipientMentorId != null && n.RecipientMentorId == ScopeMentorId)
                 || (ScopeLearnerId == null && n.RecipientCollegeId != null && n.RecipientCollegeId == ScopeCollegeId)
                 || (ScopeMentorId == null && n.RecipientEmployerId != null && n.RecipientEmployerId == ScopeEmployerId));
        // Reading marks are each user's own, whoever the user is (the ministry's too); the system reads them all.
        builder.Entity<NotificationRead>().HasQueryFilter(TenantFilter, r => ScopeSystem || r.UserId == ScopeUserId);
    }

    /// <summary>The diary workspace: a row is seen by whoever sees its placement learner row (the college, the
    /// employer, the learner's current mentor, the learner); the mentor's notes are not for the learner. The visible
    /// placement learner rows are an uncorrelated IN (hashed once per query), not an EXISTS per diary row.</summary>
    private void AddDiaryWorkspace(ModelBuilder builder)
    {
        builder.ApplyConfiguration(new SafetyInductionConfiguration());
        builder.ApplyConfiguration(new DiaryEntryConfiguration());
        builder.ApplyConfiguration(new DiaryEvidenceConfiguration());
        builder.ApplyConfiguration(new MentorNoteConfiguration());
        builder.Entity<SafetyInduction>().HasQueryFilter(TenantFilter,
            x => ScopeAll || PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId));
        builder.Entity<DiaryEntry>().HasQueryFilter(TenantFilter,
            x => ScopeAll || PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId));
        builder.Entity<DiaryEvidence>().HasQueryFilter(TenantFilter,
            x => ScopeAll || PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId));
        builder.Entity<MentorNote>().HasQueryFilter(TenantFilter,
            x => ScopeAll || (ScopeLearnerId == null && PlacementLearners.Select(pl => pl.Id).Contains(x.PlacementLearnerId)));
    }

    /// <summary>Graduates' employment (the college's staff and the graduate themself) and employers' sites with their
    /// capacity (the employer's own; colleges read them to name a site when proposing).</summary>
    private void AddGraduateModel(ModelBuilder builder)
    {
        builder.ApplyConfiguration(new GraduateEmploymentConfiguration());
        builder.ApplyConfiguration(new GraduateEmploymentHistoryEntryConfiguration());
        builder.ApplyConfiguration(new EmployerSiteConfiguration());
        builder.Entity<GraduateEmployment>().HasQueryFilter(TenantFilter,
            g => ScopeAll || (ScopeLearnerId == null ? g.CollegeId == ScopeCollegeId : g.LearnerId == ScopeLearnerId));
        builder.Entity<GraduateEmploymentHistoryEntry>().HasQueryFilter(TenantFilter,
            g => ScopeAll || (ScopeLearnerId == null ? g.CollegeId == ScopeCollegeId : g.LearnerId == ScopeLearnerId));
        builder.Entity<EmployerSite>().HasQueryFilter(TenantFilter,
            s => ScopeAll || s.EmployerId == ScopeEmployerId || (ScopeCollegeId != null && ScopeLearnerId == null));
    }

    private Expression<Func<T, bool>> CollegeScope<T>() where T : ICollegeOwned =>
        e => ScopeAll || e.CollegeId == ScopeCollegeId;

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

        // Reference data that drives the workflows (forms catalogue, NQF minimum shares) is the platform admin's.
        foreach (var entry in ChangeTracker.Entries().Where(e => e.Entity is WblForm or NqfLevel or Region))
        {
            if (entry.State is not (EntityState.Unchanged or EntityState.Detached) && !Actor.WritesReferenceData)
            {
                throw new ScopeViolationException(entry.Metadata.ClrType.Name, Guid.Empty);
            }
        }

        EnforceIssuedOrdersUnchanged();

        // An issued PDF is the record of what was issued: stored once, never changed or removed.
        foreach (var entry in ChangeTracker.Entries<IssuedDocumentFile>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
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

/// <summary>Stores every <see cref="DateTimeOffset"/> as UTC (the instant is unchanged).</summary>
public sealed class UtcDateTimeOffsetConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(), v => v);

/// <summary>A write outside the actor's scope; the web layer answers it with 403.</summary>
public sealed class ScopeViolationException(string entityType, Guid id)
    : InvalidOperationException($"The current actor may not change {entityType} {id}.");
