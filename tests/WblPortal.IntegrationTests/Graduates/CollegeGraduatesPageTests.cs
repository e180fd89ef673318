using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Graduates;

public sealed class CollegeGraduatesPageTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));

    private static Dictionary<string, string> Employment(Guid learnerId, int checkpoint = 6, string status = "EmployedInSpecialty", string? employer = "ЖЧК «Ала-Тоо Курулуш»",
        uint version = 0, Guid? wblEmployer = null, string? position = "Уста")
    {
        var fields = new Dictionary<string, string>
        {
            ["LearnerId"] = learnerId.ToString(),
            ["Checkpoint"] = checkpoint.ToString(),
            ["Version"] = version.ToString(),
            ["Status"] = status,
        };
        if (employer is not null) fields["EmployerName"] = employer;
        if (position is not null) fields["Position"] = position;
        if (wblEmployer is not null) fields["WblEmployerId"] = wblEmployer.Value.ToString();
        return fields;
    }

    [Fact]
    public async Task Get_Index_ListsOwnGraduatesWithDueOverdueAndRecordedCheckpoints()
    {
        var college = await Data.CollegeAsync();
        var overdue = await Data.GraduateAsync(college, Today.AddMonths(-8), configure: l => l.LastName = "Өмүрбеков");
        var recorded = await Data.GraduateAsync(college, Today.AddMonths(-13), configure: l => l.LastName = "Бакытова");
        await Data.EmploymentAsync(recorded, EmploymentCheckpoint.SixMonths, EmploymentStatus.Studying, "КМТУ");
        var due = await Data.GraduateAsync(college, Today.AddMonths(-6).AddDays(-3), configure: l => l.LastName = "Ңазарова");
        await Data.LearnerAsync(college, configure: l => l.LastName = "Окуп-Жүргөн");
        await Data.GraduateAsync(await Data.CollegeAsync(), configure: l => l.LastName = "Бөтөнов");
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var page = await client.GetDocumentAsync("/College/Graduates");

        var text = page.QuerySelector("[data-testid=graduates]")!.TextContent;
        Assert.Contains("Өмүрбеков", text);
        Assert.DoesNotContain("Окуп-Жүргөн", text);
        Assert.DoesNotContain("Бөтөнов", text);
        string State(Guid id, int checkpoint) =>
            page.QuerySelector($"tr[data-learner='{id}'] td[data-checkpoint='{checkpoint}'] [data-state]")?.GetAttribute("data-state") ?? "";
        Assert.Equal("Overdue", State(overdue.Id, 6));
        Assert.Equal("Upcoming", State(overdue.Id, 12));
        Assert.Equal("Due", State(due.Id, 6));
        Assert.Equal("Overdue", State(recorded.Id, 12));
        Assert.Equal("Studying", page.QuerySelector($"tr[data-learner='{recorded.Id}'] td[data-checkpoint='6'] [data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Get_Index_FiltersByYearGroupPendingAndSearch()
    {
        var college = await Data.CollegeAsync();
        var groupA = await Data.GroupAsync(college, configure: g => g.Name = "ТЕХ-21");
        var groupB = await Data.GroupAsync(college, configure: g => g.Name = "ЭЛ-21");
        await Data.GraduateAsync(college, new DateOnly(2024, 6, 28), groupA, l => l.LastName = "Эскиев");
        var recent = await Data.GraduateAsync(college, Today.AddMonths(-7), groupB, l => l.LastName = "Жаңыбаев");
        var done = await Data.GraduateAsync(college, Today.AddMonths(-7), groupB, l => l.LastName = "Даярова");
        await Data.EmploymentAsync(done, employerName: "Кумтөр");
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var byYear = (await client.GetDocumentAsync("/College/Graduates?year=2024")).QuerySelector("[data-testid=graduates]")!.TextContent;
        var byGroup = (await client.GetDocumentAsync($"/College/Graduates?group={groupB.Id}")).QuerySelector("[data-testid=graduates]")!.TextContent;
        var pending = (await client.GetDocumentAsync($"/College/Graduates?group={groupB.Id}&pending=true")).QuerySelector("[data-testid=graduates]")!.TextContent;
        var search = (await client.GetDocumentAsync("/College/Graduates?q=кумтөр")).QuerySelector("[data-testid=graduates]")!.TextContent;

        Assert.Contains("Эскиев", byYear);
        Assert.DoesNotContain("Жаңыбаев", byYear);
        Assert.Contains("Жаңыбаев", byGroup);
        Assert.DoesNotContain("Эскиев", byGroup);
        Assert.Contains(recent.LastName, pending);
        Assert.DoesNotContain("Даярова", pending);
        Assert.Contains("Даярова", search);
        Assert.DoesNotContain("Жаңыбаев", search);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var college = await Data.CollegeAsync();
        await Data.EmploymentAsync(await Data.GraduateAsync(college));
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.GetAsync("/College/Graduates/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_Graduation_SetsDateForEveryLearnerOfTheGroup()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var a = await Data.LearnerAsync(college, group);
        var b = await Data.LearnerAsync(college, group);
        var other = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync("/College/Graduates/Graduation",
            new() { ["GroupId"] = group.Id.ToString(), ["GraduatedOn"] = "2025-06-27" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var dates = await db.Learners.Where(l => l.Id == a.Id || l.Id == b.Id || l.Id == other.Id).ToDictionaryAsync(l => l.Id, l => l.GraduatedOn);
        Assert.Equal(new DateOnly(2025, 6, 27), dates[a.Id]);
        Assert.Equal(new DateOnly(2025, 6, 27), dates[b.Id]);
        Assert.Null(dates[other.Id]);
    }

    [Fact]
    public async Task Post_Graduation_WithoutDate_ShowsMessageNextToFieldAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var learner = await Data.LearnerAsync(college, group);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "ru-KG");

        var response = await client.PostFormAsync("/College/Graduates/Graduation", new() { ["GroupId"] = group.Id.ToString(), ["GraduatedOn"] = "" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for=GraduatedOn]")!.TextContent));
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Learners.SingleAsync(l => l.Id == learner.Id)).GraduatedOn);
    }

    [Fact]
    public async Task Post_Graduation_OtherCollegesGroup_ReturnsNotFound()
    {
        var college = await Data.CollegeAsync();
        var otherGroup = await Data.GroupAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync("/College/Graduates/Graduation", new() { ["GroupId"] = otherGroup.Id.ToString(), ["GraduatedOn"] = "2025-06-27" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_Save_RecordsEmploymentWithWhoAndWhen_AndKeepsHistoryOfUpdates()
    {
        var college = await Data.CollegeAsync();
        var graduate = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var first = await client.PostFormAsync("/College/Graduates/Save", Employment(graduate.Id));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        uint version;
        await using (var db = Factory.CreateDbContext())
        {
            var row = await db.GraduateEmployments.SingleAsync(e => e.LearnerId == graduate.Id);
            Assert.Equal(EmploymentStatus.EmployedInSpecialty, row.Status);
            Assert.Equal("ЖЧК «Ала-Тоо Курулуш»", row.EmployerName);
            Assert.Equal(Today, row.RecordedOn);
            Assert.False(row.RecordedByGraduate);
            Assert.False(string.IsNullOrEmpty(row.RecordedByUserId));
            version = row.Version;
        }

        var second = await client.PostFormAsync("/College/Graduates/Save", Employment(graduate.Id, status: "NotEmployed", employer: null, version: version));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        await using var check = Factory.CreateDbContext();
        var updated = await check.GraduateEmployments.SingleAsync(e => e.LearnerId == graduate.Id);
        Assert.Equal(EmploymentStatus.NotEmployed, updated.Status);
        Assert.Null(updated.Position);
        var history = await check.GraduateEmploymentHistory.Where(h => h.EmploymentId == updated.Id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync();
        Assert.Equal(["Record", "Update"], history.Select(h => h.Action));
        Assert.Equal("EmployedInSpecialty", history[1].FromStatus);
        Assert.Equal("NotEmployed", history[1].ToStatus);
        var page = await client.GetDocumentAsync($"/College/Graduates/Edit?learnerId={graduate.Id}&checkpoint=6");
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=history] tbody tr").Length);
    }

    [Fact]
    public async Task Post_Save_AtWblEmployer_TakesTheEmployerOfTheGraduatesPlacement()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync(e => e.Name = "ААК «Кыргызтелеком»");
        var graduate = await Data.GraduateAsync(college);
        await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [graduate]);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var form = await client.GetDocumentAsync($"/College/Graduates/Edit?learnerId={graduate.Id}&checkpoint=12");
        Assert.Contains("ААК «Кыргызтелеком»", form.QuerySelector("#wbl-employer")!.TextContent);
        var response = await client.PostFormAsync("/College/Graduates/Save",
            Employment(graduate.Id, 12, "AtWblEmployer", employer: null, wblEmployer: employer.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var row = await db.GraduateEmployments.SingleAsync(e => e.LearnerId == graduate.Id);
        Assert.Equal(EmploymentCheckpoint.TwelveMonths, row.Checkpoint);
        Assert.Equal(employer.Id, row.EmployerId);
        Assert.Equal("ААК «Кыргызтелеком»", row.EmployerName);
    }

    [Fact]
    public async Task Post_Save_AtAnEmployerWithoutPlacement_ShowsMessageNextToFieldAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var stranger = await Data.EmployerAsync();
        var graduate = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Graduates/Save", Employment(graduate.Id, status: "AtWblEmployer", wblEmployer: stranger.Id));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Choose the employer of one of the graduate's placements.", page.QuerySelector("[data-valmsg-for=WblEmployerId]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.GraduateEmployments.AnyAsync());
    }

    [Theory]
    [InlineData("ky-KG", "Иш берүүчүнүн аталышын жазыңыз.")]
    [InlineData("ru-KG", "Укажите название работодателя.")]
    public async Task Post_Save_EmployedWithoutEmployerName_ShowsLocalizedMessageAndSavesNothing(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var graduate = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Graduates/Save", Employment(graduate.Id, status: "EmployedOutsideSpecialty", employer: " "));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=EmployerName]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.GraduateEmployments.AnyAsync());
    }

    [Fact]
    public async Task Post_Save_WithoutStatus_ShowsMessageNextToField()
    {
        var college = await Data.CollegeAsync();
        var graduate = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "en");

        var fields = Employment(graduate.Id);
        fields.Remove("Status");
        var page = await PortalClient.ParseAsync(await client.PostFormAsync("/College/Graduates/Save", fields));

        Assert.Equal("Choose the employment status.", page.QuerySelector("[data-valmsg-for=Status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_Save_NotGraduatedLearner_IsRefusedWithMessage()
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "en");

        var page = await PortalClient.ParseAsync(await client.PostFormAsync("/College/Graduates/Save", Employment(learner.Id)));

        Assert.NotNull(page.QuerySelector("[data-testid=not-graduated]"));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.GraduateEmployments.AnyAsync());
    }

    [Fact]
    public async Task Post_Save_StaleVersion_TellsTheSecondEditorAndKeepsTheFirstEdit()
    {
        var college = await Data.CollegeAsync();
        var graduate = await Data.GraduateAsync(college);
        var row = await Data.EmploymentAsync(graduate);
        var first = await SignInAsync(Roles.CollegeStaff, college.Id);
        var second = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var saved = await first.PostFormAsync("/College/Graduates/Save", Employment(graduate.Id, employer: "Биринчи ЖЧК", version: row.Version));
        var stale = await second.PostFormAsync("/College/Graduates/Save", Employment(graduate.Id, employer: "Экинчи ЖЧК", version: row.Version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await PortalClient.ParseAsync(stale);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Биринчи ЖЧК", page.QuerySelector("#employer-name")!.GetAttribute("value"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Биринчи ЖЧК", (await db.GraduateEmployments.SingleAsync()).EmployerName);
    }

    [Fact]
    public async Task Post_Save_FirstRecordWhenSomeoneRecordedMeanwhile_IsAConflict()
    {
        var college = await Data.CollegeAsync();
        var graduate = await Data.GraduateAsync(college);
        await Data.EmploymentAsync(graduate, employerName: "Биринчи ЖЧК");
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync("/College/Graduates/Save", Employment(graduate.Id, employer: "Экинчи ЖЧК", version: 0));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Биринчи ЖЧК", (await db.GraduateEmployments.SingleAsync()).EmployerName);
    }

    [Fact]
    public async Task GetAndPost_OtherCollegesGraduate_ReturnNotFound()
    {
        var college = await Data.CollegeAsync();
        var stranger = await Data.GraduateAsync(await Data.CollegeAsync());
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var get = await client.GetAsync($"/College/Graduates/Edit?learnerId={stranger.Id}&checkpoint=6");
        var post = await client.PostFormAsync("/College/Graduates/Save", Employment(stranger.Id));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.GraduateEmployments.AnyAsync());
    }

    [Fact]
    public async Task Get_Edit_UnknownCheckpoint_ReturnsBadRequest()
    {
        var college = await Data.CollegeAsync();
        var graduate = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.GetAsync($"/College/Graduates/Edit?learnerId={graduate.Id}&checkpoint=7");

        // A checkpoint other than 6 or 12 months is junk input: refused with the reason before any look-up.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin, "/College/Graduates")]
    [InlineData(Roles.Mentor, "/College/Graduates")]
    [InlineData(Roles.Learner, "/College/Graduates")]
    [InlineData(Roles.MinistryAnalyst, "/College/Graduates")]
    [InlineData(Roles.EmployerAdmin, "/College/Graduates/Export")]
    [InlineData(Roles.Mentor, "/College/Graduates/Graduation")]
    public async Task Get_AsOtherRole_IsForbidden(string role, string url)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_Save_AsEmployer_IsForbidden()
    {
        var college = await Data.CollegeAsync();
        var graduate = await Data.GraduateAsync(college);
        var client = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);

        var response = await client.PostFormAsync("/College/Graduates/Save", Employment(graduate.Id));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Ministry_ReadsGraduateEmploymentButCannotWriteIt()
    {
        var college = await Data.CollegeAsync();
        var row = await Data.EmploymentAsync(await Data.GraduateAsync(college));
        var ministry = new Actor("ministry-user", Roles.MinistryAnalyst, OrganizationKind.Ministry, (await Data.MinistryAsync()).Id);

        await using var db = Factory.CreateDbContext(ministry);
        var read = await db.GraduateEmployments.SingleAsync(e => e.Id == row.Id);
        Assert.Equal(1, await db.GraduateEmploymentHistory.CountAsync());
        db.Entry(read).Property(e => e.Position).CurrentValue = "Башкы инженер";
        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Employer_SeesNoGraduateEmployment()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var graduate = await Data.GraduateAsync(college);
        await Data.PlacementAsync(college, employer, PlacementStatus.Confirmed, [graduate]);
        await Data.EmploymentAsync(graduate, status: EmploymentStatus.AtWblEmployer, employerName: null, wblEmployer: employer);

        await using var db = Factory.CreateDbContext(new Actor("employer-user", Roles.EmployerAdmin, OrganizationKind.Employer, employer.Id));

        Assert.False(await db.GraduateEmployments.AnyAsync());
        Assert.False(await db.GraduateEmploymentHistory.AnyAsync());
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        for (var i = 0; i < 6; i++)
        {
            await Data.EmploymentAsync(await Data.GraduateAsync(college));
        }

        var client = await SignInAsync(Roles.CollegeStaff, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        counter.Reset();

        await client.GetDocumentAsync("/College/Graduates");

        Assert.InRange(counter.Count, 1, 12);
    }
}
