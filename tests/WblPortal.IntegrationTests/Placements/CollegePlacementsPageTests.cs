using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Placements;

public sealed class CollegePlacementsPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_NewPlacement_SavesDraftWithLearnersAndHistory()
    {
        var s = await Data.PlacementSetupAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);

        var response = await client.PostFormAsync("/College/Placements/Save", PlacementForm(s));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.Include(p => p.Learners).Include(p => p.History).SingleAsync();
        Assert.Equal(PlacementStatus.Draft, saved.Status);
        Assert.Equal(s.Employer.Id, saved.EmployerId);
        Assert.Equal("Механикалык цех", saved.Site);
        Assert.Equal(3, saved.Learners.Count);
        Assert.Equal(4, saved.History.Count); // created + three learners
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(3, page.QuerySelectorAll("#placement-learners li").Length);
        Assert.Equal(4, page.QuerySelectorAll("#placement-history tbody tr").Length);
    }

    [Fact]
    public async Task Post_Propose_SendsItToTheEmployerWithAHistoryRow()
    {
        var s = await Data.PlacementSetupAsync(1);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Draft, s.Learners);
        await Data.ProgrammeLoadAsync(placement);
        var client = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        var response = await client.PostFormAsync("/College/Placements/Propose", new() { ["Id"] = placement.Id.ToString(), ["Version"] = placement.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.Include(p => p.History).SingleAsync();
        Assert.Equal(PlacementStatus.Proposed, saved.Status);
        var row = saved.History.Single(h => h.Action == "Propose");
        Assert.Equal("Draft", row.FromStatus);
        Assert.StartsWith(Roles.CollegeStaff, row.UserName);
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientEmployerId == s.Employer.Id));
    }

    [Fact]
    public async Task Post_MoreLearnersThanRequested_ShowsLocalizedErrorAndSavesNothing()
    {
        var s = await Data.PlacementSetupAsync(3);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Placements/Save", PlacementForm(s, count: 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("You picked 3 learners but ask the employer for 2: raise the number or pick fewer learners.",
            page.QuerySelector("[data-valmsg-for=RequestedCount]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Placements.AnyAsync());
    }

    [Fact]
    public async Task Post_AddLearnersBeyondTheConfirmedNumber_ShowsTheCapacityMessageAndSavesNothing()
    {
        var s = await Data.PlacementSetupAsync(4);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Confirmed, s.Learners.Take(3).ToList());
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "ru-KG");
        var fields = PlacementForm(s, count: 3, start: "2026-04-01", end: "2026-04-28");
        fields["Id"] = placement.Id.ToString();
        fields["Version"] = placement.Version.ToString();

        var response = await client.PostFormAsync("/College/Placements/Save", fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Выбрано 4 обучающихся, а у работодателя запрошено 3", page.QuerySelector("[data-valmsg-for=RequestedCount]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.Include(p => p.Learners).SingleAsync();
        Assert.Equal(PlacementStatus.Confirmed, saved.Status);
        Assert.Equal(3, saved.Learners.Count);
    }

    [Fact]
    public async Task Post_LearnerInAnOverlappingLongPlacement_NamesTheLearnerAndSavesNothing()
    {
        var s = await Data.PlacementSetupAsync(2);
        var busy = s.Learners[0];
        await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Confirmed, [busy]); // 01.04–28.04.2026
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Placements/Save", PlacementForm(s, count: 2, start: "2026-04-20", end: "2026-05-20"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal($"Already in another long-term placement at the same time: {busy.FullName}.",
            page.QuerySelector("[data-valmsg-for=LearnerIds]")!.TextContent.Trim());
        var busyBox = page.QuerySelector($"#learner-{busy.Id}")!;
        Assert.False(busyBox.HasAttribute("checked"));
        Assert.Equal("2026-04-01/2026-04-28", busyBox.GetAttribute("data-busy"));
        var note = page.QuerySelector($"#learner-{busy.Id}-busy")!;
        Assert.Contains("01.04.2026–28.04.2026", note.TextContent);
        Assert.False(note.QuerySelector("[data-overlap-note]")!.HasAttribute("hidden"));
        Assert.True(page.QuerySelector($"#learner-{s.Learners[1].Id}")!.HasAttribute("checked"));
        Assert.Null(page.QuerySelector($"#learner-{s.Learners[1].Id}-busy"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Placements.CountAsync());
    }

    [Fact]
    public async Task Get_NewPlacement_ShowsEachLearnersLongPlacementsButNotOverlapsWithoutDates()
    {
        var s = await Data.PlacementSetupAsync(2);
        var busy = s.Learners[0];
        await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Confirmed, [busy]); // 01.04–28.04.2026
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "ky");

        var page = await client.GetDocumentAsync("/College/Placements/Create");

        var note = page.QuerySelector($"#learner-{busy.Id}-busy")!;
        Assert.Contains("Узак мөөнөттүү практикада: 01.04.2026–28.04.2026", note.TextContent);
        Assert.True(note.QuerySelector("[data-overlap-note]")!.HasAttribute("hidden"));
        Assert.Equal($"learner-{busy.Id}-busy", page.QuerySelector($"#learner-{busy.Id}")!.GetAttribute("aria-describedby"));
        Assert.Null(page.QuerySelector($"#learner-{s.Learners[1].Id}-busy"));
    }

    [Fact]
    public async Task Get_NewPlacement_ShowsNoPlacementOfAnotherCollege()
    {
        var mine = await Data.PlacementSetupAsync(1);
        var theirs = await Data.PlacementSetupAsync(1);
        await Data.PlacementAsync(theirs.College, theirs.Employer, PlacementStatus.Confirmed, theirs.Learners);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.College.Id, culture: "en");

        var page = await client.GetDocumentAsync("/College/Placements/Create");

        Assert.Empty(page.QuerySelectorAll("[data-busy-note]"));
        Assert.Null(page.QuerySelector($"#learner-{theirs.Learners[0].Id}"));
        Assert.DoesNotContain(theirs.Employer.Name, page.QuerySelector("fieldset")!.TextContent);
    }

    [Fact]
    public async Task Post_MovingDatesOntoAnotherLongPlacement_NamesTheLearner()
    {
        var s = await Data.PlacementSetupAsync(1);
        await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Confirmed, s.Learners); // 01.04–28.04.2026
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");
        var created = await client.PostFormAsync("/College/Placements/Save", PlacementForm(s, count: 1, start: "2026-05-04", end: "2026-05-29"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = Factory.CreateDbContext();
        var second = await db.Placements.SingleAsync(p => p.StartDate == new DateOnly(2026, 5, 4));
        var fields = PlacementForm(s, count: 1, start: "2026-04-25", end: "2026-05-29");
        fields["Id"] = second.Id.ToString();
        fields["Version"] = second.Version.ToString();

        var response = await client.PostFormAsync("/College/Placements/Save", fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(s.Learners[0].FullName, page.QuerySelector("[data-valmsg-for=LearnerIds]")!.TextContent);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(new DateOnly(2026, 5, 4), (await check.Placements.SingleAsync(p => p.Id == second.Id)).StartDate);
    }

    [Fact]
    public async Task Post_NoEmployerForm_SkipsTheEmployerSteps()
    {
        var s = await Data.PlacementSetupAsync(2);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");

        var created = await client.PostFormAsync("/College/Placements/Save", PlacementForm(s, count: 2, formId: WorkshopFormId));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = Factory.CreateDbContext();
        var placement = await db.Placements.SingleAsync();
        Assert.Null(placement.EmployerId);
        Assert.Null(placement.Site);

        var details = await client.GetDocumentAsync($"/College/Placements/Details/{placement.Id}");
        Assert.Null(details.QuerySelector("form[action$='/Propose']"));
        var proposed = await client.PostFormAsync("/College/Placements/Propose", new() { ["Id"] = placement.Id.ToString(), ["Version"] = placement.Version.ToString() });
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);

        var started = await client.PostFormAsync("/College/Placements/Start", new() { ["Id"] = placement.Id.ToString(), ["Version"] = placement.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.InProgress, (await check.Placements.SingleAsync()).Status);
    }

    [Fact]
    public async Task Post_ChangeDatesAfterConfirmation_SendsItBackToTheEmployer()
    {
        var s = await Data.PlacementSetupAsync(1);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Confirmed, s.Learners);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");
        var edit = await client.GetDocumentAsync($"/College/Placements/Edit/{placement.Id}");
        Assert.NotNull(edit.QuerySelector(".alert-info")); // told before saving
        var fields = PlacementForm(s, count: 3, start: "2026-04-06", end: "2026-04-30");
        fields["Id"] = placement.Id.ToString();
        fields["Version"] = placement.Version.ToString();

        var response = await client.PostFormAsync("/College/Placements/Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.Include(p => p.History).SingleAsync();
        Assert.Equal(PlacementStatus.Proposed, saved.Status);
        var row = saved.History.Single(h => h.Action == "ChangeTerms");
        Assert.Equal(("Confirmed", "Proposed"), (row.FromStatus, row.ToStatus));
        Assert.Contains("06.04.2026", row.Comment);

        var employer = await SignInAsync(Roles.EmployerAdmin, s.Employer.Id, culture: "en");
        var inbox = await employer.GetDocumentAsync($"/Employer/Placements/Details/{placement.Id}");
        Assert.NotNull(inbox.QuerySelector("#amended"));
        Assert.NotNull(inbox.QuerySelector("form[action$='/Confirm']"));
    }

    [Fact]
    public async Task Post_CancelWithoutReason_IsRefused_WithReason_Cancels()
    {
        var s = await Data.PlacementSetupAsync(1);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Proposed, s.Learners);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");

        var refused = await client.PostFormAsync("/College/Placements/Cancel", new() { ["Id"] = placement.Id.ToString(), ["Version"] = placement.Version.ToString(), ["Reason"] = " " });
        var page = await PortalClient.ParseAsync(refused);
        Assert.Equal("Give the reason.", page.QuerySelector("[data-valmsg-for=Reason]")!.TextContent.Trim());

        var done = await client.PostFormAsync("/College/Placements/Cancel", new() { ["Id"] = placement.Id.ToString(), ["Version"] = placement.Version.ToString(), ["Reason"] = "Топ таратылды" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.Include(p => p.History).SingleAsync();
        Assert.Equal(PlacementStatus.Cancelled, saved.Status);
        Assert.Equal("Топ таратылды", saved.CancelReason);
        Assert.Contains(saved.History, h => h.Action == "Cancel" && h.Comment == "Топ таратылды");
    }

    [Fact]
    public async Task Post_StartAndComplete_WhenTheMentorIsAssigned()
    {
        var s = await Data.PlacementSetupAsync(1);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.MentorAssigned, s.Learners);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/College/Placements/Start", new() { ["Id"] = placement.Id.ToString(), ["Version"] = placement.Version.ToString() })).StatusCode);
        await using var db = Factory.CreateDbContext();
        var started = await db.Placements.SingleAsync();
        Assert.Equal(PlacementStatus.InProgress, started.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/College/Placements/Complete", new() { ["Id"] = placement.Id.ToString(), ["Version"] = started.Version.ToString() })).StatusCode);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Completed, (await check.Placements.SingleAsync()).Status);
    }

    [Theory]
    [InlineData("/College/Placements/Details/{0}")]
    [InlineData("/College/Placements/Edit/{0}")]
    public async Task Get_OtherCollegesPlacement_ReturnsNotFound(string url)
    {
        var theirs = await Data.PlacementAsync(await Data.CollegeAsync(), await Data.EmployerAsync(), PlacementStatus.Confirmed);
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync(string.Format(url, theirs.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Save")]
    [InlineData("Propose")]
    [InlineData("Cancel")]
    [InlineData("Start")]
    [InlineData("Complete")]
    [InlineData("Assess")]
    public async Task Post_OtherCollegesPlacement_ReturnsNotFoundAndChangesNothing(string action)
    {
        var s = await Data.PlacementSetupAsync(1);
        var theirs = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Confirmed, s.Learners);
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var fields = PlacementForm(s, learners: [], count: 5);
        fields["Id"] = theirs.Id.ToString();
        fields["Version"] = theirs.Version.ToString();
        fields["Reason"] = "Бузулду";

        var response = await client.PostFormAsync($"/College/Placements/{action}", fields);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var unchanged = await db.Placements.Include(p => p.Learners).SingleAsync();
        Assert.Equal((PlacementStatus.Confirmed, 3, 1, theirs.Version), (unchanged.Status, unchanged.RequestedCount, unchanged.Learners.Count, unchanged.Version));
    }

    [Fact]
    public async Task Post_LearnerOfAnotherCollege_ReturnsNotFoundAndSavesNothing()
    {
        var s = await Data.PlacementSetupAsync(1);
        var stranger = await Data.LearnerAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);

        var response = await client.PostFormAsync("/College/Placements/Save", PlacementForm(s, learners: [stranger]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Placements.AnyAsync());
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Get_Index_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/College/Placements")).StatusCode);
    }

    [Fact]
    public async Task Get_IndexFilteredByStatus_ListsOnlyThoseOfOwnCollege()
    {
        var s = await Data.PlacementSetupAsync(0);
        await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Draft);
        await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Confirmed);
        await Data.PlacementAsync(await Data.CollegeAsync(), s.Employer, PlacementStatus.Confirmed);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);

        var all = await client.GetDocumentAsync("/College/Placements");
        var confirmed = await client.GetDocumentAsync("/College/Placements?status=Confirmed");

        Assert.Equal(2, all.QuerySelectorAll("tbody tr").Length);
        Assert.Single(confirmed.QuerySelectorAll("tbody tr"));
        Assert.Equal("Confirmed", confirmed.QuerySelector("tbody [data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var s = await Data.PlacementSetupAsync(0);
        for (var i = 0; i < 22; i++)
        {
            await Data.PlacementAsync(s.College, s.Employer, i % 2 == 0 ? PlacementStatus.Proposed : PlacementStatus.Confirmed);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Placements");
        counter.Reset();

        var response = await client.GetAsync("/College/Placements?page=2&sort=employer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(counter.Count, 1, 8);
    }

    [Fact]
    public async Task Get_Details_IssuesBoundedNumberOfSqlCommands()
    {
        var s = await Data.PlacementSetupAsync(12);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.MentorAssigned, s.Learners);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync($"/College/Placements/Details/{placement.Id}");
        counter.Reset();

        var page = await client.GetDocumentAsync($"/College/Placements/Details/{placement.Id}");

        Assert.Equal(12, page.QuerySelectorAll("#placement-learners li").Length);
        Assert.InRange(counter.Count, 1, 8);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var s = await Data.PlacementSetupAsync(0);
        await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Confirmed);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);

        var response = await client.GetAsync("/College/Placements/Export?status=Confirmed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await response.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task Post_StaleVersion_TellsTheSecondTabAndKeepsTheFirstChange()
    {
        var s = await Data.PlacementSetupAsync(1);
        var placement = await Data.PlacementAsync(s.College, s.Employer, PlacementStatus.Draft, s.Learners);
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: "en");
        var first = PlacementForm(s, count: 3, start: "2026-04-01", end: "2026-04-28");
        first["Id"] = placement.Id.ToString();
        first["Version"] = placement.Version.ToString();
        first["Site"] = "Биринчи цех";
        var second = new Dictionary<string, string>(first) { ["Site"] = "Экинчи цех", ["RequestedCount"] = "5" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/College/Placements/Save", first)).StatusCode);

        var response = await client.PostFormAsync("/College/Placements/Save", second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Someone else changed this record", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("Биринчи цех", page.QuerySelector("#Site")!.GetAttribute("value"));
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.SingleAsync();
        Assert.Equal(("Биринчи цех", 3), (saved.Site, saved.RequestedCount));

        // A step from a stale tab is refused the same way.
        var propose = await client.PostFormAsync("/College/Placements/Propose", new() { ["Id"] = placement.Id.ToString(), ["Version"] = placement.Version.ToString() });
        Assert.Contains("Someone else changed this record", (await PortalClient.ParseAsync(propose)).QuerySelector("[role=alert]")!.TextContent);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(PlacementStatus.Draft, (await check.Placements.SingleAsync()).Status);
    }
}
