using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Colleges;

public sealed class CollegesPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_NewLyceum_SavesWithNqfLevels()
    {
        var client = await SignInAsync(Roles.PlatformAdmin);

        var response = await client.PostFormAsync("/Admin/Colleges/Save", new()
        {
            ["NameKy"] = "Нарын кесиптик лицейи №12", ["NameRu"] = "Профессиональный лицей №12 г. Нарын", ["NameEn"] = "",
            ["Kind"] = "Lyceum", ["RegionId"] = "6", ["City"] = "Нарын", ["Address"] = "Ленин көч., 1", ["DirectorName"] = "Үсөнов Бакыт",
            ["NqfLevelIds"] = "4",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Colleges.Include(c => c.NqfLevels).SingleAsync();
        Assert.Equal(CollegeKind.Lyceum, saved.Kind);
        Assert.Null(saved.NameEn);
        Assert.Equal([4], saved.NqfLevels.Select(n => n.Id));
    }

    [Fact]
    public async Task Post_EditCollegeLevels_ReplacesTheSet()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.PlatformAdmin);
        var form = await client.GetDocumentAsync($"/Admin/Colleges/Edit/{college.Id}");
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var content = new FormUrlEncodedContent([
            new("Id", college.Id.ToString()), new("Version", version), new("NameKy", college.NameKy), new("NameRu", "Жаңы"),
            new("Kind", "College"), new("RegionId", "1"), new("City", "Бишкек"), new("Address", "А"), new("DirectorName", "Д"),
            new("NqfLevelIds", "5"), new("NqfLevelIds", "6"),
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        ]);
        var response = await client.Http.PostAsync("/Admin/Colleges/Save", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Colleges.Include(c => c.NqfLevels).SingleAsync();
        Assert.Equal("Жаңы", saved.NameRu);
        Assert.Equal([5, 6], saved.NqfLevels.Select(n => n.Id).Order());
    }

    [Theory]
    [InlineData("ky-KG", "Бул талааны толтуруңуз.")]
    [InlineData("ru-KG", "Заполните это поле.")]
    [InlineData("en", "Fill in this field.")]
    public async Task Post_MissingNameAndLevels_ShowsLocalizedMessagesAndSavesNothing(string culture, string message)
    {
        var client = await SignInAsync(Roles.PlatformAdmin, culture: culture);

        var response = await client.PostFormAsync("/Admin/Colleges/Save", new()
        {
            ["NameKy"] = "", ["NameRu"] = "Р", ["Kind"] = "College", ["RegionId"] = "1", ["City"] = "Ош", ["Address"] = "А", ["DirectorName"] = "Д",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=NameKy]")!.TextContent.Trim());
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=NqfLevelIds]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Colleges.AnyAsync());
    }

    [Fact]
    public async Task Post_StaleVersion_TellsSecondWriter()
    {
        var college = await Data.CollegeAsync(c => c.DirectorName = "Биринчи");
        var client = await SignInAsync(Roles.PlatformAdmin, culture: "en");
        Dictionary<string, string> Form(string director) => new()
        {
            ["Id"] = college.Id.ToString(), ["Version"] = college.Version.ToString(), ["NameKy"] = college.NameKy, ["NameRu"] = college.NameRu,
            ["Kind"] = "College", ["RegionId"] = "1", ["City"] = "Бишкек", ["Address"] = "А", ["DirectorName"] = director, ["NqfLevelIds"] = "5",
        };
        await client.PostFormAsync("/Admin/Colleges/Save", Form("Экинчи"));

        var response = await client.PostFormAsync("/Admin/Colleges/Save", Form("Үчүнчү"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Экинчи", (await db.Colleges.SingleAsync()).DirectorName);
    }

    [Fact]
    public async Task Post_DeleteCollegeInUse_IsRefused()
    {
        var college = await Data.CollegeAsync();
        await Data.SpecialtyAsync(college);
        var client = await SignInAsync(Roles.PlatformAdmin);

        await client.PostFormAsync($"/Admin/Colleges/Delete/{college.Id}", []);

        await using var db = Factory.CreateDbContext();
        Assert.True(await db.Colleges.AnyAsync());
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        for (var i = 0; i < 25; i++)
        {
            await Data.CollegeAsync();
        }

        var client = await SignInAsync(Roles.PlatformAdmin);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Admin/Colleges");
        counter.Reset();

        var page = await client.GetDocumentAsync("/Admin/Colleges?page=2&sort=region");

        Assert.InRange(counter.Count, 1, 6);
        Assert.Equal(5, page.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        await Data.CollegeAsync();
        var client = await SignInAsync(Roles.PlatformAdmin);

        var response = await client.GetAsync("/Admin/Colleges/Export");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }
}
