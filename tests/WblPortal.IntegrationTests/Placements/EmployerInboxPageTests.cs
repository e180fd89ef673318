using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Placements;

public sealed class EmployerInboxPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Step(Placement p, Dictionary<string, string>? more = null)
    {
        var fields = new Dictionary<string, string> { ["Id"] = p.Id.ToString(), ["Version"] = p.Version.ToString() };
        foreach (var (k, v) in more ?? [])
        {
            fields[k] = v;
        }

        return fields;
    }

    [Fact]
    public async Task Get_Index_ListsProposalsOfEveryCollegeButNoDraftsOrOtherEmployers()
    {
        var employer = await Data.EmployerAsync();
        var other = await Data.EmployerAsync();
        var a = await Data.CollegeAsync(c => c.NameKy = "Биринчи колледж");
        var b = await Data.CollegeAsync(c => c.NameKy = "Экинчи колледж");
        await Data.PlacementAsync(a, employer, PlacementStatus.Proposed);
        await Data.PlacementAsync(b, employer, PlacementStatus.Confirmed);
        await Data.PlacementAsync(a, employer, PlacementStatus.Draft);
        await Data.PlacementAsync(a, other, PlacementStatus.Proposed);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var page = await client.GetDocumentAsync("/Employer/Placements?all=true"); // the builders' placements are of a past year

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains(rows, r => r.TextContent.Contains("Биринчи колледж"));
        Assert.Contains(rows, r => r.TextContent.Contains("Экинчи колледж"));
        var proposed = await client.GetDocumentAsync($"/Employer/Placements?status=Proposed&college={a.Id}");
        Assert.Single(proposed.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Post_Confirm_ConfirmsTheNumberAndTellsTheCollege()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.Proposed);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync("/Employer/Placements/Confirm", Step(placement, new() { ["Count"] = "2" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.Include(p => p.History).SingleAsync();
        Assert.Equal((PlacementStatus.Confirmed, 2), (saved.Status, saved.ConfirmedCount));
        var row = saved.History.Single(h => h.Action == "Confirm");
        Assert.Equal(("Proposed", "Confirmed", "2"), (row.FromStatus, row.ToStatus, row.Comment));
        Assert.StartsWith(Roles.EmployerAdmin, row.UserName);
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientCollegeId == college.Id && n.MessageKey == "Notify_PlacementConfirmed"));
        var page = await client.GetDocumentAsync($"/Employer/Placements/Details/{placement.Id}");
        Assert.Equal("Confirmed", page.QuerySelector("#placement-status")!.GetAttribute("data-status"));
        Assert.Contains(page.QuerySelectorAll("#placement-history tbody tr"), r => r.GetAttribute("data-action") == "Confirm");
    }

    [Fact]
    public async Task Post_ConfirmFewerThanTheLearnersListed_ShowsTheCapacityMessage()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learners = new[] { await Data.LearnerAsync(college), await Data.LearnerAsync(college) };
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.Proposed, learners);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var response = await client.PostFormAsync("/Employer/Placements/Confirm", Step(placement, new() { ["Count"] = "1" }));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("The employer has agreed to take 1 learners; this number cannot be exceeded.", page.QuerySelector("[data-valmsg-for=Count]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Proposed, (await db.Placements.SingleAsync()).Status);
    }

    [Theory]
    [InlineData("ky-KG", "Себебин көрсөтүңүз.")]
    [InlineData("ru-KG", "Укажите причину.")]
    public async Task Post_DeclineWithoutReason_ShowsLocalizedErrorAndSavesNothing(string culture, string message)
    {
        var placement = await Data.PlacementAsync(await Data.CollegeAsync(), await Data.EmployerAsync(), PlacementStatus.Proposed);
        var client = await SignInAsync(Roles.EmployerAdmin, placement.EmployerId, culture: culture);

        var response = await client.PostFormAsync("/Employer/Placements/Decline", Step(placement, new() { ["Reason"] = "" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=Reason]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Proposed, (await db.Placements.SingleAsync()).Status);
    }

    [Fact]
    public async Task Post_DeclineWithReason_DeclinesAndRecordsTheReason()
    {
        var placement = await Data.PlacementAsync(await Data.CollegeAsync(), await Data.EmployerAsync(), PlacementStatus.Proposed);
        var client = await SignInAsync(Roles.EmployerAdmin, placement.EmployerId);

        var response = await client.PostFormAsync("/Employer/Placements/Decline", Step(placement, new() { ["Reason"] = "Цех оңдоодо" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.Include(p => p.History).SingleAsync();
        Assert.Equal((PlacementStatus.Declined, "Цех оңдоодо"), (saved.Status, saved.DeclineReason));
        Assert.Contains(saved.History, h => h.Action == "Decline" && h.Comment == "Цех оңдоодо");
    }

    [Fact]
    public async Task RequestChanges_ThenTheCollegeAmendsAndProposesAgain_ThenTheEmployerConfirms()
    {
        var s = await Data.PlacementSetupAsync(1);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Proposed, s.Learners);
        await Data.ProgrammeLoadAsync(placement);
        var employer = await SignInAsync(Roles.EmployerAdmin, s.Employer.Id, culture: "en");

        var asked = await employer.PostFormAsync("/Employer/Placements/RequestChanges",
            Step(placement, new() { ["StartDate"] = "2026-04-13", ["EndDate"] = "2026-05-08", ["Count"] = "2", ["Comment"] = "Апрелдин башында жай жок" }));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var college = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");
        var details = await college.GetDocumentAsync($"/College/Placements/Details/{placement.Id}");
        Assert.Contains("Апрелдин башында жай жок", details.QuerySelector("#change-request")!.TextContent);
        Assert.Contains("13.04.2026", details.QuerySelector("#change-request")!.TextContent);
        await using (var db = Factory.CreateDbContext())
        {
            var current = await db.Placements.SingleAsync();
            var fields = PlacementForm(s, count: 2, start: "2026-04-13", end: "2026-05-08");
            fields["Id"] = placement.Id.ToString();
            fields["Version"] = current.Version.ToString();
            Assert.Equal(HttpStatusCode.Redirect, (await college.PostFormAsync("/College/Placements/Save", fields)).StatusCode);
        }

        await using (var db = Factory.CreateDbContext())
        {
            var current = await db.Placements.SingleAsync();
            Assert.Equal(PlacementStatus.ChangesRequested, current.Status);
            Assert.Equal(HttpStatusCode.Redirect, (await college.PostFormAsync("/College/Placements/Propose", Step(current))).StatusCode);
        }

        await using (var db = Factory.CreateDbContext())
        {
            var current = await db.Placements.SingleAsync();
            Assert.Equal(PlacementStatus.Proposed, current.Status);
            Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync("/Employer/Placements/Confirm", Step(current, new() { ["Count"] = "2" }))).StatusCode);
        }

        await using var check = Factory.CreateDbContext();
        var saved = await check.Placements.Include(p => p.History).SingleAsync();
        Assert.Equal((PlacementStatus.Confirmed, 2, new DateOnly(2026, 4, 13)), (saved.Status, saved.ConfirmedCount, saved.StartDate));
        Assert.Equal(["Propose", "RequestChanges", "ChangeTerms", "Propose", "Confirm"],
            saved.History.Where(h => h.Action is not ("Create" or "AddLearner")).OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => h.Action));
    }

    [Theory]
    [InlineData("Confirm")]
    [InlineData("Decline")]
    [InlineData("RequestChanges")]
    public async Task Post_OtherEmployersPlacement_ReturnsNotFoundAndChangesNothing(string action)
    {
        var placement = await Data.PlacementAsync(await Data.CollegeAsync(), await Data.EmployerAsync(), PlacementStatus.Proposed);
        var client = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);

        var response = await client.PostFormAsync($"/Employer/Placements/{action}",
            Step(placement, new() { ["Count"] = "3", ["Reason"] = "Жок", ["StartDate"] = "2026-04-10" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Proposed, (await db.Placements.SingleAsync()).Status);
    }

    [Fact]
    public async Task Get_OtherEmployersOrDraftPlacement_ReturnsNotFound()
    {
        var employer = await Data.EmployerAsync();
        var theirs = await Data.PlacementAsync(await Data.CollegeAsync(), await Data.EmployerAsync(), PlacementStatus.Proposed);
        var draft = await Data.PlacementAsync(await Data.CollegeAsync(), employer, PlacementStatus.Draft);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Placements/Details/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Placements/Details/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/Employer/Placements/Confirm", Step(draft, new() { ["Count"] = "3" }))).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.CollegeAdmin)]
    public async Task Get_Inbox_AsNonEmployerRole_IsForbidden(string role)
    {
        var employer = await Data.EmployerAsync();
        var client = await SignInAsync(role, role == Roles.Mentor ? employer.Id : (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Employer/Placements")).StatusCode);
    }

    [Fact]
    public async Task Post_Confirm_AsMentor_IsForbiddenAndChangesNothing()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var placement = await Data.PlacementAsync(await Data.CollegeAsync(), employer, PlacementStatus.Proposed);
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id);

        var response = await client.PostFormAsync("/Employer/Placements/Confirm", Step(placement, new() { ["Count"] = "3" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Proposed, (await db.Placements.SingleAsync()).Status);
    }

    [Fact]
    public async Task Get_InboxAndDetails_IssueBoundedNumberOfSqlCommands()
    {
        var employer = await Data.EmployerAsync();
        var college = await Data.CollegeAsync();
        Placement? last = null;
        for (var i = 0; i < 22; i++)
        {
            last = await Data.PlacementAsync(college, employer, PlacementStatus.Proposed);
        }

        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Employer/Placements?all=true");
        counter.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Employer/Placements?all=true&page=2&sort=college")).StatusCode);
        Assert.InRange(counter.Count, 1, 8);

        await client.GetAsync($"/Employer/Placements/Details/{last!.Id}");
        counter.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Employer/Placements/Details/{last.Id}")).StatusCode);
        Assert.InRange(counter.Count, 1, 6);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var placement = await Data.PlacementAsync(await Data.CollegeAsync(), await Data.EmployerAsync(), PlacementStatus.Proposed);
        var client = await SignInAsync(Roles.EmployerAdmin, placement.EmployerId);

        var response = await client.GetAsync("/Employer/Placements/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((byte)'P', (await response.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task Post_ConfirmFromAStaleTab_IsToldAndTheOtherAnswerKept()
    {
        var placement = await Data.PlacementAsync(await Data.CollegeAsync(), await Data.EmployerAsync(), PlacementStatus.Proposed);
        var client = await SignInAsync(Roles.EmployerAdmin, placement.EmployerId, culture: "en");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Employer/Placements/Decline", Step(placement, new() { ["Reason"] = "Орун жок" }))).StatusCode);

        var response = await client.PostFormAsync("/Employer/Placements/Confirm", Step(placement, new() { ["Count"] = "3" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Declined, (await db.Placements.SingleAsync()).Status);
    }
}
