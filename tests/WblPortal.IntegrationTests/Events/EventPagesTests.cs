using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Events;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Events;

public sealed class EventPagesTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Post_NewJobFairWithPartnerEmployers_SavesParticipantsAndShowsItsStage()
    {
        await Data.EnsureWblFormsAsync();
        var college = await Data.CollegeAsync();
        var partner = await Data.EmployerAsync(e => e.Name = "\"Өнөр\" ЖЧК");
        await Data.SignedPartnershipAsync(college, partner);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync("/College/Events/Save", new()
        {
            ["FormId"] = TestData.JobFairFormId.ToString(),
            ["Title"] = "Кесиптер жарманкеси — 2026",
            ["StartsAt"] = "2026-12-10T10:00",
            ["Location"] = "Спорт зал",
            ["EmployerIds"] = partner.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var ev = await db.InformationEvents.Include(e => e.Participants).SingleAsync();
        Assert.Equal(college.Id, ev.CollegeId);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 4, 0, 0, TimeSpan.Zero), ev.StartsAt);
        Assert.Equal(partner.Id, Assert.Single(ev.Participants).EmployerId);
        var page = await client.GetDocumentAsync($"/College/Events/Details/{ev.Id}");
        Assert.Equal("0-баскыч: ЖООго даярдануу", page.QuerySelector("[data-testid=stage]")!.TextContent.Trim());
        Assert.Contains("Өнөр", page.QuerySelector("[data-testid=participants]")!.TextContent);
    }

    [Fact]
    public async Task Edit_ShowsBishkekTimeAndSavingWithoutAnEmployerRemovesItsParticipation()
    {
        var college = await Data.CollegeAsync();
        var partner = await Data.EmployerAsync();
        await Data.SignedPartnershipAsync(college, partner);
        var ev = await Data.EventAsync(college, [partner], startsAt: new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.FromHours(6)));
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var form = await client.GetDocumentAsync($"/College/Events/Edit/{ev.Id}");
        Assert.Equal("01.12.2026 15:30", form.QuerySelector("#StartsAt")!.GetAttribute("value"));
        Assert.True(form.QuerySelector($"#emp-{partner.Id}")!.HasAttribute("checked"));

        var response = await client.PostFormAsync("/College/Events/Save", new()
        {
            ["Id"] = ev.Id.ToString(), ["Version"] = ev.Version.ToString(), ["FormId"] = TestData.GuestLectureFormId.ToString(),
            ["Title"] = "Өзгөртүлгөн лекция", ["StartsAt"] = "2026-12-02T09:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.InformationEvents.Include(e => e.Participants).SingleAsync();
        Assert.Equal("Өзгөртүлгөн лекция", saved.Title);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero), saved.StartsAt);
        Assert.Empty(saved.Participants);
    }

    [Fact]
    public async Task Post_EmployerWithoutPartnershipOrStage3Form_IsRefusedAndSavesNothing()
    {
        await Data.EnsureWblFormsAsync();
        var college = await Data.CollegeAsync();
        var stranger = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Events/Save", new()
        {
            ["FormId"] = TestData.ProductionPracticeFormId.ToString(),
            ["Title"] = "Экскурсия",
            ["StartsAt"] = "2026-12-10T10:00",
            ["EmployerIds"] = stranger.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Choose a stage 0 or 1 form (guest lecture, job fair, excursion, master class…).", page.QuerySelector("[data-valmsg-for=FormId]")!.TextContent.Trim());
        Assert.Equal("Choose employers your college has a partnership with.", page.QuerySelector("[data-valmsg-for=EmployerIds]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.InformationEvents.AnyAsync());
    }

    [Fact]
    public async Task Post_MarkHeldThenAttendance_RecordsTickedLearnersOfChosenGroup()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var came = await Data.LearnerAsync(college, group);
        var absent = await Data.LearnerAsync(college, group);
        var ev = await Data.EventAsync(college, formId: TestData.ExcursionFormId);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/College/Events/MarkHeld",
            new() { ["Id"] = ev.Id.ToString(), ["Version"] = ev.Version.ToString() })).StatusCode);
        var page = await client.GetDocumentAsync($"/College/Events/Details/{ev.Id}?groupIds={group.Id}");
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=attendance] tbody tr").Length);

        var response = await client.PostFormAsync("/College/Events/Attendance", new()
        {
            ["Id"] = ev.Id.ToString(), ["GroupIds"] = group.Id.ToString(), ["Attended"] = came.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var rows = await db.EventAttendance.Where(a => a.EventId == ev.Id).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.True(rows.Single(r => r.LearnerId == came.Id).Attended);
        Assert.False(rows.Single(r => r.LearnerId == absent.Id).Attended);
        var list = await client.GetDocumentAsync("/College/Events");
        Assert.Contains("1-баскыч", list.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Post_AttendanceBeforeTheEventIsHeld_IsRefused()
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college);
        var ev = await Data.EventAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Events/Attendance", new()
        {
            ["Id"] = ev.Id.ToString(), ["GroupIds"] = learner.GroupId.ToString(), ["Attended"] = learner.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Attendance is recorded once the event has been held.", (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.EventAttendance.AnyAsync());
    }

    [Fact]
    public async Task Get_Index_ByMonth_ListsThatMonthsEventsOnly()
    {
        var college = await Data.CollegeAsync();
        await Data.EventAsync(college, title: "Март иш-чарасы", startsAt: new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(6)));
        await Data.EventAsync(college, title: "Апрель иш-чарасы", startsAt: new DateTimeOffset(2026, 4, 1, 0, 30, 0, TimeSpan.FromHours(6)));
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Events?year=2026&month=3");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("Март иш-чарасы", rows[0].TextContent);
    }

    [Fact]
    public async Task Get_Index_ListsUpcomingBeforePast()
    {
        var college = await Data.CollegeAsync();
        await Data.EventAsync(college, title: "Өткөн", startsAt: DateTimeOffset.UtcNow.AddDays(-3));
        await Data.EventAsync(college, title: "Алдыдагы", startsAt: DateTimeOffset.UtcNow.AddDays(3));
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Events");

        var titles = page.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Алдыдагы", "Өткөн"], titles);
    }

    [Fact]
    public async Task Get_EmployerEvents_ListsOnlyEventsItTakesPartIn()
    {
        var employer = await Data.EmployerAsync();
        var college = await Data.CollegeAsync();
        var mine = await Data.EventAsync(college, [employer], title: "Биздин лекция");
        await Data.EventAsync(college, [await Data.EmployerAsync()], title: "Башка лекция");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var page = await client.GetDocumentAsync("/Employer/Events");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("Биздин лекция", rows[0].TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Employer/Events/Details/{mine.Id}")).StatusCode);
    }

    [Fact]
    public async Task OtherCollegesEvent_AnswersNotFoundOnGetAndEveryPost()
    {
        await Data.EnsureWblFormsAsync();
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var theirs = await Data.EventAsync(other, title: "Өзгөрбөйт");
        var theirsHeld = await Data.EventAsync(other, held: true);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);
        var stranger = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var id = theirs.Id.ToString();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Events/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Events/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Employer/Events/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Events/Save", new()
        {
            ["Id"] = id, ["Version"] = theirs.Version.ToString(), ["FormId"] = "1", ["Title"] = "Бузулду", ["StartsAt"] = "2026-12-10T10:00",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Events/MarkHeld", new() { ["Id"] = id, ["Version"] = "0" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Events/Cancel", new() { ["Id"] = id, ["Version"] = "0", ["Reason"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Events/Attendance", new() { ["Id"] = theirsHeld.Id.ToString() })).StatusCode);

        await using var db = Factory.CreateDbContext();
        var unchanged = await db.InformationEvents.SingleAsync(e => e.Id == theirs.Id);
        Assert.Equal("Өзгөрбөйт", unchanged.Title);
        Assert.Equal(EventStatus.Planned, unchanged.Status);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin, "/College/Events")]
    [InlineData(Roles.Mentor, "/College/Events")]
    [InlineData(Roles.Learner, "/College/Events")]
    [InlineData(Roles.MinistryAnalyst, "/College/Events")]
    [InlineData(Roles.CollegeStaff, "/Employer/Events")]
    public async Task Get_Index_AsRoleWithoutAccess_IsForbidden(string role, string url)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var college = await Data.CollegeAsync();
        await Data.EventAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync("/College/Events/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        for (var i = 0; i < 25; i++)
        {
            await Data.EventAsync(college, [employer]);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Events?page=2");
        counter.Reset();

        await client.GetAsync("/College/Events?page=2");

        Assert.InRange(counter.Count, 1, 7);
    }

    [Fact]
    public async Task Get_Index_ChoosesTheMonthWithTwoSelects_MonthNamesInKyrgyz_NoNativeMonthInput()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Events?year=2026&month=3");

        Assert.Empty(page.QuerySelectorAll("input[type=month]"));
        var months = page.QuerySelectorAll("select#event-month option[value]:not([value=''])").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal("Март", page.QuerySelector("select#event-month option[selected]")!.TextContent.Trim());
        Assert.Equal("2026", page.QuerySelector("select#event-year option[selected]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("label[for=event-month]"));
        Assert.NotNull(page.QuerySelector("label[for=event-year]"));
        Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "?year=2026&month=4");
    }

    [Theory]
    [InlineData("/College/Events?month=13")]
    [InlineData("/College/Events?month=0&year=2026")]
    [InlineData("/College/Events?month=-1")]
    [InlineData("/College/Events?month=2026-03")]
    [InlineData("/College/Events?year=9999&month=3")]
    [InlineData("/College/Events?year=0&month=3")]
    [InlineData("/College/Events/Export?month=99")]
    public async Task Get_Index_WithJunkMonthOrYear_AnswersALocalized400(string url)
    {
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"ky\"", text);
    }

    [Fact]
    public async Task Get_EmployerEvents_WithJunkMonth_AnswersA400_AndAMonthAsAnotherRole_IsForbidden()
    {
        var employer = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var learner = await SignInAsync(Roles.Learner, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/Employer/Events?month=13")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Employer/Events?year=2026&month=3")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/College/Events?year=2026&month=3")).StatusCode);
    }
}
