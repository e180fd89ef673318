using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Mentors;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Mentors;

public sealed class MentorsPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Form(string name = "Асанов Үсөн", string grade = "5") => new()
    {
        ["FullName"] = name, ["Position"] = "Ага мастер", ["EducationLevel"] = "SecondaryVocational", ["YearsOfExperience"] = "12",
        ["SkillGrade"] = grade, ["PedagogicalTrainingDate"] = "2025-03-14", ["Phone"] = "+996 700 11 22 33", ["Email"] = "",
    };

    [Fact]
    public async Task Post_NewMentor_SavesForOwnEmployer()
    {
        var employer = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync("/Employer/Mentors/Save", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Mentors.SingleAsync();
        Assert.Equal(employer.Id, saved.EmployerId);
        Assert.Equal(EducationLevel.SecondaryVocational, saved.EducationLevel);
        Assert.Equal(new DateOnly(2025, 3, 14), saved.PedagogicalTrainingDate);
        Assert.Equal("+996700112233", saved.Phone);
    }

    [Theory]
    [InlineData("ky-KG", "1ден 8ге чейин")]
    [InlineData("en", "from 1 to 8")]
    public async Task Post_SkillGradeOutOfRange_ShowsLocalizedMessageAndSavesNothing(string culture, string fragment)
    {
        var client = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id, culture: culture);

        var response = await client.PostFormAsync("/Employer/Mentors/Save", Form(grade: "9"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=SkillGrade]")!.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(message));
        if (culture == "en")
        {
            Assert.Contains(fragment, message);
        }

        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Mentors.AnyAsync());
    }

    [Fact]
    public async Task Get_Index_ListsOnlyOwnMentors()
    {
        var mine = await Data.EmployerAsync();
        await Data.MentorAsync(mine, m => m.FullName = "Менин насаатчым");
        await Data.MentorAsync(await Data.EmployerAsync(), m => m.FullName = "Башка насаатчы");
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id);

        var text = (await client.GetDocumentAsync("/Employer/Mentors")).QuerySelector("tbody")!.TextContent;

        Assert.Contains("Менин насаатчым", text);
        Assert.DoesNotContain("Башка насаатчы", text);
    }

    [Fact]
    public async Task Get_EditOtherEmployersMentor_ReturnsNotFound()
    {
        var mine = await Data.EmployerAsync();
        var theirs = await Data.MentorAsync(await Data.EmployerAsync());
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Mentors/Edit/{theirs.Id}")).StatusCode);
    }

    [Fact]
    public async Task Post_EditOtherEmployersMentor_ReturnsNotFoundAndChangesNothing()
    {
        var mine = await Data.EmployerAsync();
        var theirs = await Data.MentorAsync(await Data.EmployerAsync(), m => m.FullName = "Өзгөрбөйт");
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id);
        var form = Form("Бузулду");
        form["Id"] = theirs.Id.ToString();
        form["Version"] = theirs.Version.ToString();

        var response = await client.PostFormAsync("/Employer/Mentors/Save", form);
        var delete = await client.PostFormAsync($"/Employer/Mentors/Delete/{theirs.Id}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Өзгөрбөйт", (await db.Mentors.SingleAsync()).FullName);
    }

    [Fact]
    public async Task Post_StaleVersion_TellsSecondWriterAndKeepsFirstWritersChange()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");
        Dictionary<string, string> Stale(string name)
        {
            var form = Form(name);
            form["Id"] = mentor.Id.ToString();
            form["Version"] = mentor.Version.ToString();
            return form;
        }

        await client.PostFormAsync("/Employer/Mentors/Save", Stale("Экинчи"));
        var response = await client.PostFormAsync("/Employer/Mentors/Save", Stale("Үчүнчү"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Экинчи", (await db.Mentors.SingleAsync()).FullName);
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.PlatformAdmin)]
    public async Task Get_Index_AsNonEmployerRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.EmployerAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Employer/Mentors")).StatusCode);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var employer = await Data.EmployerAsync();
        for (var i = 0; i < 25; i++)
        {
            await Data.MentorAsync(employer);
        }

        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Employer/Mentors");
        counter.Reset();

        await client.GetAsync("/Employer/Mentors?page=2&sort=experience&desc=true");

        Assert.InRange(counter.Count, 1, 6);
    }

    [Fact]
    public async Task Get_Dashboard_CountsOwnMentorsAndTrainedOnes()
    {
        var employer = await Data.EmployerAsync();
        await Data.MentorAsync(employer, m => m.PedagogicalTrainingDate = new DateOnly(2024, 5, 1));
        await Data.MentorAsync(employer);
        await Data.MentorAsync(await Data.EmployerAsync());
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var stats = (await client.GetDocumentAsync("/Employer")).QuerySelectorAll("[data-testid=stat]").Select(s => s.TextContent.Trim()).ToList();

        Assert.Equal(["2", "1"], stats);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var employer = await Data.EmployerAsync();
        await Data.MentorAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.GetAsync("/Employer/Mentors/Export");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }
}
