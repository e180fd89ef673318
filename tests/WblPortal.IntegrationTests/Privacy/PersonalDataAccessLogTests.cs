using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Privacy;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Privacy;

/// <summary>Law No. 58: every view or export of a learner's personal data by someone else is logged; the learner sees
/// who looked (/Learner/Privacy) and downloads all data held (JSON, PDF); the college admin reads the log.</summary>
public sealed class PersonalDataAccessLogTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<List<PersonalDataAccess>> LogAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.PersonalDataAccesses.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task Get_LearnerPageRecordAndExport_ByCollegeStaff_AreLoggedWithWhoAndWhat()
    {
        var s = await Data.DiarySetupAsync();
        var staff = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/College/Learners/Details/{s.Learner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/College/Learners/{s.Learner.Id}/Record")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/College/Learners/Export")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/College/Diaries/Learner/{s.Row.Id}")).StatusCode);

        var log = await LogAsync();
        Assert.Equal([PersonalDataView.LearnerPage, PersonalDataView.LearnerRecord, PersonalDataView.LearnerListExport, PersonalDataView.Diary],
            log.Select(a => a.What));
        Assert.All(log, a => Assert.Equal(s.College.Id, a.CollegeId));
        Assert.All(log, a => Assert.Equal(Roles.CollegeStaff, a.Role));
        Assert.Equal(s.Learner.Id, log[0].LearnerId);
        Assert.Null(log[2].LearnerId);
        Assert.Equal(1, log[2].Learners);
    }

    [Fact]
    public async Task Get_Diary_ByMentor_IsLogged_AndLearnersOwnViewsAreNot()
    {
        var s = await Data.DiarySetupAsync();
        var mentor = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);
        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/Mentor/Diaries/Learner/{s.Row.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync($"/Learner/Diaries/Learner/{s.Row.Id}")).StatusCode);

        var log = await LogAsync();
        var only = Assert.Single(log);
        Assert.Equal(Roles.Mentor, only.Role);
        Assert.Equal(s.Learner.Id, only.LearnerId);
    }

    [Fact]
    public async Task Get_MyData_ShowsWhoLookedAtMyData_ButNotOtherLearnersRows()
    {
        var s = await Data.DiarySetupAsync();
        var other = await Data.LearnerAsync(s.College);
        var staff = await SignInAsync(Roles.CollegeStaff, s.College.Id);
        await staff.GetAsync($"/College/Learners/Details/{s.Learner.Id}");
        await staff.GetAsync($"/College/Learners/Details/{other.Id}");
        await staff.GetAsync($"/College/Learners/Details/{other.Id}");

        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        var page = await learner.GetDocumentAsync("/Learner/Privacy");

        var rows = page.QuerySelectorAll("[aria-labelledby=log-heading] table tbody tr");
        Assert.Single(rows);
        Assert.Contains("окуучунун барагы", rows[0].TextContent);
    }

    [Fact]
    public async Task Get_AccessLog_AsCollegeAdmin_ListsOwnCollegeOnly()
    {
        var s = await Data.DiarySetupAsync();
        var otherCollege = await Data.CollegeAsync();
        var otherLearner = await Data.LearnerAsync(otherCollege);
        await (await SignInAsync(Roles.CollegeStaff, s.College.Id)).GetAsync($"/College/Learners/Details/{s.Learner.Id}");
        await (await SignInAsync(Roles.CollegeStaff, otherCollege.Id)).GetAsync($"/College/Learners/Details/{otherLearner.Id}");

        var admin = await SignInAsync(Roles.CollegeAdmin, s.College.Id);
        var page = await admin.GetDocumentAsync("/College/AccessLog");

        var row = Assert.Single(page.QuerySelectorAll("table tbody tr"));
        Assert.Contains(s.Learner.LastName, row.TextContent);
        Assert.DoesNotContain(otherLearner.FirstName, page.Body!.TextContent);
    }

    [Theory]
    [InlineData(Roles.CollegeStaff)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Get_AccessLog_AsAnyoneButCollegeAdmin_IsForbidden(string role)
    {
        var s = await Data.DiarySetupAsync();
        var organization = role switch
        {
            Roles.EmployerAdmin or Roles.Mentor => s.Employer.Id,
            Roles.MinistryAnalyst => (Guid?)null,
            _ => s.College.Id,
        };
        var client = await SignInAsync(role, organization, mentorId: role == Roles.Mentor ? s.Mentor.Id : null,
            learnerId: role == Roles.Learner ? s.Learner.Id : null);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/College/AccessLog")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Mentor)]
    public async Task Get_MyData_AsAnyoneButTheLearner_IsForbidden(string role)
    {
        var s = await Data.DiarySetupAsync();
        var organization = role == Roles.CollegeAdmin ? s.College.Id : s.Employer.Id;
        var client = await SignInAsync(role, organization, mentorId: role == Roles.Mentor ? s.Mentor.Id : null);

        foreach (var url in new[] { "/Learner/Privacy", "/Learner/Privacy/Download", "/Learner/Privacy/Summary" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Get_Download_GivesTheLearnersOwnDataAsJson_AndASummaryPdf()
    {
        var s = await Data.DiarySetupAsync();
        var other = await Data.LearnerAsync(s.College);
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, Domain.Diaries.DiaryEntryStatus.Approved, hours: 6);
        await (await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id)).GetAsync($"/Mentor/Diaries/Learner/{s.Row.Id}");
        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var response = await learner.GetAsync("/Learner/Privacy/Download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        Assert.Equal(s.Learner.Pin, json.RootElement.GetProperty("person").GetProperty("pin").GetString());
        Assert.Equal(s.Learner.LastName, json.RootElement.GetProperty("person").GetProperty("lastName").GetString());
        Assert.Single(json.RootElement.GetProperty("placements").EnumerateArray());
        Assert.Single(json.RootElement.GetProperty("diary").EnumerateArray());
        Assert.Single(json.RootElement.GetProperty("accessLog").EnumerateArray());
        Assert.DoesNotContain(other.Pin, text);

        var pdf = await learner.GetAsync("/Learner/Privacy/Summary");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var pages = PdfPages.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("ЖЕКЕ МААЛЫМАТТАР ЖӨНҮНДӨ", pages);
        Assert.Contains(s.Learner.Pin, pages);
    }
}
