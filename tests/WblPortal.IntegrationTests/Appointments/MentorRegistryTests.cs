using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Appointments;

/// <summary>The mentor registry: trainings per mentor, kept on the mentor's page, and the list with trainings and learners.</summary>
public sealed class MentorRegistryTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Training(Mentor mentor, string kind = "Pedagogy", string date = "2025-10-20", string hours = "72",
        string provider = "Кесиптик билим берүү институту") => new()
    {
        ["MentorId"] = mentor.Id.ToString(), ["Kind"] = kind, ["Date"] = date, ["Hours"] = hours, ["Provider"] = provider, ["CertificateNumber"] = "С-77",
    };

    [Fact]
    public async Task Post_PedagogyTraining_IsRecordedAndBecomesTheMentorsTrainingDate()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer, m => m.PedagogicalTrainingDate = new DateOnly(2020, 1, 1));
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync("/Employer/MentorTrainings/Save", Training(mentor));

        await MentorAppointmentTests.AssertRedirectAsync(response);
        response.AssertRedirectsTo($"/Employer/Mentors/Details/{mentor.Id}");
        await using var db = Factory.CreateDbContext();
        var training = await db.MentorTrainings.SingleAsync();
        Assert.Equal((MentorTrainingKind.Pedagogy, 72, employer.Id), (training.Kind, training.Hours, training.EmployerId));
        Assert.Equal(new DateOnly(2025, 10, 20), (await db.Mentors.SingleAsync()).PedagogicalTrainingDate);
    }

    [Fact]
    public async Task Delete_TheOnlyPedagogyTraining_ClearsTheMentorsTrainingDate()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var training = await Data.MentorTrainingAsync(mentor);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync($"/Employer/MentorTrainings/Delete/{training.Id}", new() { ["version"] = training.Version.ToString() });

        await MentorAppointmentTests.AssertRedirectAsync(response);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.MentorTrainings.AnyAsync());
        Assert.Null((await db.Mentors.SingleAsync()).PedagogicalTrainingDate);
    }

    [Fact]
    public async Task Post_EditMentorForm_CannotOverrideTheDateOfRecordedPedagogyTraining()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        await Data.MentorTrainingAsync(mentor, date: new DateOnly(2025, 3, 14));
        await using (var read = Factory.CreateDbContext())
        {
            mentor = await read.Mentors.AsNoTracking().SingleAsync();
        }

        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var response = await client.PostFormAsync("/Employer/Mentors/Save", new()
        {
            ["Id"] = mentor.Id.ToString(), ["Version"] = mentor.Version.ToString(), ["FullName"] = mentor.FullName, ["Position"] = mentor.Position,
            ["EducationLevel"] = "Higher", ["YearsOfExperience"] = "6", ["PedagogicalTrainingDate"] = "2019-01-01",
        });

        await MentorAppointmentTests.AssertRedirectAsync(response);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(new DateOnly(2025, 3, 14), (await db.Mentors.SingleAsync()).PedagogicalTrainingDate);
    }

    [Theory]
    [InlineData("ky-KG", "0", "", "Hours", "Сааттардын санын 1ден 2000ге чейин жазыңыз.")]
    [InlineData("en", "8", " ", "Provider", "Enter who provided the training.")]
    [InlineData("ru-KG", "8", "КМТУ", "Kind", "Выберите вид обучения.")]
    public async Task Post_BadTraining_ShowsLocalizedMessageAndSavesNothing(string culture, string hours, string provider, string field, string message)
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: culture);
        var form = Training(mentor, hours: hours, provider: provider);
        if (field == "Kind")
        {
            form["Kind"] = "";
        }

        var response = await client.PostFormAsync("/Employer/MentorTrainings/Save", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await PortalClient.ParseAsync(response)).QuerySelector($"[data-valmsg-for={field}]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.MentorTrainings.AnyAsync());
    }

    [Fact]
    public async Task Post_StaleTrainingVersion_TellsSecondWriterAndKeepsFirstWritersChange()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var training = await Data.MentorTrainingAsync(mentor);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");
        Dictionary<string, string> Stale(string hours)
        {
            var form = Training(mentor, hours: hours);
            form["Id"] = training.Id.ToString();
            form["Version"] = training.Version.ToString();
            return form;
        }

        await client.PostFormAsync("/Employer/MentorTrainings/Save", Stale("40"));
        var response = await client.PostFormAsync("/Employer/MentorTrainings/Save", Stale("50"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(40, (await db.MentorTrainings.SingleAsync()).Hours);
    }

    [Fact]
    public async Task OtherEmployersMentorAndTraining_ReturnNotFound()
    {
        var theirs = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(theirs);
        var training = await Data.MentorTrainingAsync(mentor);
        var client = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var edit = Training(mentor);
        edit["Id"] = training.Id.ToString();
        edit["Version"] = training.Version.ToString();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Mentors/Details/{mentor.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/MentorTrainings/Create?mentorId={mentor.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/MentorTrainings/Edit/{training.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/Employer/MentorTrainings/Save", Training(mentor))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/Employer/MentorTrainings/Save", edit)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/Employer/MentorTrainings/Delete/{training.Id}", new() { ["version"] = training.Version.ToString() })).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(72, (await db.MentorTrainings.SingleAsync()).Hours);
    }

    [Theory]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.Learner)]
    public async Task TrainingPages_AsOtherRoles_AreForbidden(string role)
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var client = await SignInAsync(role, employer.Id, mentorId: role == Roles.Mentor ? mentor.Id : null);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Employer/MentorTrainings/Create?mentorId={mentor.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Employer/Mentors/Details/{mentor.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_Registry_ShowsTrainingsCurrentLearnersAndPedagogy()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var trained = await Data.MentorAsync(employer, m => m.FullName = "Абдыкалыкова Өмүркан");
        await Data.MentorTrainingAsync(trained, MentorTrainingKind.Pedagogy, hours: 72);
        await Data.MentorTrainingAsync(trained, MentorTrainingKind.Psychology, hours: 16);
        await Data.PlacementAsync(college, employer, PlacementStatus.InProgress, [await Data.LearnerAsync(college), await Data.LearnerAsync(college)], trained);
        await Data.MentorAsync(employer, m => m.FullName = "Бекова Зуура");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var rows = (await client.GetDocumentAsync("/Employer/Mentors?sort=name")).QuerySelectorAll("tbody tr").ToList();

        Assert.Equal(2, rows.Count);
        Assert.Contains("2 courses, 88 h", rows[0].QuerySelector("[data-testid=trainings]")!.TextContent);
        Assert.Contains("psychology", rows[0].QuerySelector("[data-testid=trainings]")!.TextContent);
        Assert.Equal("2", rows[0].QuerySelector("[data-testid=current-learners]")!.TextContent.Trim());
        Assert.Contains("No pedagogical training", rows[1].QuerySelector("[data-testid=pedagogy]")!.TextContent);
        Assert.Equal("0", rows[1].QuerySelector("[data-testid=current-learners]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Registry_IssuesBoundedNumberOfSqlCommands()
    {
        var employer = await Data.EmployerAsync();
        for (var i = 0; i < 12; i++)
        {
            var mentor = await Data.MentorAsync(employer);
            await Data.MentorTrainingAsync(mentor);
        }

        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Employer/Mentors");
        counter.Reset();

        await client.GetAsync("/Employer/Mentors?sort=training");

        Assert.InRange(counter.Count, 1, 6);
    }

    [Fact]
    public async Task Get_MentorDetails_ListsTrainingsAndPlacements()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (_, _, mentor, _) = await Data.EnterpriseOrderAsync(college, employer);
        await Data.MentorTrainingAsync(mentor, MentorTrainingKind.Methods);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var page = await client.GetDocumentAsync($"/Employer/Mentors/Details/{mentor.Id}");

        Assert.Contains("methods of vocational training", page.QuerySelector("[data-testid=trainings]")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Employer/Placements/Details/{(await FirstPlacementIdAsync())}']"));
    }

    private async Task<Guid> FirstPlacementIdAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.Placements.Select(p => p.Id).SingleAsync();
    }
}
