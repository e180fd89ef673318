using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Programmes;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Programmes;

public sealed class ProgrammePagesTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const int ProductionPractice = TestData.ProductionPracticeFormId;

    [Fact]
    public async Task HappyPath_CreateFillSubmitApprove_RecordsApprovalAndHistory()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var competency = await Data.CompetencyAsync(specialty);
        var employer = await Data.EmployerAsync();
        await Data.EnsureWblFormsAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var created = await client.PostFormAsync("/College/Programmes/Create", new() { ["SpecialtyId"] = specialty.Id.ToString(), ["AcademicYear"] = "2026" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.RedirectedId();
        var url = $"/College/Programmes/Details/{id}";

        var programme = await Data.StoredProgrammeAsync(id);
        AssertRedirect(await client.PostFormAsync($"/College/Programmes/SaveSections/{id}", new()
        {
            ["Sections.Version"] = programme.Version.ToString(), ["Sections.SpecialtyCode"] = specialty.Code, ["Sections.SpecialtyName"] = "Электр монтёру",
            ["Sections.NormativeBasis"] = "Мамлекеттик билим берүү стандарты", ["Sections.Goal"] = "Кесиптик көндүмдөр", ["Sections.Procedure"] = "Тартиби",
            ["Sections.SafetyRules"] = "Эмгекти коргоо", ["Sections.TotalStudyHours"] = "2000", ["Sections.MentorMinYearsOfExperience"] = "3",
            ["Sections.MentorPedagogicalTrainingRequired"] = "true",
        }));
        AssertRedirect(await client.PostFormAsync($"/College/Programmes/SetLoad/{id}", new() { ["Load.FormId"] = $"{ProductionPractice}", ["Load.Semester"] = "4", ["Load.Hours"] = "900" }));
        AssertRedirect(await client.PostFormAsync($"/College/Programmes/AddOutcome/{id}", new()
        {
            ["Outcome.Code"] = "ОН-1", ["Outcome.Text"] = "Электр жабдууларын орнотот", ["Outcome.CompetencyIds"] = competency.Id.ToString(),
        }));
        AssertRedirect(await client.PostFormAsync($"/College/Programmes/SetContent/{id}", new()
        {
            ["Content.FormId"] = $"{ProductionPractice}", ["Content.Themes"] = "Темалар", ["Content.WorkEnvironment"] = "Цех",
            ["Content.AssessmentRules"] = "Насаатчы менен бирге баалоо", ["Content.RecognitionRules"] = "Зачет",
        }));

        programme = await Data.StoredProgrammeAsync(id);
        AssertRedirect(await client.PostFormAsync($"/College/Programmes/Transition/{id}", new()
        {
            ["Transition.Version"] = programme.Version.ToString(), ["Transition.Step"] = "Submit", ["Transition.EmployerIds"] = employer.Id.ToString(),
        }));
        programme = await Data.StoredProgrammeAsync(id);
        Assert.Equal(ProgrammeStatus.UnderDiscussion, programme.Status);
        AssertRedirect(await client.PostFormAsync($"/College/Programmes/Transition/{id}", new()
        {
            ["Transition.Version"] = programme.Version.ToString(), ["Transition.Step"] = "Approve", ["Transition.OrderNumber"] = "45/1",
            ["Transition.OrderDate"] = "2026-08-28",
        }));

        var saved = await Data.StoredProgrammeAsync(id);
        Assert.Equal(ProgrammeStatus.Approved, saved.Status);
        Assert.Equal("45/1", saved.ApprovalOrderNumber);
        Assert.Equal(new DateOnly(2026, 8, 28), saved.ApprovalDate);
        Assert.Equal(["Create", "SubmitForDiscussion", "Approve"], saved.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => h.Action));
        Assert.Equal(3, saved.MentorRequirements.MinYearsOfExperience);
        var page = await client.GetDocumentAsync(url);
        Assert.Equal("Approved", page.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll("#history tbody tr").Length);
        Assert.Contains("45/1", page.QuerySelector("[data-testid=approval]")!.TextContent);
        Assert.Contains("Электр жабдууларын орнотот", page.QuerySelector("#outcomes")!.TextContent);
        Assert.Contains(competency.Code, page.QuerySelector("#outcomes")!.TextContent);
        Assert.Contains("900", page.QuerySelector("#schedule")!.TextContent);
    }

    [Fact]
    public async Task Post_CopyToNextYear_CreatesDraftForNextYearAndLeavesOriginal()
    {
        var college = await Data.CollegeAsync();
        var approved = await Data.ProgrammeAsync(college, ProgrammeStatus.Approved, academicYear: 2025);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync($"/College/Programmes/Transition/{approved.Id}", new()
        {
            ["Transition.Version"] = (await Data.StoredProgrammeAsync(approved.Id)).Version.ToString(), ["Transition.Step"] = "CopyToNextYear",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var copy = await db.Programmes.Include(p => p.Loads).Include(p => p.Outcomes).SingleAsync(p => p.Id != approved.Id);
        Assert.Equal(2026, copy.AcademicYear);
        Assert.Equal(ProgrammeStatus.Draft, copy.Status);
        Assert.Equal(approved.Id, copy.CopiedFromId);
        Assert.Equal(500, copy.WblHours);
        Assert.Single(copy.Outcomes);
        Assert.EndsWith(copy.Id.ToString(), response.Headers.Location!.OriginalString);
        Assert.Equal(ProgrammeStatus.Approved, (await db.Programmes.SingleAsync(p => p.Id == approved.Id)).Status);
    }

    [Fact]
    public async Task Get_Details_FlagsShareBelowTheLevelsMinimum()
    {
        var college = await Data.CollegeAsync();
        var below = await Data.ProgrammeWithTotalHoursAsync(college, 2000); // 500 / 2000 = 25 % < 40 % (level 5)
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var page = await client.GetDocumentAsync($"/College/Programmes/Details/{below.Id}");

        var flag = page.QuerySelector("[data-share=below]");
        Assert.NotNull(flag);
        Assert.Contains("25 % is below the minimum of 40 %", flag.TextContent);
        var list = await client.GetDocumentAsync("/College/Programmes");
        Assert.NotNull(list.QuerySelector("tbody [data-share=below]"));
    }

    [Fact]
    public async Task Get_Details_DoesNotFlagShareAboveTheMinimum()
    {
        var college = await Data.CollegeAsync();
        var above = await Data.ProgrammeWithTotalHoursAsync(college, 1000); // 50 % >= 40 %
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync($"/College/Programmes/Details/{above.Id}");

        Assert.Null(page.QuerySelector("[data-share=below]"));
        Assert.NotNull(page.QuerySelector("[data-share=ok]"));
        var list = await client.GetDocumentAsync("/College/Programmes");
        Assert.Null(list.QuerySelector("tbody [data-share=below]"));
    }

    [Theory]
    [InlineData("ky-KG", "Бул талааны толтуруңуз.")]
    [InlineData("ru-KG", "Заполните это поле.")]
    [InlineData("en", "Fill in this field.")]
    public async Task Post_LoadWithoutHours_ShowsLocalizedMessageNextToFieldAndSavesNothing(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);

        var response = await client.PostFormAsync($"/College/Programmes/SetLoad/{programme.Id}", new() { ["Load.FormId"] = $"{ProductionPractice}", ["Load.Semester"] = "5", ["Load.Hours"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for='Load.Hours']")!.TextContent.Trim());
        Assert.Single((await Data.StoredProgrammeAsync(programme.Id)).Loads);
    }

    [Fact]
    public async Task Post_SectionsWithNegativeTotalHours_ShowsMessageAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "ru-KG");

        var response = await client.PostFormAsync($"/College/Programmes/SaveSections/{programme.Id}", new()
        {
            ["Sections.Version"] = (await Data.StoredProgrammeAsync(programme.Id)).Version.ToString(), ["Sections.SpecialtyCode"] = "1",
            ["Sections.SpecialtyName"] = "Бузулду", ["Sections.TotalStudyHours"] = "-5",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Введите число от 0 до 20000.", page.QuerySelector("[data-valmsg-for='Sections.TotalStudyHours']")!.TextContent.Trim());
        var stored = await Data.StoredProgrammeAsync(programme.Id);
        Assert.Equal(1000, stored.TotalStudyHours);
        Assert.NotEqual("Бузулду", stored.SpecialtyName);
    }

    [Fact]
    public async Task Post_ApproveDraft_ShowsLocalizedWorkflowErrorAndKeepsStatus()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync($"/College/Programmes/Transition/{programme.Id}", new()
        {
            ["Transition.Version"] = (await Data.StoredProgrammeAsync(programme.Id)).Version.ToString(), ["Transition.Step"] = "Approve",
            ["Transition.OrderNumber"] = "12", ["Transition.OrderDate"] = "2026-08-28",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("This step is not possible for a WBL programme in its current status.", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(ProgrammeStatus.Draft, (await Data.StoredProgrammeAsync(programme.Id)).Status);
    }

    [Fact]
    public async Task Post_ApproveWithoutOrderNumber_ShowsMessageNextToField()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.UnderDiscussion);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync($"/College/Programmes/Transition/{programme.Id}", new()
        {
            ["Transition.Version"] = (await Data.StoredProgrammeAsync(programme.Id)).Version.ToString(), ["Transition.Step"] = "Approve",
            ["Transition.OrderNumber"] = "", ["Transition.OrderDate"] = "2026-08-28",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Fill in this field.", page.QuerySelector("[data-valmsg-for='Transition.OrderNumber']")!.TextContent.Trim());
        Assert.Equal(ProgrammeStatus.UnderDiscussion, (await Data.StoredProgrammeAsync(programme.Id)).Status);
    }

    [Fact]
    public async Task Post_ApproveAsCollegeStaff_IsRefusedWithLocalizedMessage()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.UnderDiscussion);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "en");

        var page = await client.GetDocumentAsync($"/College/Programmes/Details/{programme.Id}");
        Assert.Null(page.QuerySelector("#approve-form"));
        var response = await client.PostFormAsync($"/College/Programmes/Transition/{programme.Id}", new()
        {
            ["Transition.Version"] = (await Data.StoredProgrammeAsync(programme.Id)).Version.ToString(), ["Transition.Step"] = "Approve",
            ["Transition.OrderNumber"] = "7", ["Transition.OrderDate"] = "2026-08-28",
        });

        var result = await PortalClient.ParseAsync(response);
        Assert.Contains("Only the college administrator can approve or supersede a programme.", result.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(ProgrammeStatus.UnderDiscussion, (await Data.StoredProgrammeAsync(programme.Id)).Status);
    }

    [Fact]
    public async Task Get_OtherCollegesProgramme_ReturnsNotFound()
    {
        var mine = await Data.CollegeAsync();
        var theirs = await Data.ProgrammeAsync(await Data.CollegeAsync(), ProgrammeStatus.Draft);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        var response = await client.GetAsync($"/College/Programmes/Details/{theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var list = await client.GetDocumentAsync("/College/Programmes");
        Assert.Empty(list.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Post_EveryActionOnOtherCollegesProgramme_ReturnsNotFoundAndChangesNothing()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var draft = await Data.ProgrammeAsync(other, ProgrammeStatus.Draft);
        var discussed = await Data.ProgrammeAsync(other, ProgrammeStatus.UnderDiscussion, invited: [await Data.EmployerAsync()]);
        var stored = await Data.StoredProgrammeAsync(draft.Id);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);
        var version = stored.Version.ToString();

        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ($"SaveSections/{draft.Id}", new() { ["Sections.Version"] = version, ["Sections.SpecialtyCode"] = "1", ["Sections.SpecialtyName"] = "Бузулду", ["Sections.TotalStudyHours"] = "1" }),
            ($"SetLoad/{draft.Id}", new() { ["Load.FormId"] = $"{ProductionPractice}", ["Load.Semester"] = "1", ["Load.Hours"] = "10" }),
            ($"AddOutcome/{draft.Id}", new() { ["Outcome.Code"] = "X", ["Outcome.Text"] = "X", ["Outcome.CompetencyIds"] = Guid.NewGuid().ToString() }),
            ($"SetContent/{draft.Id}", new() { ["Content.FormId"] = "7", ["Content.Themes"] = "X", ["Content.AssessmentRules"] = "X" }),
            ($"RemovePart/{draft.Id}", new() { ["part"] = "Load", ["partId"] = stored.Loads[0].Id.ToString() }),
            ($"Transition/{draft.Id}", new() { ["Transition.Version"] = version, ["Transition.Step"] = "Submit" }),
            ($"Transition/{draft.Id}", new() { ["Transition.Version"] = version, ["Transition.Step"] = "CopyToNextYear" }),
            ($"Transition/{discussed.Id}", new() { ["Transition.Version"] = version, ["Transition.Step"] = "Approve", ["Transition.OrderNumber"] = "1", ["Transition.OrderDate"] = "2026-01-01" }),
            ($"Answer/{discussed.Id}", new() { ["Answer.CommentId"] = Guid.NewGuid().ToString(), ["Answer.Text"] = "X" }),
        };
        foreach (var (url, fields) in posts)
        {
            var response = await client.PostFormAsync("/College/Programmes/" + url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        }

        var after = await Data.StoredProgrammeAsync(draft.Id);
        Assert.Equal(ProgrammeStatus.Draft, after.Status);
        Assert.Equal(stored.SpecialtyName, after.SpecialtyName);
        Assert.Single(after.Loads);
        Assert.Single(after.FormContents);
        Assert.Single(after.Outcomes);
        Assert.Equal(ProgrammeStatus.UnderDiscussion, (await Data.StoredProgrammeAsync(discussed.Id)).Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.Programmes.CountAsync());
    }

    [Fact]
    public async Task Get_Index_FiltersByStatusAndSearches()
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft, specialty: await Data.SpecialtyAsync(college, s => s.NameKy = "Үй-бүлөлүк өңүт"));
        await Data.ProgrammeAsync(college, ProgrammeStatus.Approved);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var drafts = await client.GetDocumentAsync("/College/Programmes?status=Draft");
        var found = await client.GetDocumentAsync("/College/Programmes?q=" + Uri.EscapeDataString("ҮЙ-БҮЛӨ"));

        Assert.Single(drafts.QuerySelectorAll("tbody tr"));
        Assert.Contains(draft.SpecialtyCode, drafts.QuerySelector("tbody")!.TextContent);
        Assert.Single(found.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var college = await Data.CollegeAsync();
        await Data.ProgrammeAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync("/College/Programmes/Export?status=Approved");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await response.Content.ReadAsByteArrayAsync())[0]);
    }

    [Fact]
    public async Task Get_IndexAndDetails_IssueBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        WblProgramme? last = null;
        for (var i = 0; i < 25; i++)
        {
            last = await Data.ProgrammeAsync(college, ProgrammeStatus.UnderDiscussion, invited: i == 0 ? [await Data.EmployerAsync(), await Data.EmployerAsync()] : null);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Programmes"); // warm up
        counter.Reset();
        await client.GetAsync("/College/Programmes?page=2");
        Assert.InRange(counter.Count, 1, 6);

        await client.GetAsync($"/College/Programmes/Details/{last!.Id}");
        counter.Reset();
        var response = await client.GetAsync($"/College/Programmes/Details/{last.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(counter.Count, 1, 16);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.MinistryAnalyst)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    public async Task Get_Index_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/College/Programmes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/College/Competencies")).StatusCode);
    }

    [Fact]
    public async Task Post_CopyWhenNextYearExists_ShowsLocalizedMessageAndCreatesNothing()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var current = await Data.ProgrammeAsync(college, ProgrammeStatus.Approved, specialty: specialty, academicYear: 2025);
        await Data.ProgrammeAsync(college, ProgrammeStatus.Draft, specialty: specialty, academicYear: 2026);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync($"/College/Programmes/Transition/{current.Id}", new()
        {
            ["Transition.Version"] = (await Data.StoredProgrammeAsync(current.Id)).Version.ToString(), ["Transition.Step"] = "CopyToNextYear",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("A programme for 2026–2027 already exists for this specialty.", page.QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.Programmes.CountAsync());
    }

    [Fact]
    public async Task Post_RemoveLoadOfDraft_RemovesIt_ButNotOnceUnderDiscussion()
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft);
        var discussed = await Data.ProgrammeAsync(college, ProgrammeStatus.UnderDiscussion);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "en");

        var removed = await client.PostFormAsync($"/College/Programmes/RemovePart/{draft.Id}", new()
        {
            ["part"] = "Load", ["partId"] = (await Data.StoredProgrammeAsync(draft.Id)).Loads[0].Id.ToString(),
        });
        var refused = await client.PostFormAsync($"/College/Programmes/RemovePart/{discussed.Id}", new()
        {
            ["part"] = "Load", ["partId"] = (await Data.StoredProgrammeAsync(discussed.Id)).Loads[0].Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await Data.StoredProgrammeAsync(draft.Id)).Loads);
        Assert.Contains("Only a draft programme can be changed.", (await PortalClient.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Single((await Data.StoredProgrammeAsync(discussed.Id)).Loads);
    }

    [Fact]
    public async Task Post_Create_ForATakenYear_OffersTheExistingProgrammeAndTheFirstFreeYear()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college);
        var taken = await Data.ProgrammeAsync(college, ProgrammeStatus.Approved, specialty, academicYear: 2026);
        await Data.ProgrammeAsync(college, ProgrammeStatus.Draft, specialty, academicYear: 2027);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var refused = await client.PostFormAsync("/College/Programmes/Create", new() { ["SpecialtyId"] = specialty.Id.ToString(), ["AcademicYear"] = "2026" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        var offer = page.QuerySelector("[data-testid=year-taken]")!;
        Assert.Contains("2026–2027", offer.TextContent);
        Assert.NotNull(offer.QuerySelector($"a[href='/College/Programmes/Details/{taken.Id}']"));
        var free = offer.QuerySelector("[data-testid=first-free-year]")!;
        Assert.Contains("2028–2029", free.TextContent);

        var form = await client.GetDocumentAsync(free.GetAttribute("href")!);
        Assert.Equal("2028", form.QuerySelector("#AcademicYear")!.GetAttribute("value"));
        Assert.Equal(specialty.Id.ToString(), form.QuerySelector("#SpecialtyId option[selected]")!.GetAttribute("value"));
        Assert.Null(form.QuerySelector("[data-testid=year-taken]"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.Programmes.CountAsync());
    }

    [Fact]
    public async Task Get_Create_WithOtherCollegesSpecialtyAndTakenYear_OffersNothingOfTheirs()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var theirs = await Data.ProgrammeAsync(other, ProgrammeStatus.Approved, academicYear: 2026);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id, culture: "en");

        var form = await client.GetDocumentAsync($"/College/Programmes/Create?specialtyId={theirs.SpecialtyId}&academicYear=2026");

        Assert.Null(form.QuerySelector("[data-testid=year-taken]"));
        Assert.DoesNotContain(theirs.Id.ToString(), form.DocumentElement.OuterHtml);
        Assert.Null(form.QuerySelector($"#SpecialtyId option[value='{theirs.SpecialtyId}']"));
    }

    [Fact]
    public async Task Get_Create_OffersThePlanningYear()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var form = await client.GetDocumentAsync("/College/Programmes/Create");

        var planning = Domain.Common.AcademicCalendar.PlanningYearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6)));
        Assert.Equal(planning.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("#AcademicYear")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("academicYear=abc")]
    [InlineData("academicYear=0")]
    [InlineData("academicYear=99999")]
    [InlineData("specialtyId=x")]
    public async Task Get_Create_WithJunkParameter_AnswersBadRequest(string parameter)
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.GetAsync($"/College/Programmes/Create?{parameter}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static void AssertRedirect(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {response.StatusCode}");
}
