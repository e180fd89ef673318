using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Programmes;

public sealed class CatalogueAndCompetencyTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Catalogue_AsAdmin_ListsFormsByStageAndLevels()
    {
        await Data.EnsureWblFormsAsync();
        var client = await SignInAsync(Roles.PlatformAdmin, culture: "en");

        var page = await client.GetDocumentAsync("/Admin/WblForms");

        Assert.Contains("Stage 3. Work experience", page.Body!.TextContent);
        Assert.Contains("Өндүрүштүк практика", page.QuerySelector($"[data-form-id='{TestData.ProductionPracticeFormId}']")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#nqf-levels tbody tr").Length);
    }

    [Fact]
    public async Task Post_EditForm_AsAdmin_SavesRules()
    {
        await Data.EnsureWblFormsAsync();
        var client = await SignInAsync(Roles.PlatformAdmin);
        await using var before = Factory.CreateDbContext();
        var original = await before.WblForms.AsNoTracking().SingleAsync(f => f.Id == 6);
        try
        {
            var response = await client.PostFormAsync("/Admin/WblForms/Save", new()
            {
                ["Id"] = "6", ["Stage"] = "GettingToKnow", ["NameKy"] = "Волонтердук иш", ["NameRu"] = original.NameRu, ["NameEn"] = original.NameEn,
                ["IsFormal"] = "true", ["NeedsEmployer"] = "true", ["TypicalDurationDays"] = "3", ["SortOrder"] = "6", ["IsActive"] = "true",
            });

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            await using var db = Factory.CreateDbContext();
            var saved = await db.WblForms.SingleAsync(f => f.Id == 6);
            Assert.Equal("Волонтердук иш", saved.NameKy);
            Assert.True(saved.NeedsEmployer);
            Assert.Equal(3, saved.TypicalDurationDays);
        }
        finally
        {
            await using var db = Factory.CreateDbContext();
            db.WblForms.Update(original);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Post_EditFormWithoutName_ShowsLocalizedMessageAndSavesNothing()
    {
        await Data.EnsureWblFormsAsync();
        var client = await SignInAsync(Roles.PlatformAdmin, culture: "ru-KG");

        var response = await client.PostFormAsync("/Admin/WblForms/Save", new() { ["Id"] = "6", ["Stage"] = "GettingToKnow", ["NameKy"] = "", ["NameRu"] = "Х", ["NameEn"] = "X", ["SortOrder"] = "6" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Заполните это поле.", page.QuerySelector("[data-valmsg-for=NameKy]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Волонтердук", (await db.WblForms.SingleAsync(f => f.Id == 6)).NameKy);
    }

    [Fact]
    public async Task Post_LevelMinimumShare_AsAdmin_ChangesTheFlagOnProgrammes()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeWithTotalHoursAsync(college, 1000); // 50 %
        var admin = await SignInAsync(Roles.PlatformAdmin);
        try
        {
            var response = await admin.PostFormAsync("/Admin/WblForms/SaveLevel", new() { ["Id"] = "5", ["MinWblSharePercent"] = "55,5" });

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            await using (var db = Factory.CreateDbContext())
            {
                Assert.Equal(55.5m, (await db.NqfLevels.SingleAsync(l => l.Id == 5)).MinWblSharePercent);
            }

            var collegeClient = await SignInAsync(Roles.CollegeAdmin, college.Id);
            var page = await collegeClient.GetDocumentAsync($"/College/Programmes/Details/{programme.Id}");
            Assert.NotNull(page.QuerySelector("[data-share=below]"));
        }
        finally
        {
            await using var db = Factory.CreateDbContext();
            await db.NqfLevels.Where(l => l.Id == 5).ExecuteUpdateAsync(s => s.SetProperty(l => l.MinWblSharePercent, 40m));
        }
    }

    [Fact]
    public async Task Post_LevelShareOutOfRange_ShowsMessageAndSavesNothing()
    {
        var client = await SignInAsync(Roles.PlatformAdmin, culture: "en");

        var response = await client.PostFormAsync("/Admin/WblForms/SaveLevel", new() { ["Id"] = "5", ["MinWblSharePercent"] = "140" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter a number from 0 to 100.", page.QuerySelector("[data-valmsg-for=MinWblSharePercent]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(40m, (await db.NqfLevels.SingleAsync(l => l.Id == 5)).MinWblSharePercent);
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Learner)]
    public async Task CataloguePages_AsNonAdmin_AreForbiddenAndChangeNothing(string role)
    {
        await Data.EnsureWblFormsAsync();
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/WblForms")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/WblForms/Edit/6")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/Admin/WblForms/Save", new() { ["Id"] = "6", ["Stage"] = "GettingToKnow", ["NameKy"] = "Х", ["NameRu"] = "Х", ["NameEn"] = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/Admin/WblForms/SaveLevel", new() { ["Id"] = "5", ["MinWblSharePercent"] = "1" })).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Волонтердук", (await db.WblForms.SingleAsync(f => f.Id == 6)).NameKy);
        Assert.Equal(40m, (await db.NqfLevels.SingleAsync(l => l.Id == 5)).MinWblSharePercent);
    }

    [Fact]
    public async Task Post_NewCompetency_SavesForOwnSpecialty()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync("/College/Competencies/Save", new()
        {
            ["SpecialtyId"] = specialty.Id.ToString(), ["Kind"] = "General", ["Code"] = "ЖК-1", ["NameKy"] = "Командада иштөө", ["NameRu"] = "Работа в команде",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Competencies.SingleAsync();
        Assert.Equal(college.Id, saved.CollegeId);
        var list = await client.GetDocumentAsync($"/College/Competencies?specialty={specialty.Id}");
        Assert.Contains("Командада иштөө", list.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Post_CompetencyWithoutText_ShowsMessageAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Competencies/Save", new() { ["SpecialtyId"] = specialty.Id.ToString(), ["Kind"] = "General", ["Code"] = "ЖК-1", ["NameKy"] = "", ["NameRu"] = "Р" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Fill in this field.", page.QuerySelector("[data-valmsg-for=NameKy]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Competencies.AnyAsync());
    }

    [Fact]
    public async Task OtherCollegesCompetency_ReturnsNotFoundOnGetAndPost()
    {
        var mine = await Data.CollegeAsync();
        var theirSpecialty = await Data.SpecialtyAsync(await Data.CollegeAsync());
        var theirs = await Data.CompetencyAsync(theirSpecialty, c => c.NameKy = "Өзгөрбөйт");
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Competencies/Edit/{theirs.Id}")).StatusCode);
        var save = await client.PostFormAsync("/College/Competencies/Save", new()
        {
            ["Id"] = theirs.Id.ToString(), ["Version"] = theirs.Version.ToString(), ["SpecialtyId"] = theirSpecialty.Id.ToString(), ["Kind"] = "General",
            ["Code"] = "X", ["NameKy"] = "Бузулду", ["NameRu"] = "Б",
        });
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/College/Competencies/Delete/{theirs.Id}", [])).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Өзгөрбөйт", (await db.Competencies.SingleAsync()).NameKy);
    }
}
