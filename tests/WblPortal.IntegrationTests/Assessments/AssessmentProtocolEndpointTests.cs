using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Documents;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Assessments;

public sealed class AssessmentProtocolEndpointTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Protocol_ForEachParty_NamesLearnerScoresAndDisagreement_WithOneVerificationCode()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Disagreed);
        var college = await SignInAsync(Roles.CollegeStaff, w.College.Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learners[0].Id);

        var ky = await PdfPages.TextAsync(await college.GetAsync($"/College/Documents/Protocol/{a.Id}?lang=ky"));
        Assert.Contains("КОМПЕТЕНЦИЯЛАРДЫ БИРГЕЛЕШИП БААЛОО ПРОТОКОЛУ", ky);
        Assert.Contains(w.Learners[0].LastName, ky);
        Assert.Contains("жарым-жартылай жетишилди", ky); // the mentor's score of the first outcome
        Assert.Contains("4 (жакшы)", ky);
        Assert.Contains("Эмгекти коргоонун эрежелерин", ky);
        Assert.Contains("Бааны төмөн деп эсептейм", ky);
        foreach (var letter in new[] { "ң", "ө", "ү" })
        {
            Assert.Contains(letter, ky);
        }

        var ru = await PdfPages.TextAsync(await employer.GetAsync($"/Employer/Documents/Protocol/{a.Id}?lang=ru"));
        Assert.Contains("ПРОТОКОЛ СОВМЕСТНОЙ ОЦЕНКИ КОМПЕТЕНЦИЙ", ru);
        Assert.Contains("частично достигнут", ru);
        await PdfPages.TextAsync(await learner.GetAsync($"/Learner/Documents/Protocol/{a.Id}"));
        var preview = await college.GetDocumentAsync($"/College/Documents/ProtocolPreview/{a.Id}?lang=ru");
        Assert.Contains("Несогласие обучающегося", preview.Body!.TextContent);

        await using var db = Factory.CreateDbContext();
        var code = await db.IssuedDocuments.SingleAsync(d => d.EntityId == a.Id);
        Assert.Equal(IssuedDocumentKind.AssessmentProtocol, code.Kind);
        Assert.Contains(code.Code, ky);
        Assert.Contains(code.Code, ru);
    }

    [Fact]
    public async Task Get_OtherCollegesProtocol_ReturnsNotFound_AndIssuesNoCode()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Final);
        var other = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, other.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Documents/Protocol/{a.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Documents/ProtocolPreview/{a.Id}")).StatusCode);
        var otherEmployer = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await otherEmployer.GetAsync($"/Employer/Documents/Protocol/{a.Id}")).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.IssuedDocuments.AnyAsync(d => d.EntityId == a.Id));
    }

    [Fact]
    public async Task Get_ProtocolBeforeTheResultIsFinal_ReturnsNotFound()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Proposed);
        var client = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Documents/Protocol/{a.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_Protocol_AsMentor_IsForbidden()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Final);
        var client = await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: w.Mentor.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Employer/Documents/Protocol/{a.Id}")).StatusCode);
    }
}
