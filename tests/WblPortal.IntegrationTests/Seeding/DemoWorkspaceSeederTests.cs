using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Events;
using WblPortal.Domain.Orders;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Seeding;

/// <summary>The demo college workspace: programmes, partnerships, placements in every status, agreements, orders,
/// events and notifications, richest between the demo college and the demo employer.</summary>
public sealed class DemoWorkspaceSeederTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly Guid DemoCollegeId = Guid.Parse("0190a000-0000-7000-8000-000000000101");

    [Fact]
    public async Task Seed_Twice_AddsNoWorkspaceRowTheSecondTime()
    {
        await SeedAsync();
        var first = await CountsAsync();

        await SeedAsync();

        Assert.Equal(first, await CountsAsync());
        Assert.Equal(24 * 3, first.Programmes); // 2026, and 2024–2025 of DemoNational (DemoGraduates reuses those)
        Assert.True(first.Placements >= 12 + 7 * 3, $"{first.Placements} placements");
    }

    [Fact]
    public async Task DemoCollegeAndDemoEmployer_HavePlacementsInEveryStatus()
    {
        await SeedAsync();
        var employerId = await DemoEmployerIdAsync();

        await using var db = Factory.CreateDbContext();
        var byStatus = await db.Placements.Where(p => p.CollegeId == DemoCollegeId && p.EmployerId == employerId)
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        foreach (var status in Enum.GetValues<PlacementStatus>())
        {
            Assert.True(byStatus.GetValueOrDefault(status) >= 1, $"no {status} placement");
        }

        Assert.Equal(2, byStatus[PlacementStatus.Proposed]); // one of them amended after confirmation
        Assert.Contains(await db.PlacementHistory.Where(h => h.CollegeId == DemoCollegeId).ToListAsync(),
            h => h.Action == "ChangeTerms" && h.FromStatus == "Confirmed" && h.ToStatus == "Proposed");
        var workshop = await db.Placements.SingleAsync(p => p.CollegeId == DemoCollegeId && p.EmployerId == null && p.Programme!.AcademicYear == 2026);
        Assert.Equal(PlacementStatus.InProgress, workshop.Status);
    }

    [Fact]
    public async Task DemoEmployer_SeesProposalsFromSeveralCollegesButNoDrafts()
    {
        await SeedAsync();
        var employerId = await DemoEmployerIdAsync();

        await using var db = Factory.CreateDbContext(EmployerActor(employerId));
        var placements = await db.Placements.ToListAsync();

        Assert.True(placements.Count >= 16, $"{placements.Count} placements");
        Assert.True(placements.Select(p => p.CollegeId).Distinct().Count() >= 3);
        Assert.DoesNotContain(placements, p => p.Status == PlacementStatus.Draft);
        Assert.True(placements.Count(p => p.Status == PlacementStatus.Proposed) >= 3);
        Assert.NotEmpty(await db.Notifications.ToListAsync());
    }

    [Fact]
    public async Task Programmes_AreApprovedPerSpecialty_AllButOneMeetTheMinimumShare()
    {
        await SeedAsync();

        await using var db = Factory.CreateDbContext();
        var programmes = await db.Programmes.Where(p => p.AcademicYear == 2026).Include(p => p.Loads).Include(p => p.Outcomes).Include(p => p.FormContents).ToListAsync();
        Assert.All(programmes, p => Assert.Equal(ProgrammeStatus.Approved, p.Status));
        Assert.All(programmes, p => Assert.True(p.IsComplete));
        Assert.Equal(await db.Specialties.CountAsync(), programmes.Select(p => p.SpecialtyId).Distinct().Count());
        var level = await db.NqfLevels.SingleAsync(n => n.Level == 5);
        Assert.Single(programmes, p => !p.MeetsMinimumShare(level));
        Assert.True(await db.Competencies.CountAsync() >= 3 * programmes.Select(p => p.SpecialtyId).Distinct().Count()); // last years' programmes share theirs
    }

    [Fact]
    public async Task Partnerships_AgreementsOrdersAndEvents_CoverTheirStatuses()
    {
        await SeedAsync();

        await using var db = Factory.CreateDbContext();
        var partnerships = await db.Partnerships.Select(p => p.Status).ToListAsync();
        Assert.Contains(PartnershipStatus.Signed, partnerships);
        Assert.Contains(PartnershipStatus.Draft, partnerships);
        Assert.Contains(PartnershipStatus.Expired, partnerships);
        Assert.Contains(PartnershipStatus.SignedOnPaper, partnerships);

        var agreements = await db.Agreements.Where(a => a.CollegeId == DemoCollegeId).ToListAsync();
        Assert.Contains(agreements, a => a.Status == AgreementStatus.Confirmed);
        Assert.Contains(agreements, a => a.Status == AgreementStatus.Pending);
        Assert.Single(agreements, a => a.Status == AgreementStatus.SignedOnPaper);
        Assert.All(await db.Agreements.Include(a => a.Placement).ToListAsync(),
            a => Assert.True(a.Placement!.Status is PlacementStatus.Confirmed or PlacementStatus.MentorAssigned or PlacementStatus.InProgress
                or PlacementStatus.Completed or PlacementStatus.Assessed));

        var orders = await db.Orders.Where(o => o.CollegeId == DemoCollegeId).ToListAsync();
        Assert.All(orders, o => Assert.Equal(OrderStatus.Issued, o.Status));
        Assert.Contains(orders, o => o.Kind == OrderKind.SendingLearners);
        Assert.Contains(orders, o => o.Kind == OrderKind.AssigningCurators);
        Assert.Single(orders, o => o.CorrectsOrderId != null);
        Assert.Equal(orders.Count, orders.Select(o => o.Number).Distinct().Count());

        var events = await db.InformationEvents.Include(e => e.Participants).Include(e => e.Attendance).ToListAsync();
        Assert.Contains(events, e => e.Status == EventStatus.Held && e.Attendance.Count > 0 && e.Participants.Count > 0);
        Assert.Contains(events, e => e.Status == EventStatus.Planned);
        Assert.True(await db.Notifications.CountAsync() >= 20);
    }

    [Fact]
    public async Task DemoAccounts_OpenThePlacementPages()
    {
        await SeedAsync();

        foreach (var (email, url) in new[] { ("college.admin@wbl.kg", "/College/Placements"), ("employer@wbl.kg", "/Employer/Placements?all=true") })
        {
            var client = PortalClient.Anonymous(Factory);
            await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = DemoDataSeeder.DemoPassword });
            var page = await client.GetDocumentAsync(url);
            Assert.True(page.QuerySelectorAll("tbody tr").Length >= 10, $"{email}: {page.QuerySelectorAll("tbody tr").Length} rows");
            var first = page.QuerySelector("tbody a")!.GetAttribute("href")!;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(first)).StatusCode);
        }
    }

    private async Task<Guid> DemoEmployerIdAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.Employers.OrderBy(e => e.Inn).Select(e => e.Id).FirstAsync();
    }

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    private sealed record Counts(int Programmes, int Partnerships, int Placements, int PlacementHistory, int Agreements, int Orders, int Events, int Notifications, int Files);

    private async Task<Counts> CountsAsync()
    {
        await using var db = Factory.CreateDbContext();
        return new Counts(await db.Programmes.CountAsync(), await db.Partnerships.CountAsync(), await db.Placements.CountAsync(),
            await db.PlacementHistory.CountAsync(), await db.Agreements.CountAsync(), await db.Orders.CountAsync(),
            await db.InformationEvents.CountAsync(), await db.Notifications.CountAsync(), await db.StoredFiles.CountAsync());
    }
}
