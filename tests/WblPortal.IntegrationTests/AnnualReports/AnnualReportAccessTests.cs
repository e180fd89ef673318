using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.AnnualReports;

/// <summary>Who reads and who writes an annual report.</summary>
public class AnnualReportAccessTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_OtherCollegesReport_ReturnsNotFound()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.Submitted);
        var other = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/College/Reports/Details/{report.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/College/Reports/Pdf/{report.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/College/Reports/Preview/{report.Id}")).StatusCode);
        var post = await other.PostFormAsync("/College/Reports/Edit",
            new() { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString(), ["Achievements"] = "x" }, "/College/Reports");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var submit = await other.PostFormAsync("/College/Reports/Submit",
            new() { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString() }, "/College/Reports");
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
    }

    [Fact]
    public async Task Get_ReportAsEmployerThatIsNotAPartner_ReturnsNotFound()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        var stranger = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Employer/Reports/Details/{report.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Employer/Reports/Pdf/{report.Id}")).StatusCode);
        var post = await stranger.PostFormAsync("/Employer/Reports/Agree", new() { ["Id"] = report.Id.ToString(), ["Version"] = "0" }, "/Employer/Reports");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var list = await stranger.GetDocumentAsync("/Employer/Reports");
        Assert.Null(list.QuerySelector($"tr[data-id='{report.Id}']"));
    }

    [Fact]
    public async Task Get_DraftReportAsPartnerEmployer_ReturnsNotFound()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers);
        var partner = await SignInAsync(Roles.EmployerAdmin, employers[0].Id);

        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/Employer/Reports/Details/{report.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_SentReportAsPartnerEmployer_ShowsItWithoutTheHistory()
    {
        var (college, employers) = await Data.ReportWorldAsync(2);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        var partner = await SignInAsync(Roles.EmployerAdmin, employers[0].Id);

        var page = await partner.GetDocumentAsync($"/Employer/Reports/Details/{report.Id}");

        Assert.Equal("SentToEmployers", page.QuerySelector("[data-testid='report-status']")?.GetAttribute("data-status"));
        Assert.Single(page.QuerySelectorAll("#report-responses tr[data-employer]")); // its own answer, not the other partner's
        Assert.Null(page.QuerySelector("#report-history"));
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Learner)]
    public async Task Get_MinistryPages_AsOtherRole_ReturnsForbidden(string role)
    {
        var world = await Data.AccessWorldAsync();
        var client = role switch
        {
            Roles.CollegeAdmin => await SignInAsync(role, world.CollegeA.Id),
            Roles.EmployerAdmin => await SignInAsync(role, world.EmployerA.Id),
            Roles.Mentor => await SignInAsync(role, world.EmployerA.Id, mentorId: world.MentorA1.Id),
            _ => await SignInAsync(role, world.CollegeA.Id, learnerId: world.LearnerA1.Id),
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Ministry/Reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Ministry/Reports/Export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Ministry/Roadmap")).StatusCode);
    }

    [Fact]
    public async Task Post_NarrativeAsMinistry_ReturnsForbiddenAndChangesNothing()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        var report = await Data.AnnualReportAsync(college, employers, AnnualReportStatus.Submitted);
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var response = await ministry.PostFormAsync("/College/Reports/Edit",
            new() { ["Id"] = report.Id.ToString(), ["Version"] = report.Version.ToString(), ["Achievements"] = "Министрлик жазды" }, "/Ministry/Reports");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Жетишкендиктер: 12 окуучу ишке орношту.", (await db.AnnualReports.SingleAsync()).Achievements);
    }

    [Fact]
    public async Task Get_CollegeReportPages_AsEmployerOrLearner_ReturnsForbidden()
    {
        var world = await Data.AccessWorldAsync();
        var employer = await SignInAsync(Roles.EmployerAdmin, world.EmployerA.Id);
        var learner = await SignInAsync(Roles.Learner, world.CollegeA.Id, learnerId: world.LearnerA1.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync("/College/Reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/College/Reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/Employer/Reports")).StatusCode);
    }

    [Fact]
    public async Task MinistryIndex_ListsEveryCollegeIncludingThoseWithoutReport_AndFiltersByStatus()
    {
        var (submitting, employers) = await Data.ReportWorldAsync(1);
        var submitted = await Data.AnnualReportAsync(submitting, employers, AnnualReportStatus.Submitted);
        var silent = await Data.CollegeAsync(c => c.RegionId = 5);
        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var all = await ministry.GetDocumentAsync("/Ministry/Reports?Year=2025");
        Assert.Equal("Submitted", all.QuerySelector($"tr[data-college='{submitting.Id}']")?.GetAttribute("data-status"));
        Assert.Equal("NotStarted", all.QuerySelector($"tr[data-college='{silent.Id}']")?.GetAttribute("data-status"));
        Assert.NotNull(all.QuerySelector($"a[href='/Ministry/Reports/Details/{submitted.Id}']"));

        var notStarted = await ministry.GetDocumentAsync("/Ministry/Reports?Year=2025&Status=NotStarted");
        Assert.Null(notStarted.QuerySelector($"tr[data-college='{submitting.Id}']"));
        Assert.NotNull(notStarted.QuerySelector($"tr[data-college='{silent.Id}']"));

        var byRegion = await ministry.GetDocumentAsync("/Ministry/Reports?Year=2025&RegionId=5");
        Assert.Single(byRegion.QuerySelectorAll("tr[data-college]"));

        var export = await ministry.GetAsync("/Ministry/Reports/Export?Year=2025");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MinistryIndex_RunsABoundedNumberOfQueries()
    {
        for (var i = 0; i < 5; i++)
        {
            var (college, employers) = await Data.ReportWorldAsync(1);
            await Data.AnnualReportAsync(college, employers, AnnualReportStatus.SentToEmployers);
        }

        var ministry = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await ministry.GetAsync("/Ministry/Reports?Year=2025");
        counter.Reset();

        var response = await ministry.GetAsync("/Ministry/Reports?Year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(counter.Count, 1, 12);
    }
}
