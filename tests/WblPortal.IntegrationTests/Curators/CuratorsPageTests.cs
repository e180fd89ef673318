using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Curators;

public sealed class CuratorsPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Index_ListsOnlyOwnCollegesCurators()
    {
        var mine = await Data.CollegeAsync();
        await Data.CuratorAsync(mine, c => c.FullName = "Өмүрбеков Нурлан");
        await Data.CuratorAsync(await Data.CollegeAsync(), c => c.FullName = "Башка колледждин куратору");
        var client = await SignInAsync(Roles.CollegeStaff, mine.Id);

        var page = await client.GetDocumentAsync("/College/Curators");

        var text = page.QuerySelector("tbody")!.TextContent;
        Assert.Contains("Өмүрбеков Нурлан", text);
        Assert.DoesNotContain("Башка колледждин", text);
    }

    [Fact]
    public async Task Get_IndexWithSearch_FindsKyrgyzLettersIgnoringCase()
    {
        var college = await Data.CollegeAsync();
        await Data.CuratorAsync(college, c => c.FullName = "Үсөнова Гүлнара");
        await Data.CuratorAsync(college, c => c.FullName = "Асанов Бакыт");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Curators?q=" + Uri.EscapeDataString("ҮСӨН"));

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("Үсөнова Гүлнара", rows[0].TextContent);
    }

    [Fact]
    public async Task Post_NewCurator_SavesInOwnCollegeWithPhoneInE164()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Curators/Save", new()
        {
            ["FullName"] = "Жумабекова Айнура", ["Position"] = "Өндүрүштүк окутуунун мастери", ["Email"] = "ainura@college.kg", ["Phone"] = "0 (555) 12-34-56",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Curators.SingleAsync();
        Assert.Equal(college.Id, saved.CollegeId);
        Assert.Equal("+996555123456", saved.Phone);
    }

    [Theory]
    [InlineData("ky-KG", "Кыргызстандын телефон номерин жазыңыз: +996 жана 9 цифра.")]
    [InlineData("ru-KG", "Введите номер телефона Кыргызстана: +996 и 9 цифр.")]
    public async Task Post_ForeignPhone_ShowsLocalizedErrorNextToFieldAndSavesNothing(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Curators/Save", new()
        {
            ["FullName"] = "Жумабекова Айнура", ["Position"] = "Окутуучу", ["Phone"] = "+7 701 123 45 67",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=Phone]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Curators.AnyAsync());
    }

    [Fact]
    public async Task Post_EmptyName_ShowsRequiredNextToField()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Curators/Save", new() { ["FullName"] = " ", ["Position"] = "Окутуучу" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Fill in this field.", page.QuerySelector("[data-valmsg-for=FullName]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_EditOtherCollegesCurator_ReturnsNotFound()
    {
        var theirs = await Data.CuratorAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync($"/College/Curators/Edit/{theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_EditOtherCollegesCurator_ReturnsNotFoundAndChangesNothing()
    {
        var theirs = await Data.CuratorAsync(await Data.CollegeAsync(), c => c.FullName = "Өзгөрбөйт");
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.PostFormAsync("/College/Curators/Save", new()
        {
            ["Id"] = theirs.Id.ToString(), ["Version"] = theirs.Version.ToString(), ["FullName"] = "Бузулду", ["Position"] = "Б",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Өзгөрбөйт", (await db.Curators.SingleAsync()).FullName);
    }

    [Fact]
    public async Task Post_DeleteOtherCollegesCurator_ReturnsNotFoundAndKeepsIt()
    {
        var theirs = await Data.CuratorAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.PostFormAsync($"/College/Curators/Delete/{theirs.Id}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.Curators.AnyAsync(c => c.Id == theirs.Id));
    }

    [Fact]
    public async Task Post_DeleteCurator_LeavesTheirGroupsWithoutCurator()
    {
        var college = await Data.CollegeAsync();
        var curator = await Data.CuratorAsync(college);
        var group = await Data.GroupAsync(college, configure: g => g.CuratorId = curator.Id);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync($"/College/Curators/Delete/{curator.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Curators.AnyAsync());
        Assert.Null((await db.StudyGroups.SingleAsync(g => g.Id == group.Id)).CuratorId);
        var audit = await db.AuditEntries.Where(a => a.EntityKey == group.Id.ToString()).Select(a => a.Changes).ToListAsync();
        Assert.Contains(audit, changes => changes.Contains("CuratorId"));
    }

    [Fact]
    public async Task Post_StaleVersion_TellsSecondWriterAndKeepsFirstWritersChange()
    {
        var college = await Data.CollegeAsync();
        var curator = await Data.CuratorAsync(college, c => c.FullName = "Биринчи");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var stale = curator.Version.ToString();
        await client.PostFormAsync("/College/Curators/Save", new() { ["Id"] = curator.Id.ToString(), ["Version"] = stale, ["FullName"] = "Экинчи", ["Position"] = "П" });

        var response = await client.PostFormAsync("/College/Curators/Save", new() { ["Id"] = curator.Id.ToString(), ["Version"] = stale, ["FullName"] = "Үчүнчү", ["Position"] = "П" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Someone else changed this record", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Экинчи", page.QuerySelector("#FullName")!.GetAttribute("value"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Экинчи", (await db.Curators.SingleAsync()).FullName);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.PlatformAdmin)]
    public async Task Get_Index_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/College/Curators");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var college = await Data.CollegeAsync();
        await Data.CuratorAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync("/College/Curators/Export?q=Куратор");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        for (var i = 0; i < 25; i++)
        {
            var curator = await Data.CuratorAsync(college);
            await Data.GroupAsync(college, configure: g => g.CuratorId = curator.Id);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Curators");
        counter.Reset();

        var response = await client.GetAsync("/College/Curators?page=2&sort=position&desc=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(counter.Count, 1, 6);
    }
}
