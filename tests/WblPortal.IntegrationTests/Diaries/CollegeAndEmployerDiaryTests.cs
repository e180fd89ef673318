using System.Net;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

public sealed class CollegeAndEmployerDiaryTests(PortalFactory factory) : DiaryTestBase(factory)
{
    [Fact]
    public async Task Post_CountersignWeek_AsCurator_CountersignsApprovedEntries()
    {
        var s = await Data.DiarySetupAsync();
        var entry = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Approved);
        var client = await SignInAsync(Roles.CollegeStaff, s.College.Id);
        var page = await client.GetDocumentAsync($"/College/Diaries/Learner/{s.Row.Id}");
        Assert.NotNull(page.QuerySelector("[data-testid=countersign-week]"));

        var response = await client.PostFormAsync("/College/Diaries/CountersignWeek", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30", ["Seen[0]"] = $"{entry.Id}:{entry.Version}",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DiaryEntryStatus.Countersigned, (await Data.ReloadEntryAsync(entry.Id)).Status);
    }

    [Fact]
    public async Task Get_Diary_OfAnotherCollege_ReturnsNotFound_AndPostToo()
    {
        var s = await Data.DiarySetupAsync();
        var entry = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Approved);
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Diaries/Learner/{s.Row.Id}")).StatusCode);
        var response = await client.PostFormAsync("/College/Diaries/CountersignWeek", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30",
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(DiaryEntryStatus.Approved, (await Data.ReloadEntryAsync(entry.Id)).Status);
        var list = await client.GetDocumentAsync("/College/Diaries?all=true");
        Assert.Empty(list.QuerySelectorAll("[data-testid=diary-row]"));
    }

    [Fact]
    public async Task Get_Diary_AsEmployerAdmin_ReadsItsMentorsLearners_NotOtherEmployers()
    {
        var s = await Data.DiarySetupAsync();
        var other = await Data.DiarySetupAsync(s.College);
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted, tasks: "Ширетүү иштери");
        var client = await SignInAsync(Roles.EmployerAdmin, s.Employer.Id);

        var page = await client.GetDocumentAsync($"/Employer/Diaries/Learner/{s.Row.Id}");

        Assert.Contains("Ширетүү иштери", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=approve-week]"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Diaries/Learner/{other.Row.Id}")).StatusCode);
    }

    [Fact]
    public async Task Post_Induction_AsEmployerAdmin_RecordsIt_ForOtherEmployerReturnsNotFound()
    {
        var s = await Data.DiarySetupAsync(induction: false);
        var other = await Data.DiarySetupAsync(s.College, induction: false);
        var client = await SignInAsync(Roles.EmployerAdmin, s.Employer.Id);
        Dictionary<string, string> Fields(Guid id) => new()
        {
            ["PlacementLearnerId"] = id.ToString(), ["Date"] = "2026-04-01", ["ConductedByName"] = "Токтосунов Эрлан",
            ["ConductedByPosition"] = "Инженер", ["Charter"] = "true",
        };

        var done = await client.PostFormAsync("/Employer/Diaries/Induction", Fields(s.Row.Id));
        var foreign = await client.PostFormAsync("/Employer/Diaries/Induction", Fields(other.Row.Id));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var page = await client.GetDocumentAsync($"/Employer/Diaries/Learner/{s.Row.Id}");
        Assert.Equal("01.04.2026", page.QuerySelector("[data-testid=induction-date]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_ApproveWeek_AsCollegeOrEmployer_IsForbidden()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var college = await SignInAsync(Roles.CollegeStaff, s.College.Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, s.Employer.Id);
        var fields = new Dictionary<string, string> { ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30" };

        Assert.Equal(HttpStatusCode.Forbidden, (await college.PostFormAsync("/College/Diaries/ApproveWeek", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostFormAsync("/Employer/Diaries/ApproveWeek", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync($"/Employer/Diaries/Entry/{s.Row.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_Export_WritesTheDiaryAsXlsx()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Countersigned);
        var client = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        var response = await client.GetAsync($"/College/Diaries/Export/{s.Row.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
    }

    [Theory]
    [InlineData("/Learner/Diaries", Roles.Mentor)]
    [InlineData("/Learner/Diaries", Roles.CollegeStaff)]
    [InlineData("/Mentor/Diaries", Roles.Learner)]
    [InlineData("/Mentor/Diaries", Roles.EmployerAdmin)]
    [InlineData("/Employer/Diaries", Roles.Mentor)]
    [InlineData("/Employer/Diaries", Roles.CollegeAdmin)]
    [InlineData("/College/Diaries", Roles.Learner)]
    [InlineData("/College/Diaries", Roles.EmployerAdmin)]
    [InlineData("/College/Diaries", Roles.MinistryAnalyst)]
    public async Task Get_Index_AsWrongRole_IsForbidden(string url, string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }
}

public sealed class DiaryDocumentTests(PortalFactory factory) : DiaryTestBase(factory)
{
    [Fact]
    public async Task Get_Pdf_AsCurator_HasTheEntriesAndAVerifiableCode()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Countersigned, tasks: "Ширетүү иштерин аткаруу");
        var client = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        var preview = await client.GetDocumentAsync($"/College/Diaries/Print/{s.Row.Id}?lang=ru");
        var pdf = await client.GetAsync($"/College/Diaries/Pdf/{s.Row.Id}?lang=ky");

        Assert.Contains("ДНЕВНИК ПРОИЗВОДСТВЕННОЙ ПРАКТИКИ", preview.Body!.TextContent);
        Assert.Contains("Ширетүү иштерин аткаруу", preview.Body.TextContent);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        await using var db = Factory.CreateDbContext();
        var code = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.IssuedDocuments);
        Assert.Equal(WblPortal.Domain.Documents.IssuedDocumentKind.LearnerDiary, code.Kind);
        var verify = await PortalClient.Anonymous(Factory).GetAsync($"/verify/{code.Code}");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
    }

    [Fact]
    public async Task Get_Pdf_AsTheMentor_HasTheCollegeCuratorAndEntries()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Approved, tasks: "Ширетүү иштерин аткаруу");
        var mentor = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);

        var diary = await mentor.GetDocumentAsync($"/Mentor/Diaries/Learner/{s.Row.Id}");
        var response = await mentor.GetAsync($"/Mentor/Diaries/Pdf/{s.Row.Id}?lang=ky");

        Assert.NotNull(diary.QuerySelector("[data-testid=print-diary]"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        await using var db = Factory.CreateDbContext();
        var curator = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Placements.Where(p => p.Id == s.Placement.Id).Select(p => p.Curator!.FullName));
        Assert.Contains(s.College.NameKy.Split(' ')[0], text);
        Assert.Contains(curator.Split(' ')[0], text);
        Assert.Contains("Ширетүү", text);
        var code = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.IssuedDocuments);
        Assert.Contains(code.Code, text);
    }

    [Fact]
    public async Task Get_Print_OfAnotherCollegesLearnerOrAnotherEmployersMentor_ReturnsNotFound()
    {
        var s = await Data.DiarySetupAsync();
        var other = await SignInAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        var otherEmployer = await Data.EmployerAsync();
        var otherMentor = await SignInAsync(Roles.Mentor, otherEmployer.Id, mentorId: (await Data.MentorAsync(otherEmployer)).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/College/Diaries/Print/{s.Row.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherMentor.GetAsync($"/Mentor/Diaries/Pdf/{s.Row.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherMentor.GetAsync($"/Mentor/Diaries/Print/{s.Row.Id}")).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Empty(db.IssuedDocuments);
    }
}
