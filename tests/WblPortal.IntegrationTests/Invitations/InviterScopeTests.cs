using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Invitations;

/// <summary>Each inviter invites only into their own organization, and only the roles they may.</summary>
public sealed class InviterScopeTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_CollegeAdminInvitesIntoOtherCollege_ReturnsNotFoundAndCreatesNothing()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.PostFormAsync("/College/Users/Invite", new()
        {
            ["Email"] = "x@test.kg", ["FullName"] = "X", ["Role"] = Roles.CollegeStaff, ["OrganizationId"] = other.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Post_CollegeAdminInvitesLearnerOfOtherCollege_ReturnsNotFoundAndCreatesNothing()
    {
        var mine = await Data.CollegeAsync();
        var theirLearner = await Data.LearnerAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.PostFormAsync("/College/Users/Invite", new()
        {
            ["Email"] = "l@test.kg", ["FullName"] = "L", ["Role"] = Roles.Learner, ["LearnerId"] = theirLearner.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Post_CollegeAdminInvitesOwnLearner_LinksInvitationToLearner()
    {
        var mine = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(mine);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.PostFormAsync("/College/Users/Invite", new()
        {
            ["Email"] = "l@test.kg", ["FullName"] = "L", ["Role"] = Roles.Learner, ["LearnerId"] = learner.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var invitation = await db.Invitations.SingleAsync();
        Assert.Equal(learner.Id, invitation.LearnerId);
        Assert.Equal(mine.Id, invitation.OrganizationId);
    }

    [Fact]
    public async Task Post_CollegeAdminInvitesEmployerAdmin_IsRefusedWithMessageNextToRole()
    {
        var mine = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Users/Invite", new() { ["Email"] = "e@test.kg", ["FullName"] = "E", ["Role"] = Roles.EmployerAdmin });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Fill in this field.", (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Role]")!.TextContent.Trim());
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Post_EmployerAdminInvitesOtherEmployersMentor_ReturnsNotFoundAndCreatesNothing()
    {
        var mine = await Data.EmployerAsync();
        var theirMentor = await Data.MentorAsync(await Data.EmployerAsync());
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id);

        var response = await client.PostFormAsync("/Employer/Users/Invite", new()
        {
            ["Email"] = "m@test.kg", ["FullName"] = "M", ["Role"] = Roles.Mentor, ["MentorId"] = theirMentor.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Post_EmployerAdminInvitesIntoOtherEmployer_ReturnsNotFoundAndCreatesNothing()
    {
        var mine = await Data.EmployerAsync();
        var other = await Data.EmployerAsync();
        var theirMentor = await Data.MentorAsync(other);
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id);

        var response = await client.PostFormAsync("/Employer/Users/Invite", new()
        {
            ["Email"] = "m@test.kg", ["FullName"] = "M", ["Role"] = Roles.Mentor, ["MentorId"] = theirMentor.Id.ToString(), ["OrganizationId"] = other.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Post_EmployerAdminInvitesOwnMentor_SendsInvitation()
    {
        var mine = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(mine);
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id);

        var response = await client.PostFormAsync("/Employer/Users/Invite", new()
        {
            ["Email"] = "m@test.kg", ["FullName"] = "M", ["Role"] = Roles.Mentor, ["MentorId"] = mentor.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(MailPickup.Read(Factory.MailPickup));
    }

    [Fact]
    public async Task Post_AdminInvitesCollegeAdminIntoEmployer_IsRefusedAndCreatesNothing()
    {
        var employer = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.PlatformAdmin, culture: "en");

        var response = await client.PostFormAsync("/Admin/Users/Invite", new()
        {
            ["Email"] = "a@test.kg", ["FullName"] = "A", ["Role"] = Roles.CollegeAdmin, ["OrganizationId"] = employer.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The chosen item does not exist or is not available to you.",
            (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=OrganizationId]")!.TextContent.Trim());
        await AssertNoInvitationAsync();
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Post_AdminInvitesFirstAdminOfOrganization_SendsInvitation(string role)
    {
        var organization = role switch
        {
            Roles.CollegeAdmin => (await Data.CollegeAsync()).Id,
            Roles.EmployerAdmin => (await Data.EmployerAsync()).Id,
            _ => (await Data.MinistryAsync()).Id,
        };
        var client = await SignInAsync(Roles.PlatformAdmin);

        var response = await client.PostFormAsync("/Admin/Users/Invite", new()
        {
            ["Email"] = "first@test.kg", ["FullName"] = "Биринчи", ["Role"] = role, ["OrganizationId"] = organization.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var invitation = await db.Invitations.SingleAsync();
        Assert.Equal(organization, invitation.OrganizationId);
        Assert.Equal(role, invitation.Role);
    }

    [Fact]
    public async Task Post_InviteMentorWhoAlreadyHasAccount_ShowsMessageNextToMentor()
    {
        var mine = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(mine);
        await Data.UserAsync(Roles.Mentor, mine.Id, mentorId: mentor.Id);
        var client = await SignInAsync(Roles.EmployerAdmin, mine.Id, culture: "en");

        var response = await client.PostFormAsync("/Employer/Users/Invite", new()
        {
            ["Email"] = "m2@test.kg", ["FullName"] = "M", ["Role"] = Roles.Mentor, ["MentorId"] = mentor.Id.ToString(),
        });

        Assert.Equal("This person already has an account.",
            (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=MentorId]")!.TextContent.Trim());
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Post_InviteRegisteredEmail_ShowsMessageNextToEmail()
    {
        var college = await Data.CollegeAsync();
        var existing = await Data.UserAsync(Roles.CollegeStaff, college.Id);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Users/Invite", new() { ["Email"] = existing.Email!, ["FullName"] = "X", ["Role"] = Roles.CollegeStaff });

        Assert.Equal("A user with this email is already registered.",
            (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Email]")!.TextContent.Trim());
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Post_RevokeOtherCollegesInvitation_ReturnsNotFoundAndKeepsIt()
    {
        var mine = await Data.CollegeAsync();
        var (theirs, _) = await Data.InvitationAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.PostFormAsync($"/College/Users/Revoke/{theirs.Id}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.Invitations.AnyAsync(i => i.Id == theirs.Id));
    }

    [Fact]
    public async Task Post_RevokeOwnInvitation_RemovesIt()
    {
        var mine = await Data.CollegeAsync();
        var (own, _) = await Data.InvitationAsync(Roles.CollegeStaff, mine.Id);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.PostFormAsync($"/College/Users/Revoke/{own.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Get_CollegeUsers_ListsOnlyOwnUsersAndInvitationsWithBoundedSql()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        for (var i = 0; i < 22; i++)
        {
            await Data.UserAsync(Roles.CollegeStaff, mine.Id);
        }

        var stranger = await Data.UserAsync(Roles.CollegeStaff, other.Id);
        await Data.InvitationAsync(Roles.CollegeStaff, mine.Id, i => i.FullName = "Менин чакыруум");
        await Data.InvitationAsync(Roles.CollegeStaff, other.Id, i => i.FullName = "Башка чакыруу");
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Users");
        counter.Reset();

        var page = await client.GetDocumentAsync("/College/Users?page=2&sort=email");

        Assert.InRange(counter.Count, 1, 8);
        var all = (await client.GetDocumentAsync("/College/Users?q=" + Uri.EscapeDataString(stranger.Email!))).QuerySelector("[data-testid=users] tbody")!.TextContent;
        Assert.DoesNotContain(stranger.Email!, all);
        var invitations = page.QuerySelector("[data-testid=invitations]")!.TextContent;
        Assert.Contains("Менин чакыруум", invitations);
        Assert.DoesNotContain("Башка чакыруу", invitations);
    }

    [Fact]
    public async Task Get_CollegeUsers_AsCollegeStaff_IsForbidden()
    {
        var client = await SignInAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/College/Users")).StatusCode);
    }

    [Fact]
    public async Task Get_EmployerUsersExport_ReturnsXlsx()
    {
        var employer = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.GetAsync("/Employer/Users/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task AssertNoInvitationAsync()
    {
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Invitations.AnyAsync());
        Assert.Empty(MailPickup.Read(Factory.MailPickup));
    }
}
