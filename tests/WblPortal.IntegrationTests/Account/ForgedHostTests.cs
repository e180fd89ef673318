using System.Net;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Account;

/// <summary>Absolute links come from Portal:PublicUrl: a forged Host header must not decide where a reset link, an
/// invitation or a document's verification address points.</summary>
public sealed class ForgedHostTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const string ForgedHost = "attacker.example";

    [Fact]
    public async Task Post_ForgotPasswordWithForgedHost_MailsLinkToConfiguredAddress()
    {
        var user = await Data.UserAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(Factory, "en");
        client.Http.DefaultRequestHeaders.Host = ForgedHost;

        var sent = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = user.Email! });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var mail = Assert.Single(MailPickup.Read(Factory.MailPickup));
        Assert.DoesNotContain(ForgedHost, mail.Body);
        Assert.Contains(PortalFactory.PublicUrl + "/account/reset-password?uid=", mail.Body);
    }

    [Fact]
    public async Task Post_InviteWithForgedHost_MailsLinkToConfiguredAddress()
    {
        var college = await Data.CollegeAsync();
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        admin.Http.DefaultRequestHeaders.Host = ForgedHost;

        var invited = await admin.PostFormAsync("/College/Users/Invite", new()
        {
            ["Email"] = "new.curator@test.kg", ["FullName"] = "Жаңы Куратор", ["Role"] = Roles.CollegeStaff,
        }, "/College/Users/Invite");

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var mail = Assert.Single(MailPickup.Read(Factory.MailPickup));
        Assert.DoesNotContain(ForgedHost, mail.Body);
        Assert.Contains(PortalFactory.PublicUrl + "/account/accept-invitation?token=", mail.Body);
    }

    [Fact]
    public async Task Get_DocumentWithForgedHost_PrintsVerificationAddressFromConfiguration()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: 5);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);
        admin.Http.DefaultRequestHeaders.Host = ForgedHost;

        var response = await admin.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        await using var db = Factory.CreateDbContext();
        var code = await db.IssuedDocuments.Where(d => d.EntityId == order.Id).Select(d => d.Code).SingleAsync();
        Assert.Contains(PortalFactory.PublicUrl + "/verify/" + code, text);
        Assert.DoesNotContain(ForgedHost, text);
    }
}
