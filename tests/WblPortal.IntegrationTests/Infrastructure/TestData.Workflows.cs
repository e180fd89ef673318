using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data.Configurations;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for the college workspace (programmes, placements, agreements, partnerships, orders), driven
/// through the domain's own transitions.</summary>
public sealed partial class TestData
{
    public static readonly DateTimeOffset WorkflowAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(6));
    public static readonly WorkflowUser CollegeAdminUser = new("test-college-admin", "Асанова Айгүл", Roles.CollegeAdmin);
    public static readonly WorkflowUser EmployerAdminUser = new("test-employer-admin", "Жээнбеков Нурлан", Roles.EmployerAdmin);
    public static readonly WorkflowUser MentorUser = new("test-mentor", "Сыдыков Марат", Roles.Mentor);
    public static readonly WorkflowUser LearnerUser = new("test-learner", "Өмүрбекова Айпери", Roles.Learner);

    public const int ProductionPracticeFormId = 15;

    /// <summary>The forms catalogue is written by the migration, but the per-test reset empties every table it is not
    /// told to keep; put it back when missing.</summary>
    public async Task EnsureWblFormsAsync()
    {
        await using var db = factory.CreateDbContext();
        if (await db.WblForms.AnyAsync())
        {
            return;
        }

        db.WblForms.AddRange(ReferenceData.WblForms.Select(f => new WblForm
        {
            Id = f.Id, Code = f.Code, Stage = f.Stage, NameKy = f.NameKy, NameRu = f.NameRu, NameEn = f.NameEn, IsFormal = f.IsFormal,
            NeedsEmployer = f.NeedsEmployer, NeedsAgreement = f.NeedsAgreement, NeedsMentor = f.NeedsMentor, NeedsDiary = f.NeedsDiary, WeeklyDiary = f.WeeklyDiary,
            NeedsAssessment = f.NeedsAssessment, IsLongTerm = f.IsLongTerm, TypicalDurationDays = f.TypicalDurationDays,
            SortOrder = f.SortOrder, IsActive = f.IsActive,
        }));
        await db.SaveChangesAsync();
    }

    public async Task<WblProgramme> ProgrammeAsync(College college, ProgrammeStatus status = ProgrammeStatus.Approved,
        Specialty? specialty = null, IEnumerable<Employer>? invited = null, int academicYear = 2025)
    {
        await EnsureWblFormsAsync();
        specialty ??= await SpecialtyAsync(college);
        var competency = new Competency
        {
            CollegeId = college.Id, SpecialtyId = specialty.Id, Kind = CompetencyKind.Professional, Code = $"PK{Next()}", NameKy = "Кесиптик компетенция", NameRu = "Профессиональная компетенция",
        };
        var p = WblProgramme.Create(specialty, academicYear);
        p.NormativeBasis = "Мамлекеттик билим берүү стандарты";
        p.Goal = "Максат";
        p.Procedure = "Тартиби";
        p.SafetyRules = "Эмгекти коргоо";
        p.TotalStudyHours = 1000;
        p.SetLoad(ProductionPracticeFormId, 4, 500);
        p.SetFormContent(ProductionPracticeFormId, "Темалар", "Натыйжалар", "Чөйрө", "Баалоо", "Таануу");
        p.AddOutcome("ON1", "Натыйжа", [competency]);
        foreach (var e in invited ?? [])
        {
            p.InviteEmployer(e.Id);
        }

        if (status >= ProgrammeStatus.UnderDiscussion)
        {
            p.SubmitForDiscussion(CollegeAdminUser, WorkflowAt);
        }

        if (status >= ProgrammeStatus.Approved)
        {
            p.Approve($"{Next()}", new DateOnly(2025, 8, 28), CollegeAdminUser, WorkflowAt);
        }

        await using var db = factory.CreateDbContext();
        db.Add(competency);
        db.Add(p);
        await db.SaveChangesAsync();
        return p;
    }

    /// <summary>A production practice at the employer with the learners, driven to the status (1–28 April 2026 unless
    /// <paramref name="start"/> is given: then four weeks from it).</summary>
    public async Task<Placement> PlacementAsync(College college, Employer employer, PlacementStatus status = PlacementStatus.Proposed,
        IReadOnlyList<Learner>? learners = null, Mentor? mentor = null, DateOnly? start = null)
    {
        var programme = await ProgrammeAsync(college);
        var curator = await CuratorAsync(college);
        learners ??= [await LearnerAsync(college)];
        await using var db = factory.CreateDbContext();
        var form = await db.WblForms.SingleAsync(f => f.Id == ProductionPracticeFormId);
        var p = Placement.Create(programme, form, employer.Id, start ?? new DateOnly(2026, 4, 1), start?.AddDays(27) ?? new DateOnly(2026, 4, 28),
            Math.Max(3, learners.Count), curator.Id, CollegeAdminUser, WorkflowAt);
        foreach (var learner in learners)
        {
            p.AddLearner(learner, [], CollegeAdminUser, WorkflowAt);
        }

        if (status != PlacementStatus.Draft)
        {
            p.Propose(CollegeAdminUser, WorkflowAt);
        }

        if (status is PlacementStatus.Confirmed or PlacementStatus.MentorAssigned or PlacementStatus.InProgress)
        {
            p.Confirm(p.RequestedCount, EmployerAdminUser, WorkflowAt);
        }

        if (status is PlacementStatus.MentorAssigned or PlacementStatus.InProgress)
        {
            p.AssignMentor(mentor ?? await MentorAsync(employer), null, EmployerAdminUser, WorkflowAt);
        }

        if (status == PlacementStatus.InProgress)
        {
            p.Start(CollegeAdminUser, WorkflowAt);
        }

        db.Placements.Add(p);
        await db.SaveChangesAsync();
        return p;
    }

    public async Task<TripartiteAgreement> AgreementAsync(Placement placement, Guid learnerId)
    {
        var agreement = TripartiteAgreement.CreateFor(placement, learnerId, CollegeAdminUser, WorkflowAt);
        return await SaveAsync(agreement);
    }

    public Task<Partnership> PartnershipAsync(College college, Employer employer) =>
        SaveAsync(Partnership.Create(college.Id, employer.Id, PartnershipKind.CooperationAgreement, $"К-{Next()}",
            new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 1), new DateOnly(2027, 8, 31), CollegeAdminUser, WorkflowAt));

    /// <summary>An order assigning a curator to a new group; issued with the number when given.</summary>
    /// <summary>The college as its orders print it (the details frozen when an order is issued).</summary>
    public async Task<OrderIssuer> IssuerAsync(Guid collegeId)
    {
        await using var db = factory.CreateDbContext();
        return OrderIssuer.Of(await db.Colleges.SingleAsync(c => c.Id == collegeId));
    }

    public async Task<Order> CuratorOrderAsync(College college, int? issueNumber = null, DateOnly? issuedOn = null)
    {
        var group = await GroupAsync(college);
        var curator = await CuratorAsync(college);
        var order = Order.ForCuratorAssignment(college.Id, [(group, curator)], "Кураторлорду бекитүү жөнүндө", null);
        if (issueNumber is not null)
        {
            order.Issue(issueNumber.Value, issuedOn ?? new DateOnly(2026, 2, 1), OrderIssuer.Of(college), CollegeAdminUser);
        }

        return await SaveAsync(order);
    }

    public static Actor CollegeActor(Guid collegeId, string role = Roles.CollegeAdmin) => new($"u-{collegeId:N}", role, OrganizationKind.College, collegeId);

    public static Actor EmployerActor(Guid employerId) => new($"u-{employerId:N}", Roles.EmployerAdmin, OrganizationKind.Employer, employerId);

    public static Actor MentorActor(Mentor mentor) => new($"u-{mentor.Id:N}", Roles.Mentor, OrganizationKind.Employer, mentor.EmployerId, MentorId: mentor.Id);

    public static Actor LearnerActor(Learner learner) => new($"u-{learner.Id:N}", Roles.Learner, OrganizationKind.College, learner.CollegeId, LearnerId: learner.Id);

    public static readonly Actor MinistryActor = new("u-ministry", Roles.MinistryAnalyst, OrganizationKind.Ministry, null);
}
