using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Specialties;

public sealed class SpecialtiesPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Index_ListsOnlyOwnCollegesSpecialties()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        await Data.SpecialtyAsync(mine, s => s.NameKy = "Өсүмдүк өстүрүү");
        await Data.SpecialtyAsync(other, s => s.NameKy = "Башка колледждин адистиги");
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var page = await client.GetDocumentAsync("/College/Specialties");

        var text = page.QuerySelector("tbody")!.TextContent;
        Assert.Contains("Өсүмдүк өстүрүү", text);
        Assert.DoesNotContain("Башка колледждин", text);
    }

    [Fact]
    public async Task Get_IndexWithSearch_FindsKyrgyzLettersIgnoringCase()
    {
        var college = await Data.CollegeAsync();
        await Data.SpecialtyAsync(college, s => s.NameKy = "Үй-бүлөлүк өңүт");
        await Data.SpecialtyAsync(college, s => s.NameKy = "Агрономия");
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var page = await client.GetDocumentAsync("/College/Specialties?q=" + Uri.EscapeDataString("ҮЙ-БҮЛӨЛҮК ӨҢ"));

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("Үй-бүлөлүк өңүт", rows[0].TextContent);
    }

    [Fact]
    public async Task Get_IndexSortedByNameDescending_OrdersKyrgyzLettersAfterTheirBaseLetters()
    {
        var college = await Data.CollegeAsync();
        foreach (var name in new[] { "Оюм", "Өрүк", "Пахта" })
        {
            await Data.SpecialtyAsync(college, s => s.NameKy = name);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Specialties?sort=name");

        var names = page.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent).ToList();
        Assert.Equal(["Оюм", "Өрүк", "Пахта"], names);
    }

    [Fact]
    public async Task Post_NewSpecialty_SavesInOwnCollegeAndWritesAuditEntry()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Specialties/Save", new()
        {
            ["Code"] = "230115",
            ["NameKy"] = "Программалоо",
            ["NameRu"] = "Программирование",
            ["NqfLevelId"] = "5",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Specialties.SingleAsync();
        Assert.Equal(college.Id, saved.CollegeId);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityKey == saved.Id.ToString());
        Assert.Equal("Specialty", audit.EntityType);
        Assert.Contains("Программалоо", audit.Changes);
    }

    [Theory]
    [InlineData("ky-KG", "Бул талааны толтуруңуз.")]
    [InlineData("ru-KG", "Заполните это поле.")]
    [InlineData("en", "Fill in this field.")]
    public async Task Post_EmptyCode_ShowsLocalizedErrorNextToFieldAndSavesNothing(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Specialties/Save", new() { ["Code"] = "", ["NameKy"] = "А", ["NameRu"] = "А", ["NqfLevelId"] = "5" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Specialties.AnyAsync());
    }

    [Fact]
    public async Task Post_DuplicateCodeInSameCollege_IsRefused()
    {
        var college = await Data.CollegeAsync();
        await Data.SpecialtyAsync(college, s => s.Code = "110201");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Specialties/Save", new() { ["Code"] = "110201", ["NameKy"] = "А", ["NameRu"] = "А", ["NqfLevelId"] = "5" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("This code is already used in your college.", page.QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_EditOtherCollegesSpecialty_ReturnsNotFound()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var theirs = await Data.SpecialtyAsync(other);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.GetAsync($"/College/Specialties/Edit/{theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_EditOtherCollegesSpecialty_ReturnsNotFoundAndChangesNothing()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var theirs = await Data.SpecialtyAsync(other, s => s.NameKy = "Өзгөрбөйт");
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.PostFormAsync("/College/Specialties/Save", new()
        {
            ["Id"] = theirs.Id.ToString(), ["Version"] = theirs.Version.ToString(), ["Code"] = "999", ["NameKy"] = "Бузулду", ["NameRu"] = "Б", ["NqfLevelId"] = "5",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Өзгөрбөйт", (await db.Specialties.SingleAsync(s => s.Id == theirs.Id)).NameKy);
    }

    [Fact]
    public async Task Post_DeleteOtherCollegesSpecialty_ReturnsNotFound()
    {
        var mine = await Data.CollegeAsync();
        var theirs = await Data.SpecialtyAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.PostFormAsync($"/College/Specialties/Delete/{theirs.Id}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_StaleVersion_TellsSecondWriterAndKeepsFirstWritersChange()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college, s => s.NameKy = "Биринчи");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var stale = specialty.Version.ToString();
        await client.PostFormAsync("/College/Specialties/Save", new()
        {
            ["Id"] = specialty.Id.ToString(), ["Version"] = stale, ["Code"] = specialty.Code, ["NameKy"] = "Экинчи", ["NameRu"] = "Б", ["NqfLevelId"] = "5",
        });

        var response = await client.PostFormAsync("/College/Specialties/Save", new()
        {
            ["Id"] = specialty.Id.ToString(), ["Version"] = stale, ["Code"] = specialty.Code, ["NameKy"] = "Үчүнчү", ["NameRu"] = "В", ["NqfLevelId"] = "5",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Someone else changed this record", page.QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Экинчи", (await db.Specialties.SingleAsync()).NameKy);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    public async Task Get_Index_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/College/Specialties");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsxOfOwnSpecialties()
    {
        var college = await Data.CollegeAsync();
        await Data.SpecialtyAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync("/College/Specialties/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]); // xlsx is a zip
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        for (var i = 0; i < 25; i++)
        {
            await Data.SpecialtyAsync(college);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Specialties"); // warm up
        counter.Reset();

        await client.GetAsync("/College/Specialties?page=2");

        Assert.InRange(counter.Count, 1, 6);
    }
}
