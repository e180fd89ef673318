using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Programmes;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Programmes;

public sealed class EmployerProgrammeTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task InvitedEmployer_ReadsProgrammeUnderDiscussionAndComments_CollegeAnswers()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.UnderDiscussion, invited: [employer]);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var list = await client.GetDocumentAsync("/Employer/Programmes");
        Assert.Single(list.QuerySelectorAll("tbody tr"));
        var page = await client.GetDocumentAsync($"/Employer/Programmes/Details/{programme.Id}");
        Assert.Contains("Мамлекеттик билим берүү стандарты", page.QuerySelector("#section-1")!.TextContent);
        Assert.Contains("Баалоо", page.QuerySelector("#assessment")!.TextContent);

        var response = await client.PostFormAsync($"/Employer/Programmes/Comment/{programme.Id}", new() { ["Comment.Text"] = "Практиканы 6 жумага узартыңыз" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var db = Factory.CreateDbContext())
        {
            var comment = await db.ProgrammeComments.SingleAsync();
            Assert.Equal(employer.Id, comment.EmployerId);
            Assert.True(await db.Notifications.AnyAsync(n => n.RecipientCollegeId == college.Id && n.MessageKey == "Notify_ProgrammeCommented"));
        }

        var collegeClient = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "en");
        var collegePage = await collegeClient.GetDocumentAsync($"/College/Programmes/Details/{programme.Id}");
        Assert.Contains("Практиканы 6 жумага узартыңыз", collegePage.QuerySelector("#comments")!.TextContent);
        await using (var db = Factory.CreateDbContext())
        {
            var comment = await db.ProgrammeComments.SingleAsync();
            var answered = await collegeClient.PostFormAsync($"/College/Programmes/Answer/{programme.Id}", new()
            {
                ["Answer.CommentId"] = comment.Id.ToString(), ["Answer.Version"] = comment.Version.ToString(), ["Answer.Text"] = "Макул, өзгөртөбүз",
            });
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        var after = await client.GetDocumentAsync($"/Employer/Programmes/Details/{programme.Id}");
        Assert.Contains("Макул, өзгөртөбүз", after.QuerySelector("#comments [data-answer]")!.TextContent);
    }

    [Fact]
    public async Task Post_EmptyComment_ShowsLocalizedMessageAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.UnderDiscussion, invited: [employer]);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync($"/Employer/Programmes/Comment/{programme.Id}", new() { ["Comment.Text"] = " " });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Бул талааны толтуруңуз.", page.QuerySelector("[data-valmsg-for='Comment.Text']")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ProgrammeComments.AnyAsync());
    }

    [Fact]
    public async Task Post_CommentOnApprovedProgramme_IsRefusedAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.Approved, invited: [employer]);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var page = await client.GetDocumentAsync($"/Employer/Programmes/Details/{programme.Id}");
        Assert.Null(page.QuerySelector("textarea[name='Comment.Text']"));
        var response = await client.PostFormAsync($"/Employer/Programmes/Comment/{programme.Id}", new() { ["Comment.Text"] = "Кеч калдык" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await PortalClient.ParseAsync(response);
        Assert.Equal("This step is not possible for a WBL programme in its current status.",
            result.QuerySelector("[data-valmsg-for='Comment.Text']")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ProgrammeComments.AnyAsync());
    }

    [Theory]
    [InlineData(ProgrammeStatus.UnderDiscussion)]
    [InlineData(ProgrammeStatus.Approved)]
    public async Task EmployerNotInvited_GetsNotFoundOnPageAndComment(ProgrammeStatus status)
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, status, invited: [await Data.EmployerAsync()]);
        var outsider = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, outsider.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Programmes/Details/{programme.Id}")).StatusCode);
        var response = await client.PostFormAsync($"/Employer/Programmes/Comment/{programme.Id}", new() { ["Comment.Text"] = "Сыр" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var list = await client.GetDocumentAsync("/Employer/Programmes");
        Assert.Empty(list.QuerySelectorAll("tbody tr"));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ProgrammeComments.AnyAsync());
    }

    [Fact]
    public async Task InvitedEmployer_DoesNotSeeDraft()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var draft = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft, invited: [employer]);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Programmes/Details/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_Details_AsMentor_IsForbidden()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Employer/Programmes")).StatusCode);
    }
}
