using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Employers;

public sealed class ProfilePageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_Profile_EditsOwnEmployerOnlyEvenWhenAnotherIdIsPosted()
    {
        var mine = await Data.EmployerAsync();
        var other = await Data.EmployerAsync(e => e.Name = "Башка ишкана");
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id);
        var form = await client.GetDocumentAsync("/Employer/Profile");
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var response = await client.PostFormAsync("/Employer/Profile/Save", new()
        {
            ["Id"] = other.Id.ToString(), ["Version"] = version, ["Name"] = "Жаңы аталыш", ["Inn"] = mine.Inn, ["Sector"] = "Trade", ["RegionId"] = "2",
            ["Address"] = "Ош ш.", ["ContactPerson"] = "Айбек", ["Phone"] = "", ["Email"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Жаңы аталыш", (await db.Employers.SingleAsync(e => e.Id == mine.Id)).Name);
        Assert.Equal("Башка ишкана", (await db.Employers.SingleAsync(e => e.Id == other.Id)).Name);
    }

    [Fact]
    public async Task Post_ProfileWithOtherEmployersInn_IsRefused()
    {
        var mine = await Data.EmployerAsync();
        var other = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id, culture: "ru-KG");

        var response = await client.PostFormAsync("/Employer/Profile/Save", new()
        {
            ["Version"] = mine.Version.ToString(), ["Name"] = "Н", ["Inn"] = other.Inn, ["Sector"] = "Trade", ["RegionId"] = "1",
            ["Address"] = "А", ["ContactPerson"] = "К",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Inn]")!.TextContent));
    }
}
