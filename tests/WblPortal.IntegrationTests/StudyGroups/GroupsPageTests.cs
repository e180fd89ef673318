using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.StudyGroups;

public sealed class GroupsPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Index_ListsOnlyOwnCollegesGroupsWithLearnerCounts()
    {
        var mine = await Data.CollegeAsync();
        var group = await Data.GroupAsync(mine, configure: g => g.Name = "ТӨ-1-25");
        await Data.LearnerAsync(mine, group);
        await Data.LearnerAsync(mine, group);
        await Data.GroupAsync(await Data.CollegeAsync(), configure: g => g.Name = "Башка-1");
        var client = await SignInAsync(Roles.CollegeStaff, mine.Id);

        var page = await client.GetDocumentAsync("/College/Groups");

        var rows = page.QuerySelectorAll("tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("ТӨ-1-25", row.TextContent);
        Assert.Equal("2", row.QuerySelector("td:nth-child(6)")!.TextContent.Split('—')[0].Trim());
    }

    [Fact]
    public async Task Get_IndexWithSearch_FindsKyrgyzLettersIgnoringCase()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college, s => s.NameKy = "Өсүмдүк өстүрүү");
        await Data.GroupAsync(college, specialty, g => g.Name = "ӨӨ-1");
        await Data.GroupAsync(college, configure: g => g.Name = "ПО-2");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Groups?q=" + Uri.EscapeDataString("өсүмдүк ӨСТҮ"));

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("ӨӨ-1", row.TextContent);
    }

    [Fact]
    public async Task Post_NewGroup_SavesWithOwnSpecialtyAndCurator()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var curator = await Data.CuratorAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Groups/Save", new()
        {
            ["Name"] = "ПО-1-25", ["SpecialtyId"] = specialty.Id.ToString(), ["IntakeYear"] = "2025", ["YearOfStudy"] = "1", ["CuratorId"] = curator.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.StudyGroups.SingleAsync();
        Assert.Equal((college.Id, specialty.Id, curator.Id, 2025, 1), (saved.CollegeId, saved.SpecialtyId, saved.CuratorId!.Value, saved.IntakeYear, saved.YearOfStudy));
    }

    [Fact]
    public async Task Get_Create_OffersOnlyOwnSpecialtiesAndCurators()
    {
        var college = await Data.CollegeAsync();
        var mine = await Data.SpecialtyAsync(college);
        var other = await Data.CollegeAsync();
        var theirs = await Data.SpecialtyAsync(other);
        var theirCurator = await Data.CuratorAsync(other);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Groups/Create");

        var specialties = page.QuerySelectorAll("#SpecialtyId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(mine.Id.ToString(), specialties);
        Assert.DoesNotContain(theirs.Id.ToString(), specialties);
        Assert.DoesNotContain(theirCurator.Id.ToString(), page.QuerySelectorAll("#CuratorId option").Select(o => o.GetAttribute("value")));
    }

    [Theory]
    [InlineData("ky-KG", "Тандалган нерсе жок же сизге жеткиликсиз.")]
    [InlineData("en", "The chosen item does not exist or is not available to you.")]
    public async Task Post_OtherCollegesSpecialty_ShowsNotFoundNextToFieldAndSavesNothing(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var theirs = await Data.SpecialtyAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Groups/Save", new()
        {
            ["Name"] = "ПО-1", ["SpecialtyId"] = theirs.Id.ToString(), ["IntakeYear"] = "2025", ["YearOfStudy"] = "1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=SpecialtyId]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.StudyGroups.AnyAsync());
    }

    [Fact]
    public async Task Post_OtherCollegesCurator_ShowsNotFoundNextToFieldAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var theirCurator = await Data.CuratorAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "ru-KG");

        var response = await client.PostFormAsync("/College/Groups/Save", new()
        {
            ["Name"] = "ПО-1", ["SpecialtyId"] = specialty.Id.ToString(), ["IntakeYear"] = "2025", ["YearOfStudy"] = "1", ["CuratorId"] = theirCurator.Id.ToString(),
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Выбранный элемент не существует или вам недоступен.", page.QuerySelector("[data-valmsg-for=CuratorId]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.StudyGroups.AnyAsync());
    }

    [Fact]
    public async Task Post_NameTakenInOwnCollegeIgnoringCase_IsRefused()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college, configure: g => g.Name = "Өң-1");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Groups/Save", new()
        {
            ["Name"] = "өҢ-1", ["SpecialtyId"] = group.SpecialtyId.ToString(), ["IntakeYear"] = "2025", ["YearOfStudy"] = "1",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("This name is already used.", page.QuerySelector("[data-valmsg-for=Name]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_SameNameAsOtherCollegesGroup_IsAllowed()
    {
        await Data.GroupAsync(await Data.CollegeAsync(), configure: g => g.Name = "ПО-1");
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Groups/Save", new()
        {
            ["Name"] = "ПО-1", ["SpecialtyId"] = specialty.Id.ToString(), ["IntakeYear"] = "2025", ["YearOfStudy"] = "1",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    public async Task Post_YearOfStudyOutOfRange_ShowsRangeError(string year)
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Groups/Save", new()
        {
            ["Name"] = "ПО-1", ["SpecialtyId"] = specialty.Id.ToString(), ["IntakeYear"] = "2025", ["YearOfStudy"] = year,
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter a number from 1 to 5.", page.QuerySelector("[data-valmsg-for=YearOfStudy]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_EditOtherCollegesGroup_ReturnsNotFound()
    {
        var theirs = await Data.GroupAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync($"/College/Groups/Edit/{theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_EditOtherCollegesGroup_ReturnsNotFoundAndChangesNothing()
    {
        var other = await Data.CollegeAsync();
        var theirs = await Data.GroupAsync(other, configure: g => g.Name = "Өзгөрбөйт");
        var college = await Data.CollegeAsync();
        var mySpecialty = await Data.SpecialtyAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Groups/Save", new()
        {
            ["Id"] = theirs.Id.ToString(), ["Version"] = theirs.Version.ToString(), ["Name"] = "Бузулду", ["SpecialtyId"] = mySpecialty.Id.ToString(),
            ["IntakeYear"] = "2025", ["YearOfStudy"] = "1",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Өзгөрбөйт", (await db.StudyGroups.SingleAsync()).Name);
    }

    [Fact]
    public async Task Post_DeleteOtherCollegesGroup_ReturnsNotFoundAndKeepsIt()
    {
        var theirs = await Data.GroupAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.PostFormAsync($"/College/Groups/Delete/{theirs.Id}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.StudyGroups.AnyAsync(g => g.Id == theirs.Id));
    }

    [Fact]
    public async Task Post_DeleteGroupWithLearners_IsRefusedAndKeepsIt()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        await Data.LearnerAsync(college, group);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        await client.PostFormAsync($"/College/Groups/Delete/{group.Id}", []);

        await using var db = Factory.CreateDbContext();
        Assert.True(await db.StudyGroups.AnyAsync(g => g.Id == group.Id));
    }

    [Fact]
    public async Task Post_DeleteEmptyGroup_DeletesIt()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync($"/College/Groups/Delete/{group.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.StudyGroups.AnyAsync());
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    public async Task Post_Save_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.PostFormAsync("/College/Groups/Save", new() { ["Name"] = "ПО-1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var college = await Data.CollegeAsync();
        await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync("/College/Groups/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var curator = await Data.CuratorAsync(college);
        for (var i = 0; i < 25; i++)
        {
            var group = await Data.GroupAsync(college, specialty, g => g.CuratorId = curator.Id);
            await Data.LearnerAsync(college, group);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Groups");
        counter.Reset();

        var response = await client.GetAsync("/College/Groups?page=2&sort=curator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(counter.Count, 1, 6);
    }
}
