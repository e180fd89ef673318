using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Dashboards;

/// <summary>Every figure on the employer's dashboard equals the number of rows of the list it links to: the same
/// query counts both, so past years' rows, finished rows and other parties' rows never inflate a card.</summary>
public sealed class DashboardCountTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static int Rows(IDocument list) => list.QuerySelectorAll("main table tbody tr").Length;

    /// <summary>Placements, agreements, partnerships and assessments of this year and a past one, waiting or not.</summary>
    private async Task<Domain.Employers.Employer> EmployerWithEverythingAsync()
    {
        var employer = await Data.EmployerAsync();
        var a = await Data.CollegeAsync();
        var b = await Data.CollegeAsync();
        await Data.PlacementAsync(a, employer, start: ThisAcademicYearDay);
        await Data.PlacementAsync(a, employer, start: ThisAcademicYearDay.AddYears(-1)); // a past year's proposal
        var amended = await Data.PlacementAsync(b, employer, PlacementStatus.Confirmed, start: ThisAcademicYearDay.AddDays(7));
        await using (var db = Factory.CreateDbContext())
        {
            var p = await db.Placements.Include(x => x.Learners).SingleAsync(x => x.Id == amended.Id);
            p.ChangeTerms(p.StartDate, p.EndDate.AddDays(7), p.RequestedCount, [], CollegeAdminUser, WorkflowAt.AddDays(1));
            await db.SaveChangesAsync();
        }

        var confirmed = await Data.PlacementAsync(a, employer, PlacementStatus.Confirmed, start: ThisAcademicYearDay.AddDays(3));
        await Data.PlacementAsync(a, employer, PlacementStatus.MentorAssigned, start: ThisAcademicYearDay); // nothing left to do
        await Data.AgreementAsync(confirmed, confirmed.Learners[0].LearnerId);
        var old = await Data.PlacementAsync(b, employer, PlacementStatus.Confirmed);
        await Data.AgreementAsync(old, old.Learners[0].LearnerId);
        await Data.PartnershipAsync(b, employer);
        await Data.SignedPartnershipAsync(a, employer);
        var signedByEmployer = Partnership.Create(a.Id, employer.Id, PartnershipKind.CooperationAgreement, $"Д-{Guid.NewGuid():N}"[..10],
            new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 1), new DateOnly(2027, 8, 31), CollegeAdminUser, WorkflowAt);
        signedByEmployer.SignAsEmployer(EmployerAdminUser, WorkflowAt);
        signedByEmployer.ClearRaisedNotifications();
        await Data.SaveAsync(signedByEmployer); // a draft waiting on the college only
        await Data.PlacementAsync(a, await Data.EmployerAsync()); // another employer's

        var scoring = await Data.AssessmentWorldAsync(learners: 2, a, employer, start: ThisAcademicYearDay);
        await Data.AssessmentAsync(scoring, AssessmentStage.Started);
        await Data.AssessmentAsync(scoring, AssessmentStage.Proposed, learner: 1);
        var final = await Data.AssessmentWorldAsync(learners: 1, a, employer, start: ThisAcademicYearDay);
        await Data.AssessmentAsync(final, AssessmentStage.Final);
        var past = await Data.AssessmentWorldAsync(learners: 1, b, employer, start: ThisAcademicYearDay.AddYears(-1));
        await Data.AssessmentAsync(past, AssessmentStage.Started);
        return employer;
    }

    [Fact]
    public async Task EmployerDashboard_EveryAwaitingFigure_EqualsTheRowsOfTheListItLinksTo()
    {
        var employer = await EmployerWithEverythingAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var dashboard = await client.GetDocumentAsync("/Employer");

        var cards = dashboard.QuerySelectorAll("[data-testid=awaiting] .card").Select(c =>
            (Count: int.Parse(c.QuerySelector("[data-testid=awaiting-count]")!.TextContent.Trim()), Href: c.QuerySelector("a")!.GetAttribute("href")!)).ToList();
        Assert.Equal(["/Employer/Placements", "/Employer/Placements?amended=true", "/Employer/Agreements?awaiting=true", "/Employer/Partnerships?awaiting=true"],
            cards.Select(c => c.Href));
        Assert.Equal([3, 1, 2, 1], cards.Select(c => c.Count));
        foreach (var (count, href) in cards)
        {
            Assert.True(count == Rows(await client.GetDocumentAsync(href)), $"{href}: the card says {count}");
        }
    }

    [Fact]
    public async Task EmployerDashboard_AssessmentCard_CountsThisYearsAssessmentsInProgress_LikeTheListItLinksTo()
    {
        var employer = await EmployerWithEverythingAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var card = (await client.GetDocumentAsync("/Employer")).QuerySelector("[data-testid=pending-assessments]")!;
        var href = card.QuerySelector("a")!.GetAttribute("href")!;
        var list = await client.GetDocumentAsync(href);

        Assert.Equal("/Employer/Assessments?inProgress=true", href);
        Assert.Equal("2", card.QuerySelector("[data-testid=pending-count]")!.TextContent.Trim());
        Assert.Equal(2, list.QuerySelectorAll("[data-testid=assessments] tbody tr").Length);
        Assert.NotNull(list.QuerySelector("[data-testid=filter-in-progress]"));
    }

    [Fact]
    public async Task EmployerPartnerships_AwaitingFilter_KeepsDraftsWaitingOnTheEmployersSignature_AndSurvivesTheFilterForm()
    {
        var employer = await Data.EmployerAsync();
        var college = await Data.CollegeAsync();
        var waiting = await Data.PartnershipAsync(college, employer);
        await Data.SignedPartnershipAsync(college, employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var list = await client.GetDocumentAsync("/Employer/Partnerships?awaiting=true");

        Assert.Equal(1, Rows(list));
        Assert.Contains(waiting.Number, list.QuerySelector("main table tbody")!.TextContent);
        Assert.Equal("true", list.QuerySelector("form input[name=awaiting]")!.GetAttribute("value"));
        Assert.Equal(2, Rows(await client.GetDocumentAsync("/Employer/Partnerships")));
    }

    [Theory]
    [InlineData("/Employer/Partnerships?awaiting=yes")]
    [InlineData("/Employer/Placements?amended=%00")]
    [InlineData("/Employer/Assessments?inProgress=9999")]
    public async Task EmployerLists_JunkInTheNewFilters_AnswersNo5xx(string url)
    {
        var client = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);

        var response = await client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/Employer/Partnerships?awaiting=true")]
    [InlineData("/Employer/Placements?amended=true")]
    [InlineData("/Employer/Assessments?inProgress=true")]
    public async Task EmployerLists_NewFilters_AreNotOpenToACollege(string url)
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync(url);

        Assert.True(response.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.Redirect or System.Net.HttpStatusCode.NotFound,
            $"{url}: {(int)response.StatusCode}");
    }
}
