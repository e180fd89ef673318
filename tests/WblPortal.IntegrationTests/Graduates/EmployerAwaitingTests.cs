using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Graduates;

/// <summary>The employer's dashboard counts what waits for its answer, from every partner college.</summary>
public sealed class EmployerAwaitingTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Dashboard_CountsThisYearsPlacementsAmendmentsAgreementsAndPartnershipsOfEveryCollege()
    {
        var employer = await Data.EmployerAsync();
        var a = await Data.CollegeAsync();
        var b = await Data.CollegeAsync();
        await Data.PlacementAsync(a, employer, start: ThisAcademicYearDay);
        var amended = await Data.PlacementAsync(b, employer, PlacementStatus.Confirmed, start: ThisAcademicYearDay);
        await using (var db = Factory.CreateDbContext())
        {
            var p = await db.Placements.Include(x => x.Learners).SingleAsync(x => x.Id == amended.Id);
            p.ChangeTerms(p.StartDate, p.EndDate.AddDays(7), p.RequestedCount, [], CollegeAdminUser, WorkflowAt.AddDays(1));
            await db.SaveChangesAsync();
        }

        var confirmed = await Data.PlacementAsync(a, employer, PlacementStatus.Confirmed, start: ThisAcademicYearDay); // its mentor to appoint
        await Data.AgreementAsync(confirmed, confirmed.Learners[0].LearnerId);
        await Data.PartnershipAsync(b, employer);
        await Data.PlacementAsync(a, await Data.EmployerAsync()); // another employer's
        await Data.PlacementAsync(a, employer, PlacementStatus.Draft); // not shared yet
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var page = await client.GetDocumentAsync("/Employer");

        var counts = page.QuerySelectorAll("[data-testid=awaiting-count]").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["3", "1", "1", "1"], counts);
    }
}
