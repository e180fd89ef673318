using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Identity;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Invitations;

public sealed class InvitationTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const string NewPassword = "Menin-syrsozum-1";

    [Fact]
    public async Task Invite_ThenAccept_CreatesUserInRoleAndOrganizationAndSignsIn()
    {
        var college = await Data.CollegeAsync();
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "ru-KG");

        var invited = await admin.PostFormAsync("/College/Users/Invite", new()
        {
            ["Email"] = "Kurator@Test.kg", ["FullName"] = "Гүлнара Үсөнова", ["Role"] = Roles.CollegeStaff,
        });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var mail = Assert.Single(MailPickup.Read(Factory.MailPickup));
        Assert.Contains("приглашение", mail.Subject, StringComparison.OrdinalIgnoreCase);
        var link = mail.LinkTo("/account/accept-invitation");
        await using (var db = Factory.CreateDbContext())
        {
            var stored = await db.Invitations.SingleAsync();
            Assert.DoesNotContain(stored.TokenHash, link); // only the hash is stored
            Assert.InRange(stored.ExpiresAt, DateTimeOffset.UtcNow.AddDays(6.9), DateTimeOffset.UtcNow.AddDays(7.1));
        }

        var invitee = PortalClient.Anonymous(Factory, "ky-KG");
        var form = await invitee.GetDocumentAsync(link);
        var token = form.QuerySelector("input[name=Token]")!.GetAttribute("value")!;
        var accepted = await invitee.PostFormAsync("/account/accept-invitation", new() { ["Token"] = token, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var home = await invitee.GetAsync("/");
        home.AssertRedirectsTo("/College");
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync("kurator@test.kg");
        Assert.NotNull(user);
        Assert.Equal(college.Id, user.OrganizationId);
        Assert.Equal(OrganizationKind.College, user.OrganizationKind);
        Assert.True(await users.IsInRoleAsync(user, Roles.CollegeStaff));
        await using var check = Factory.CreateDbContext();
        Assert.NotNull((await check.Invitations.SingleAsync()).AcceptedAt);
    }

    [Fact]
    public async Task Accept_UsedInvitation_ShowsLocalizedMessageAndCreatesNothing()
    {
        var college = await Data.CollegeAsync();
        var (_, token) = await Data.InvitationAsync(Roles.CollegeStaff, college.Id, i => i.AcceptedAt = DateTimeOffset.UtcNow.AddDays(-1));
        var client = PortalClient.Anonymous(Factory, "en");

        var get = await client.GetAsync("/account/accept-invitation?token=" + token);
        var post = await client.PostFormAsync("/account/accept-invitation", new() { ["Token"] = token, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Contains("already been used", (await PortalClient.ParseAsync(post)).QuerySelector("[data-testid=invitation-unusable]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync());
    }

    [Theory]
    [InlineData("ky-KG", "Бул чакыруунун мөөнөтү бүттү.")]
    [InlineData("ru-KG", "Срок действия приглашения истёк.")]
    [InlineData("en", "This invitation has expired.")]
    public async Task Accept_ExpiredInvitation_ShowsLocalizedMessageAndCreatesNothing(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var (_, token) = await Data.InvitationAsync(Roles.CollegeStaff, college.Id, i => i.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1));
        var client = PortalClient.Anonymous(Factory, culture);

        var post = await client.PostFormAsync("/account/accept-invitation", new() { ["Token"] = token, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(post)).QuerySelector("[data-testid=invitation-unusable]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task Accept_UnknownToken_ShowsMessage()
    {
        var response = await PortalClient.Anonymous(Factory, "en").GetAsync("/account/accept-invitation?token=" + new string('a', 64));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not valid", (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=invitation-unusable]")!.TextContent);
    }

    [Fact]
    public async Task Accept_SameTokenTwice_SecondIsRefused()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var (_, token) = await Data.InvitationAsync(Roles.Mentor, employer.Id, i => i.MentorId = mentor.Id);
        var fields = new Dictionary<string, string> { ["Token"] = token, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword };

        var first = await PortalClient.Anonymous(Factory).PostFormAsync("/account/accept-invitation", fields);
        var second = await PortalClient.Anonymous(Factory).PostFormAsync("/account/accept-invitation", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        await using var db = Factory.CreateDbContext();
        var user = await db.Users.SingleAsync();
        Assert.Equal(mentor.Id, user.MentorId);
    }

    [Fact]
    public async Task Accept_WeakPassword_ShowsMessageNextToFieldAndKeepsInvitationUsable()
    {
        var (_, token) = await Data.InvitationAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(Factory, "en");

        var response = await client.PostFormAsync("/account/accept-invitation", new() { ["Token"] = token, ["Password"] = "short1", ["ConfirmPassword"] = "short1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Password]")!.TextContent));
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Invitations.SingleAsync()).AcceptedAt);
        Assert.False(await db.Users.AnyAsync());
    }
}
