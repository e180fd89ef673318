using System.Net;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Assessments;

/// <summary>Another college's, employer's, mentor's or learner's assessment is not found (GET and POST); a role without
/// the area is forbidden.</summary>
public sealed class AssessmentAccessTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Step(WblPortal.Domain.Assessments.Assessment a) =>
        new() { ["Id"] = a.Id.ToString(), ["id"] = a.Id.ToString(), ["Version"] = a.Version.ToString(), ["Comment"] = "Пикир" };

    [Fact]
    public async Task Get_And_Post_OtherCollegesAssessment_ReturnsNotFound()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.BothScored);
        var other = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, other.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Assessments/Details/{a.Id}")).StatusCode);
        foreach (var action in new[] { "Submit", "Propose", "Confirm" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/College/Assessments/{action}", Step(a))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/College/Assessments/Start?placementLearnerId={w.Placement.Learners[0].Id}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/College/Assessments/MarkAssessed?placementId={w.Placement.Id}", new() { ["version"] = "1" })).StatusCode);
        Assert.Empty((await client.GetDocumentAsync("/College/Assessments?all=true")).QuerySelectorAll("[data-testid=assessments] tbody tr"));
    }

    [Fact]
    public async Task Get_And_Post_AnotherMentorsAssessment_ReturnsNotFound()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.BothScored);
        var colleague = await Data.MentorAsync(w.Employer); // same employer, not this placement's mentor
        var client = await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: colleague.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Mentor/Assessments/Details/{a.Id}")).StatusCode);
        foreach (var action in new[] { "Submit", "Propose", "Confirm" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/Mentor/Assessments/{action}", Step(a))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/Mentor/Assessments/Start?placementLearnerId={w.Placement.Learners[0].Id}", [])).StatusCode);
    }

    [Fact]
    public async Task Get_OtherEmployersAssessment_ReturnsNotFound()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Final);
        var other = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, other.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Assessments/Details/{a.Id}")).StatusCode);
        Assert.Empty((await client.GetDocumentAsync("/Employer/Assessments?all=true")).QuerySelectorAll("[data-testid=assessments] tbody tr"));
    }

    [Fact]
    public async Task Get_And_Post_AnotherLearnersAssessment_ReturnsNotFound()
    {
        var w = await Data.AssessmentWorldAsync(learners: 2);
        var a = await Data.AssessmentAsync(w, AssessmentStage.Final);
        var client = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learners[1].Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Learner/Assessments/Details/{a.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/Learner/Assessments/Acknowledge", Step(a))).StatusCode);
        Assert.Null((await Data.StoredAssessmentAsync(a.Id)).AcknowledgedAt);
    }

    [Fact]
    public async Task Get_OwnAssessmentBeforeItIsFinal_IsNotFoundForTheLearner()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Proposed);
        var client = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learners[0].Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Learner/Assessments/Details/{a.Id}")).StatusCode);
        Assert.Empty((await client.GetDocumentAsync("/Learner/Assessments")).QuerySelectorAll("[data-testid=my-assessments] a"));
    }

    [Theory]
    [InlineData("/College/Assessments", Roles.EmployerAdmin)]
    [InlineData("/College/Assessments", Roles.Mentor)]
    [InlineData("/College/Assessments", Roles.Learner)]
    [InlineData("/Mentor/Assessments", Roles.CollegeStaff)]
    [InlineData("/Mentor/Assessments", Roles.EmployerAdmin)]
    [InlineData("/Employer/Assessments", Roles.Mentor)]
    [InlineData("/Employer/Assessments", Roles.CollegeAdmin)]
    [InlineData("/Learner/Assessments", Roles.CollegeStaff)]
    [InlineData("/Learner/Assessments", Roles.Mentor)]
    public async Task Get_Index_AsWrongRole_IsForbidden(string url, string role)
    {
        var client = await SignInAsync(role, Guid.CreateVersion7());

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/College/Assessments/Submit", Roles.Mentor)]
    [InlineData("/Mentor/Assessments/Propose", Roles.CollegeStaff)]
    [InlineData("/Learner/Assessments/Acknowledge", Roles.CollegeAdmin)]
    public async Task Post_Step_AsWrongRole_IsForbiddenAndChangesNothing(string url, string role)
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Final);
        var client = await SignInAsync(role, role == Roles.Mentor ? w.Employer.Id : w.College.Id, mentorId: role == Roles.Mentor ? w.Mentor.Id : null);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync(url, Step(a))).StatusCode);
        Assert.Equal(a.Version, (await Data.StoredAssessmentAsync(a.Id)).Version);
    }
}
