using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Events;
using WblPortal.Domain.Files;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Workflows;

public sealed class WorkflowPersistenceTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly WorkflowUser Staff = new("u-staff", "Токтогулов Бакыт", Roles.CollegeStaff);

    [Fact]
    public async Task College_EditsItsDraftProgramme_WithMentorRequirements()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft);

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id, Roles.CollegeStaff)))
        {
            var p = await db.Programmes.Include(x => x.Loads).Include(x => x.Outcomes).Include(x => x.FormContents).Include(x => x.Participants)
                .Include(x => x.History).SingleAsync();
            p.Goal = "Жаңы максат";
            p.MentorRequirements = new MentorRequirements { MinYearsOfExperience = 3, MinSkillGrade = 4, PedagogicalTrainingRequired = true };
            p.SetLoad(TestData.ProductionPracticeFormId, 5, 120);
            p.SubmitForDiscussion(Staff, WorkflowAt);
            await db.SaveChangesAsync();
        }

        await using var check = Factory.CreateDbContext(CollegeActor(college.Id));
        var saved = await check.Programmes.Include(x => x.Loads).Include(x => x.History).SingleAsync(x => x.Id == programme.Id);
        Assert.Equal(ProgrammeStatus.UnderDiscussion, saved.Status);
        Assert.Equal(620, saved.WblHours);
        Assert.Equal(3, saved.MentorRequirements.MinYearsOfExperience);
        Assert.True(saved.MentorRequirements.PedagogicalTrainingRequired);
        Assert.Contains(saved.History, h => h.ToStatus == "UnderDiscussion" && h.UserName == Staff.Name);
        Assert.Contains(await check.AuditEntries.ToListAsync(), a => a.EntityType == nameof(WblProgramme) && a.EntityKey == programme.Id.ToString());
    }

    [Fact]
    public async Task IssuedOrder_CannotBeChangedOrDeleted_EvenBypassingTheDomain()
    {
        var college = await Data.CollegeAsync();
        var issued = await Data.CuratorOrderAsync(college, 1);

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            var order = await db.Orders.SingleAsync();
            db.Entry(order).Property(o => o.Title).CurrentValue = "Башка";
            var ex = await Assert.ThrowsAsync<WorkflowException>(() => db.SaveChangesAsync());
            Assert.Equal("Order_IssuedCannotChange", ex.Key);
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            var line = await db.OrderLines.SingleAsync();
            line.CuratorName = "Башка куратор";
            await Assert.ThrowsAsync<WorkflowException>(() => db.SaveChangesAsync());
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            db.Orders.Remove(await db.Orders.SingleAsync());
            await Assert.ThrowsAsync<WorkflowException>(() => db.SaveChangesAsync());
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            var order = await db.Orders.Include(o => o.Lines).SingleAsync();
            var correction = order.CreateCorrection("№1 буйрукка өзгөртүү киргизүү жөнүндө");
            correction.Issue(OrderNumbering.Next(await db.Orders.Where(o => o.Year == 2026 && o.Number != null).Select(o => o.Number!.Value).ToListAsync()),
                new DateOnly(2026, 2, 5), OrderIssuer.Of(college), CollegeAdminUser);
            db.Orders.Add(correction);
            await db.SaveChangesAsync();
        }

        await using var check = Factory.CreateDbContext(CollegeActor(college.Id));
        var orders = await check.Orders.OrderBy(o => o.Number).ToListAsync();
        Assert.Equal([1, 2], orders.Select(o => o.Number!.Value));
        Assert.Equal(issued.Id, orders[1].CorrectsOrderId);
        Assert.Equal("Кураторлорду бекитүү жөнүндө", orders[0].Title);
    }

    [Fact]
    public async Task ReferenceData_IsWrittenOnlyByThePlatformAdmin()
    {
        await Data.EnsureWblFormsAsync();
        var college = await Data.CollegeAsync();

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            (await db.NqfLevels.SingleAsync(l => l.Level == 5)).MinWblSharePercent = 10;
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            (await db.WblForms.SingleAsync(f => f.Code == "production_practice")).NeedsAgreement = false;
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Factory.CreateDbContext(new Actor("u-admin", Roles.PlatformAdmin, OrganizationKind.Platform, null)))
        {
            (await db.WblForms.SingleAsync(f => f.Code == "volunteering")).TypicalDurationDays = 5;
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task AgreementScan_IsStoredOnceAndSeenByTheCollegeAndEmployerOnly()
    {
        var college = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learner = await Data.LearnerAsync(college);
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [learner]);
        var agreement = await Data.AgreementAsync(placement, learner.Id);
        byte[] pdf = [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[2048], .. "\n%%EOF\n"u8.ToArray()];

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id)))
        {
            var file = StoredFile.Create("келишим.pdf", pdf, college.Id, employer.Id, Staff, WorkflowAt);
            db.StoredFiles.Add(file);
            var a = await db.Agreements.SingleAsync();
            a.MarkSignedOnPaper(file.Id, Staff, WorkflowAt);
            await db.SaveChangesAsync();
        }

        await using (var db = Factory.CreateDbContext(EmployerActor(employer.Id)))
        {
            var a = await db.Agreements.SingleAsync(x => x.Id == agreement.Id);
            var file = await db.StoredFiles.SingleAsync(f => f.Id == a.ScanFileId);
            Assert.Equal(pdf, file.Content);
            Assert.Equal(pdf.Length, file.Size);
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(other.Id)))
        {
            Assert.Empty(await db.StoredFiles.ToListAsync());
            db.StoredFiles.Add(StoredFile.Create("x.pdf", pdf, college.Id, null, Staff, WorkflowAt));
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Factory.CreateDbContext(LearnerActor(learner)))
        {
            Assert.Empty(await db.StoredFiles.ToListAsync());
        }
    }

    [Fact]
    public async Task InformationEvents_SeenByTheCollegeItsLearnersAndParticipatingEmployers()
    {
        await Data.EnsureWblFormsAsync();
        var college = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var x = await Data.EmployerAsync();
        var y = await Data.EmployerAsync();
        var learner = await Data.LearnerAsync(college);

        await using (var db = Factory.CreateDbContext(CollegeActor(college.Id, Roles.CollegeStaff)))
        {
            var form = await db.WblForms.SingleAsync(f => f.Code == "job_fair");
            var e = InformationEvent.Create(college.Id, form, "Кесиптер жарманкеси — 2026", WorkflowAt);
            e.AddEmployer(x.Id, "Жээнбеков Н.");
            e.MarkHeld();
            e.RecordAttendance(learner, true);
            db.InformationEvents.Add(e);
            await db.SaveChangesAsync();
        }

        await using (var db = Factory.CreateDbContext(EmployerActor(x.Id)))
        {
            Assert.Single(await db.InformationEvents.ToListAsync());
            Assert.Empty(await db.EventAttendance.ToListAsync());
        }

        await using (var db = Factory.CreateDbContext(EmployerActor(y.Id)))
        {
            Assert.Empty(await db.InformationEvents.ToListAsync());
        }

        await using (var db = Factory.CreateDbContext(CollegeActor(other.Id)))
        {
            Assert.Empty(await db.InformationEvents.ToListAsync());
        }

        await using (var db = Factory.CreateDbContext(LearnerActor(learner)))
        {
            Assert.Single(await db.InformationEvents.ToListAsync());
            Assert.True((await db.EventAttendance.SingleAsync()).Attended);
        }
    }

    [Fact]
    public async Task Overlap_IsCheckedAgainstTheLearnersOtherPlacementsInTheDatabase()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learner = await Data.LearnerAsync(college);
        await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [learner]);
        var second = await Data.PlacementAsync(college, employer, PlacementStatus.Draft);

        await using var db = Factory.CreateDbContext(CollegeActor(college.Id));
        var placement = await db.Placements.Include(p => p.Learners).SingleAsync(p => p.Id == second.Id);
        var others = await db.OtherLongPlacementsOfAsync([learner.Id], placement.Id);

        var ex = Assert.Throws<WorkflowException>(() => placement.AddLearner(learner, others, Staff, WorkflowAt));
        Assert.Equal("Placement_LearnerOverlap", ex.Key);

        placement.ChangeTerms(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 28), 3, others, Staff, WorkflowAt);
        placement.AddLearner(learner, others, Staff, WorkflowAt);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task NextOrderNumber_CountsTheCollegesIssuedOrdersOfTheYear()
    {
        var college = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        await Data.CuratorOrderAsync(college, 1, new DateOnly(2026, 1, 5));
        await Data.CuratorOrderAsync(college, 2, new DateOnly(2026, 1, 6));
        await Data.CuratorOrderAsync(college, 9, new DateOnly(2025, 12, 6));
        await Data.CuratorOrderAsync(other, 5, new DateOnly(2026, 1, 6));
        await Data.CuratorOrderAsync(college);

        await using var db = Factory.CreateDbContext(CollegeActor(college.Id));
        Assert.Equal(3, await db.NextOrderNumberAsync(college.Id, 2026));
        Assert.Equal(1, await db.NextOrderNumberAsync(college.Id, 2027));
    }
}
