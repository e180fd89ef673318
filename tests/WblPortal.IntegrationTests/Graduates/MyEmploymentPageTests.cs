using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Graduates;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Graduates;

public sealed class MyEmploymentPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Employment(Guid? learnerId, int checkpoint = 6, string status = "EmployedInSpecialty", uint version = 0) => new()
    {
        ["LearnerId"] = learnerId?.ToString() ?? "",
        ["Checkpoint"] = checkpoint.ToString(),
        ["Version"] = version.ToString(),
        ["Status"] = status,
        ["EmployerName"] = "ЖЧК «Нур-Строй»",
        ["Position"] = "Электрик",
    };

    [Fact]
    public async Task Get_Index_ShowsBothCheckpointsOfTheGraduate()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.GraduateAsync(college);
        await Data.EmploymentAsync(me, EmploymentCheckpoint.SixMonths, EmploymentStatus.Studying, "КМТУ");
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id, culture: "en");

        var page = await client.GetDocumentAsync("/Learner/Employment");

        Assert.Equal("Continues studying", page.QuerySelector("[data-checkpoint='6'] [data-testid=status]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-checkpoint='12'] [data-testid=status]"));
        Assert.Equal("Upcoming", page.QuerySelector("[data-checkpoint='12'] [data-state]")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Get_Index_BeforeGraduation_SaysSo()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var page = await client.GetDocumentAsync("/Learner/Employment");

        Assert.NotNull(page.QuerySelector("[data-testid=not-graduated]"));
    }

    [Fact]
    public async Task Post_Save_RecordsOwnEmployment_MarkedAsByTheGraduate()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var response = await client.PostFormAsync("/Learner/Employment/Save", Employment(null, 12));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var row = await db.GraduateEmployments.SingleAsync();
        Assert.Equal(me.Id, row.LearnerId);
        Assert.Equal(EmploymentCheckpoint.TwelveMonths, row.Checkpoint);
        Assert.True(row.RecordedByGraduate);
        Assert.Equal("Электрик", row.Position);
    }

    [Fact]
    public async Task Post_Save_UpdatesWhatTheCollegeRecorded_AndTheCollegeSeesIt()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.GraduateAsync(college);
        var row = await Data.EmploymentAsync(me, status: EmploymentStatus.Unknown, employerName: null);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var response = await client.PostFormAsync("/Learner/Employment/Save", Employment(me.Id, version: row.Version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var staff = await SignInAsync(Roles.CollegeStaff, college.Id);
        var list = await staff.GetDocumentAsync("/College/Graduates");
        Assert.Equal("EmployedInSpecialty", list.QuerySelector($"tr[data-learner='{me.Id}'] td[data-checkpoint='6'] [data-status]")!.GetAttribute("data-status"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.GraduateEmploymentHistory.CountAsync(h => h.LearnerId == me.Id));
    }

    [Fact]
    public async Task Post_Save_AnotherLearnersEmployment_ReturnsNotFoundAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.GraduateAsync(college);
        var classmate = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);

        var response = await client.PostFormAsync("/Learner/Employment/Save", Employment(classmate.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.GraduateEmployments.AnyAsync());
    }

    [Fact]
    public async Task Learner_DoesNotReadAClassmatesEmployment()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.GraduateAsync(college);
        await Data.EmploymentAsync(await Data.GraduateAsync(college));

        await using var db = Factory.CreateDbContext(new Actor("learner-user", Roles.Learner, OrganizationKind.College, college.Id, LearnerId: me.Id));

        Assert.False(await db.GraduateEmployments.AnyAsync());
        Assert.False(await db.GraduateEmploymentHistory.AnyAsync());
    }

    [Fact]
    public async Task Post_Save_InvalidInput_ShowsKyrgyzMessageNextToField()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);
        var fields = Employment(me.Id);
        fields["EmployerName"] = "";

        var page = await PortalClient.ParseAsync(await client.PostFormAsync("/Learner/Employment/Save", fields));

        Assert.Equal("Иш берүүчүнүн аталышын жазыңыз.", page.QuerySelector("[data-valmsg-for=EmployerName]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Get_Index_AsOtherRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/Learner/Employment");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
