using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Employers;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Employers;

public sealed class EmployersPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Form(string inn, string phone = "0555 12-34-56") => new()
    {
        ["Name"] = "\"Ала-Тоо Курулуш\" ЖЧК", ["Inn"] = inn, ["Sector"] = "Construction", ["RegionId"] = "1",
        ["Address"] = "Бишкек ш., Чүй пр., 1", ["ContactPerson"] = "Бакыт Жээнбеков", ["Phone"] = phone, ["Email"] = "info@alatoo.kg",
    };

    [Fact]
    public async Task Post_NewEmployer_SavesWithNormalizedPhone()
    {
        var client = await SignInAsync(Roles.PlatformAdmin);

        var response = await client.PostFormAsync("/Admin/Employers/Save", Form("01234567890123"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Employers.SingleAsync();
        Assert.Equal("+996555123456", saved.Phone);
        Assert.Equal(EconomicSector.Construction, saved.Sector);
    }

    [Theory]
    [InlineData("ky-KG", "12345")]
    [InlineData("ru-KG", "1234567890123X")]
    [InlineData("en", "123456789012345")]
    public async Task Post_InnNotFourteenDigits_ShowsLocalizedMessageAndSavesNothing(string culture, string inn)
    {
        var client = await SignInAsync(Roles.PlatformAdmin, culture: culture);

        var response = await client.PostFormAsync("/Admin/Employers/Save", Form(inn));

        var expected = culture switch { "ky-KG" => "ИНН", "ru-KG" => "ИНН", _ => "TIN" };
        var message = (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Inn]")!.TextContent.Trim();
        Assert.Contains(expected, message);
        Assert.Contains("14", message);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Employers.AnyAsync());
    }

    [Fact]
    public async Task Post_DuplicateInn_IsRefused()
    {
        var existing = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.PlatformAdmin, culture: "en");

        var response = await client.PostFormAsync("/Admin/Employers/Save", Form(existing.Inn));

        Assert.Equal("An employer with this TIN is already registered.",
            (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Inn]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Employers.CountAsync());
    }

    [Fact]
    public async Task Post_ForeignPhone_IsRefusedNextToField()
    {
        var client = await SignInAsync(Roles.PlatformAdmin, culture: "en");

        var response = await client.PostFormAsync("/Admin/Employers/Save", Form("01234567890123", "+7 701 123 45 67"));

        Assert.Equal("Enter a Kyrgyz phone number: +996 and 9 digits.",
            (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Phone]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_IndexWithSearch_FindsByInn()
    {
        var wanted = await Data.EmployerAsync(e => e.Name = "Издеген ишкана");
        await Data.EmployerAsync(e => e.Name = "Башка ишкана");
        var client = await SignInAsync(Roles.PlatformAdmin);

        var page = await client.GetDocumentAsync("/Admin/Employers?q=" + wanted.Inn);

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("Издеген ишкана", row.TextContent);
    }
}
