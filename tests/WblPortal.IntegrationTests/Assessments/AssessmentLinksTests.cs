using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Assessments;

/// <summary>The assessments are reached from the placement pages and the dashboards.</summary>
public sealed class AssessmentLinksTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task PlacementPages_OfACompletedPlacement_LinkToItsAssessments()
    {
        var w = await Data.AssessmentWorldAsync();
        var college = await SignInAsync(Roles.CollegeStaff, w.College.Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);

        var page = await college.GetDocumentAsync($"/College/Placements/Details/{w.Placement.Id}");
        Assert.Equal($"/College/Assessments?placement={w.Placement.Id}", page.QuerySelector("[data-testid=placement-assessments]")!.GetAttribute("href"));
        page = await employer.GetDocumentAsync($"/Employer/Placements/Details/{w.Placement.Id}");
        Assert.Equal($"/Employer/Assessments?placement={w.Placement.Id}", page.QuerySelector("[data-testid=placement-assessments]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Dashboards_CountWhatWaitsForEachParty()
    {
        var w = await Data.AssessmentWorldAsync(learners: 3, start: ThisAcademicYearDay); // the work lists count this year's
        await Data.AssessmentAsync(w, AssessmentStage.CuratorScored); // waits for the mentor
        await Data.AssessmentAsync(w, AssessmentStage.Final, learner: 1); // waits for the learner
        // the third learner's is not started: it waits for both

        var curator = await (await SignInAsync(Roles.CollegeStaff, w.College.Id)).GetDocumentAsync("/College");
        var mentor = await (await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: w.Mentor.Id)).GetDocumentAsync("/Mentor");
        var employer = await (await SignInAsync(Roles.EmployerAdmin, w.Employer.Id)).GetDocumentAsync("/Employer");
        var learner = await (await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learners[1].Id)).GetDocumentAsync("/Learner");

        Assert.Equal("1", curator.QuerySelector("[data-testid=pending-count]")!.TextContent);
        Assert.Equal("2", mentor.QuerySelector("[data-testid=pending-count]")!.TextContent);
        Assert.Equal("1", employer.QuerySelector("[data-testid=pending-count]")!.TextContent);
        Assert.Equal("1", learner.QuerySelector("[data-testid=pending-count]")!.TextContent);
    }
}
