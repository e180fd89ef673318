using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Workflows;

/// <summary>The tenant filters and write checks of the college workspace, on the real database.</summary>
public sealed class WorkflowAccessTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task OtherCollege_SeesNoneOfTheCollegesWorkflowRows()
    {
        var a = await Data.CollegeAsync();
        var b = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var placement = await Data.PlacementAsync(a, employer, PlacementStatus.Confirmed);
        await Data.AgreementAsync(placement, placement.Learners[0].LearnerId);
        await Data.CuratorOrderAsync(a, 1);
        await Data.PartnershipAsync(a, employer);

        await using var db = Factory.CreateDbContext(CollegeActor(b.Id));

        Assert.Empty(await db.Programmes.ToListAsync());
        Assert.Empty(await db.ProgrammeLoads.ToListAsync());
        Assert.Empty(await db.ProgrammeOutcomes.ToListAsync());
        Assert.Empty(await db.ProgrammeHistory.ToListAsync());
        Assert.Empty(await db.Placements.ToListAsync());
        Assert.Empty(await db.PlacementLearners.ToListAsync());
        Assert.Empty(await db.PlacementHistory.ToListAsync());
        Assert.Empty(await db.Agreements.ToListAsync());
        Assert.Empty(await db.AgreementHistory.ToListAsync());
        Assert.Empty(await db.Orders.ToListAsync());
        Assert.Empty(await db.OrderLines.ToListAsync());
        Assert.Empty(await db.Partnerships.ToListAsync());
        Assert.Empty(await db.Notifications.ToListAsync());

        await using var own = Factory.CreateDbContext(CollegeActor(a.Id));
        Assert.Single(await own.Placements.Include(p => p.Learners).Include(p => p.History).ToListAsync());
        Assert.Single(await own.Agreements.ToListAsync());
        Assert.Single(await own.Orders.Include(o => o.Lines).ToListAsync());
        Assert.NotEmpty(await own.Notifications.ToListAsync()); // the employer's confirmation
    }

    [Fact]
    public async Task OtherCollege_CannotChangeOrAddTheCollegesRows()
    {
        var a = await Data.CollegeAsync();
        var b = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var placement = await Data.PlacementAsync(a, employer, PlacementStatus.Confirmed);
        var order = await Data.CuratorOrderAsync(a);

        await using (var db = Factory.CreateDbContext(CollegeActor(b.Id)))
        {
            var loaded = await db.Placements.IgnoreQueryFilters([WblDbContext.TenantFilter]).SingleAsync(p => p.Id == placement.Id);
            loaded.Site = "Башка цех";
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(b.Id)))
        {
            var loaded = await db.Orders.IgnoreQueryFilters([WblDbContext.TenantFilter]).SingleAsync(o => o.Id == order.Id);
            loaded.Edit("Башка аталыш", null);
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(b.Id)))
        {
            var specialty = await Data.SpecialtyAsync(a);
            db.Programmes.Add(WblProgramme.Create(specialty, 2026));
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = Factory.CreateDbContext();
        Assert.Null((await check.Placements.SingleAsync(p => p.Id == placement.Id)).Site);
    }

    [Fact]
    public async Task Employer_SeesOnlyRowsSharedWithIt_AndNeverTheCollegesDrafts()
    {
        var college = await Data.CollegeAsync();
        var x = await Data.EmployerAsync();
        var y = await Data.EmployerAsync();
        var withX = await Data.PlacementAsync(college, x, PlacementStatus.Confirmed);
        var draftWithX = await Data.PlacementAsync(college, x, PlacementStatus.Draft);
        var cancelledDraftWithX = await Data.PlacementAsync(college, x, PlacementStatus.Draft);
        await using (var collegeDb = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            var p = await collegeDb.Placements.SingleAsync(p => p.Id == cancelledDraftWithX.Id);
            p.Cancel("Керек эмес", CollegeAdminUser, WorkflowAt);
            await collegeDb.SaveChangesAsync();
        }

        var withY = await Data.PlacementAsync(college, y, PlacementStatus.Confirmed);
        var agreementX = await Data.AgreementAsync(withX, withX.Learners[0].LearnerId);
        await Data.AgreementAsync(withY, withY.Learners[0].LearnerId);
        var partnershipX = await Data.PartnershipAsync(college, x);
        await Data.PartnershipAsync(college, y);

        await using var db = Factory.CreateDbContext(EmployerActor(x.Id));

        Assert.Equal([withX.Id], await db.Placements.Select(p => p.Id).ToListAsync());
        Assert.Equal([withX.Learners[0].Id], await db.PlacementLearners.Select(l => l.Id).ToListAsync());
        Assert.DoesNotContain(await db.PlacementHistory.ToListAsync(), h => h.PlacementId == draftWithX.Id || h.Action == "Create");
        Assert.Equal([agreementX.Id], await db.Agreements.Select(a => a.Id).ToListAsync());
        Assert.Equal([partnershipX.Id], await db.Partnerships.Select(p => p.Id).ToListAsync());
        Assert.All(await db.PlacementHistory.ToListAsync(), h => Assert.Equal(x.Id, h.EmployerId));
        Assert.Empty(await db.Orders.ToListAsync());
    }

    [Fact]
    public async Task Employer_WritesItsOwnPlacementsSteps_ButNotAnotherEmployers()
    {
        var college = await Data.CollegeAsync();
        var x = await Data.EmployerAsync();
        var y = await Data.EmployerAsync();
        var withX = await Data.PlacementAsync(college, x);
        var withY = await Data.PlacementAsync(college, y);

        await using (var db = Factory.CreateDbContext(EmployerActor(x.Id)))
        {
            var p = await db.Placements.Include(p => p.Learners).SingleAsync(p => p.Id == withX.Id);
            p.Confirm(3, EmployerAdminUser, WorkflowAt);
            await db.SaveChangesAsync();
        }

        await using (var db = Factory.CreateDbContext(EmployerActor(x.Id)))
        {
            Assert.Null(await db.Placements.SingleOrDefaultAsync(p => p.Id == withY.Id));
            var p = await db.Placements.IgnoreQueryFilters([WblDbContext.TenantFilter]).Include(p => p.Learners).SingleAsync(p => p.Id == withY.Id);
            p.Confirm(3, EmployerAdminUser, WorkflowAt);
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var college_ = Factory.CreateDbContext(CollegeActor(college.Id));
        var statuses = await college_.Placements.OrderBy(p => p.Id).Select(p => new { p.Id, p.Status }).ToListAsync();
        Assert.Equal(PlacementStatus.Confirmed, statuses.Single(s => s.Id == withX.Id).Status);
        Assert.Equal(PlacementStatus.Proposed, statuses.Single(s => s.Id == withY.Id).Status);
        var history = await college_.PlacementHistory.Where(h => h.PlacementId == withX.Id).OrderBy(h => h.Id).ToListAsync();
        Assert.Equal(("Proposed", "Confirmed", EmployerAdminUser.Name), (history[^1].FromStatus, history[^1].ToStatus, history[^1].UserName));
        var inbox = await college_.Notifications.Where(n => n.SubjectId == withX.Id && n.MessageKey == "Notify_PlacementConfirmed").SingleAsync();
        Assert.Equal(x.Id, inbox.SenderOrganizationId);
    }

    [Fact]
    public async Task Learner_SeesOnlyTheirOwnAgreementsAndPlacements_AndConfirmsTheirSide()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var me = await Data.LearnerAsync(college);
        var classmate = await Data.LearnerAsync(college);
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [me, classmate]);
        var mine = await Data.AgreementAsync(placement, me.Id);
        var theirs = await Data.AgreementAsync(placement, classmate.Id);
        await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [await Data.LearnerAsync(college)]);

        await using (var db = Factory.CreateDbContext(LearnerActor(me)))
        {
            Assert.Equal([mine.Id], await db.Agreements.Select(a => a.Id).ToListAsync());
            Assert.Equal([placement.Id], await db.Placements.Select(p => p.Id).ToListAsync());
            Assert.Equal([me.Id], await db.PlacementLearners.Select(l => l.LearnerId).ToListAsync());
            Assert.Empty(await db.Orders.ToListAsync());
            Assert.Empty(await db.Programmes.ToListAsync());
            Assert.All(await db.Notifications.ToListAsync(), n => Assert.Equal(me.Id, n.RecipientLearnerId));

            var agreement = await db.Agreements.SingleAsync();
            agreement.ConfirmByLearner(me, new WorkflowUser("u-me", me.FullName, Roles.Learner), WorkflowAt);
            await db.SaveChangesAsync();
        }

        await using (var db = Factory.CreateDbContext(LearnerActor(me)))
        {
            var other = await db.Agreements.IgnoreQueryFilters([WblDbContext.TenantFilter]).SingleAsync(a => a.Id == theirs.Id);
            Assert.Throws<WorkflowException>(() => other.ConfirmByLearner(me, new WorkflowUser("u-me", me.FullName, Roles.Learner), WorkflowAt));
            db.Entry(other).Property(a => a.ScanFileId).CurrentValue = null;
            db.Entry(other).Property(a => a.RepresentativeName).CurrentValue = "Мен";
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = Factory.CreateDbContext();
        Assert.NotNull((await check.Agreements.SingleAsync(a => a.Id == mine.Id)).LearnerConfirmedAt);
    }

    [Fact]
    public async Task Mentor_SeesOnlyThePlacementsTheyMentor()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var colleague = await Data.MentorAsync(employer);
        var mine = await Data.PlacementAsync(college, employer, PlacementStatus.MentorAssigned, mentor: mentor);
        await Data.PlacementAsync(college, employer, PlacementStatus.MentorAssigned, mentor: colleague);
        await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed);
        await Data.AgreementAsync(mine, mine.Learners[0].LearnerId);

        await using var db = Factory.CreateDbContext(MentorActor(mentor));

        Assert.Equal([mine.Id], await db.Placements.Select(p => p.Id).ToListAsync());
        Assert.Equal([mine.Learners[0].Id], await db.PlacementLearners.Select(l => l.Id).ToListAsync());
        Assert.Empty(await db.Agreements.ToListAsync());
        Assert.Empty(await db.Partnerships.ToListAsync());
        Assert.All(await db.Notifications.ToListAsync(), n => Assert.Equal(mentor.Id, n.RecipientMentorId));
        Assert.NotEmpty(await db.Notifications.ToListAsync());

        var p = await db.Placements.SingleAsync();
        p.Site = "Менин цехим";
        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Ministry_ReadsEverything_ButChangesNothing()
    {
        var a = await Data.CollegeAsync();
        var b = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        await Data.PlacementAsync(a, employer, PlacementStatus.Confirmed);
        await Data.PlacementAsync(b, employer, PlacementStatus.Draft);
        await Data.CuratorOrderAsync(a, 1);
        await Data.PartnershipAsync(b, employer);

        await using var db = Factory.CreateDbContext(MinistryActor);

        Assert.Equal(2, await db.Placements.CountAsync());
        Assert.Equal(2, await db.Programmes.CountAsync());
        Assert.Equal(1, await db.Orders.CountAsync());
        Assert.Equal(1, await db.Partnerships.CountAsync());

        var placement = await db.Placements.FirstAsync();
        placement.Site = "Министрликтен";
        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Employer_SeesAProgrammeOnlyWhenInvitedAndUnderDiscussionOrApproved()
    {
        var college = await Data.CollegeAsync();
        var x = await Data.EmployerAsync();
        var y = await Data.EmployerAsync();
        var discussed = await Data.ProgrammeAsync(college, ProgrammeStatus.UnderDiscussion, invited: [x]);
        await Data.ProgrammeAsync(college, ProgrammeStatus.Draft, invited: [x]);
        await Data.ProgrammeAsync(college, ProgrammeStatus.UnderDiscussion, invited: [y]);

        await using (var db = Factory.CreateDbContext(EmployerActor(x.Id)))
        {
            var programme = await db.Programmes.Include(p => p.Loads).Include(p => p.Outcomes).ThenInclude(o => o.Competencies)
                .Include(p => p.FormContents).Include(p => p.Participants).SingleAsync();
            Assert.Equal(discussed.Id, programme.Id);
            Assert.Single(programme.Loads);
            Assert.Single(Assert.Single(programme.Outcomes).Competencies);
            Assert.Single(programme.FormContents);
            Assert.Empty(await db.ProgrammeHistory.ToListAsync());
            Assert.Single(await db.ProgrammeLoads.ToListAsync()); // not the invited draft's
            Assert.Single(await db.ProgrammeFormContents.ToListAsync());
            Assert.Single(await db.ProgrammeOutcomes.ToListAsync());

            // The employer comments; the programme itself is the college's.
            db.ProgrammeComments.Add(programme.AddEmployerComment(x.Id, "Практиканы узартуу керек", EmployerAdminUser, WorkflowAt));
            await db.SaveChangesAsync();

            programme.Goal = "Иш берүүчүнүн максаты";
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var collegeDb = Factory.CreateDbContext(CollegeActor(college.Id));
        var comment = await collegeDb.ProgrammeComments.SingleAsync();
        Assert.Equal(x.Id, comment.EmployerId);
        Assert.Single(await collegeDb.Notifications.Where(n => n.MessageKey == "Notify_ProgrammeCommented").ToListAsync());
        comment.AnswerBy("Макул", new WorkflowUser("u-c", "Асанова", Roles.CollegeStaff), WorkflowAt);
        await collegeDb.SaveChangesAsync();

        await using var xDb = Factory.CreateDbContext(EmployerActor(x.Id));
        Assert.Single(await xDb.Notifications.Where(n => n.MessageKey == "Notify_ProgrammeCommentAnswered").ToListAsync());
        Assert.Equal("Макул", (await xDb.ProgrammeComments.SingleAsync()).Answer);

        await using var yDb = Factory.CreateDbContext(EmployerActor(y.Id));
        Assert.Empty(await yDb.ProgrammeComments.ToListAsync());
    }

    [Fact]
    public async Task Placement_SecondConcurrentWriter_GetsAConcurrencyException()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed);
        var actor = CollegeActor(college.Id);

        await using var first = Factory.CreateDbContext(actor);
        await using var second = Factory.CreateDbContext(actor);
        var one = await first.Placements.SingleAsync(p => p.Id == placement.Id);
        var two = await second.Placements.SingleAsync(p => p.Id == placement.Id);

        one.Site = "1-цех";
        await first.SaveChangesAsync();
        two.Site = "2-цех";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = Factory.CreateDbContext();
        Assert.Equal("1-цех", (await check.Placements.SingleAsync(p => p.Id == placement.Id)).Site);
    }

    [Fact]
    public async Task OrderNumbers_AreUniquePerCollegeAndYear()
    {
        var a = await Data.CollegeAsync();
        var b = await Data.CollegeAsync();
        await Data.CuratorOrderAsync(a, 1, new DateOnly(2026, 1, 10));
        await Data.CuratorOrderAsync(a, 1, new DateOnly(2025, 12, 30));
        await Data.CuratorOrderAsync(b, 1, new DateOnly(2026, 1, 10));
        await Data.CuratorOrderAsync(a); // drafts have no number
        await Data.CuratorOrderAsync(a);

        await Assert.ThrowsAsync<DbUpdateException>(() => Data.CuratorOrderAsync(a, 1, new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public async Task Programmes_AreUniquePerSpecialtyYearAndRevision()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        await Data.ProgrammeAsync(college, specialty: specialty);
        await Data.ProgrammeAsync(college, specialty: specialty, academicYear: 2026);

        await Assert.ThrowsAsync<DbUpdateException>(() => Data.ProgrammeAsync(college, specialty: specialty));
    }

    [Fact]
    public async Task ReferenceData_CatalogueAndNqfMinimumShares()
    {
        await Data.EnsureWblFormsAsync();
        await using var db = Factory.CreateDbContext(CollegeActor(Guid.NewGuid()));
        var forms = await db.WblForms.ToListAsync();
        Assert.Equal(4, forms.Select(f => f.Stage).Distinct().Count());
        Assert.All(forms.Where(f => f.Code is "internship" or "apprenticeship"), f => Assert.False(f.IsFormal));
        var levels = await db.NqfLevels.OrderBy(l => l.Level).Select(l => l.MinWblSharePercent).ToListAsync();
        Assert.Equal([60m, 40m, 30m], levels);
    }

    [Fact]
    public async Task CopyToNextYear_SavesTheCopyWithItsSections()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college);

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            var loaded = await db.Programmes.Include(p => p.Loads).Include(p => p.Outcomes).ThenInclude(o => o.Competencies)
                .Include(p => p.FormContents).Include(p => p.Participants).SingleAsync(p => p.Id == programme.Id);
            db.Programmes.Add(loaded.CopyToNextYear(new WorkflowUser("u", "Асанова", Roles.CollegeStaff), WorkflowAt));
            await db.SaveChangesAsync();
        }

        await using var check = Factory.CreateDbContext(CollegeActor(college.Id));
        var copy = await check.Programmes.Include(p => p.Loads).Include(p => p.Outcomes).ThenInclude(o => o.Competencies)
            .SingleAsync(p => p.AcademicYear == 2026);
        Assert.Equal(ProgrammeStatus.Draft, copy.Status);
        Assert.Equal(500, copy.WblHours);
        Assert.Equal(50m, copy.WblSharePercent);
        Assert.Single(Assert.Single(copy.Outcomes).Competencies);
    }

    [Fact]
    public async Task AgreementStatus_IsVisibleToAllThreeParties()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learner = await Data.LearnerAsync(college);
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [learner]);
        var agreement = await Data.AgreementAsync(placement, learner.Id);

        await using (var db = Factory.CreateDbContext(EmployerActor(employer.Id)))
        {
            var a = await db.Agreements.SingleAsync();
            a.ConfirmByEmployer(EmployerAdminUser, WorkflowAt);
            await db.SaveChangesAsync();
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            var a = await db.Agreements.SingleAsync();
            a.ConfirmByCollege(CollegeAdminUser, WorkflowAt);
            await db.SaveChangesAsync();
        }

        await using (var db = Factory.CreateDbContext(LearnerActor(learner)))
        {
            var a = await db.Agreements.Include(x => x.History).SingleAsync();
            Assert.Equal(AgreementStatus.Pending, a.Status);
            Assert.True(a.IsConfirmedByCollege && a.IsConfirmedByEmployer && !a.IsConfirmedByLearner);
            Assert.Equal(3, a.History.Count);
            a.ConfirmByLearner(learner, new WorkflowUser("u-l", learner.FullName, Roles.Learner), WorkflowAt);
            await db.SaveChangesAsync();
        }

        foreach (var actor in new[] { CollegeActor(college.Id), EmployerActor(employer.Id), LearnerActor(learner) })
        {
            await using var db = Factory.CreateDbContext(actor);
            Assert.Equal(AgreementStatus.Confirmed, (await db.Agreements.SingleAsync(a => a.Id == agreement.Id)).Status);
        }
    }
}
