using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Users;

public sealed class PlatformUsersTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_LockUser_StopsSignInUntilUnlocked()
    {
        var user = await Data.UserAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var admin = await SignInAsync(Roles.PlatformAdmin, culture: "en");

        var locked = await admin.PostFormAsync($"/Admin/Users/Lock/{user.Id}?locked=true", []);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var refused = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var list = await admin.GetDocumentAsync("/Admin/Users?q=" + Uri.EscapeDataString(user.Email!));
        Assert.Contains("Locked", list.QuerySelector("[data-testid=users] tbody")!.TextContent);

        await admin.PostFormAsync($"/Admin/Users/Lock/{user.Id}?locked=false", []);

        var allowed = await PortalClient.Anonymous(Factory).PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    [Fact]
    public async Task Get_Users_ListsUsersOfAllOrganizations()
    {
        var a = await Data.UserAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        var b = await Data.UserAsync(Roles.Mentor, (await Data.EmployerAsync()).Id);
        var admin = await SignInAsync(Roles.PlatformAdmin);

        var text = (await admin.GetDocumentAsync("/Admin/Users")).QuerySelector("[data-testid=users] tbody")!.TextContent;

        Assert.Contains(a.Email!, text);
        Assert.Contains(b.Email!, text);
    }

    [Fact]
    public async Task Get_InviteFromEmployersList_PreselectsRoleAndOrganization()
    {
        var employer = await Data.EmployerAsync();
        var admin = await SignInAsync(Roles.PlatformAdmin);

        var list = await admin.GetDocumentAsync("/Admin/Employers");
        var link = list.QuerySelector($"a[href*='organizationId={employer.Id}']")!.GetAttribute("href")!;
        var form = await admin.GetDocumentAsync(link);

        Assert.Equal(Roles.EmployerAdmin, form.QuerySelector("select[name=Role] option[selected]")!.GetAttribute("value"));
        Assert.Equal(employer.Id.ToString(), form.QuerySelector("select[name=OrganizationId] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Users_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        for (var i = 0; i < 25; i++)
        {
            await Data.UserAsync(Roles.CollegeStaff, college.Id);
        }

        var admin = await SignInAsync(Roles.PlatformAdmin);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await admin.GetAsync("/Admin/Users");
        counter.Reset();

        var page = await admin.GetDocumentAsync("/Admin/Users?page=2&sort=name");

        Assert.InRange(counter.Count, 1, 8);
        Assert.Equal(6, page.QuerySelectorAll("[data-testid=users] tbody tr").Length);
    }
}
