using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Documents;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

/// <summary>The mentor's reference (мүнөздөмө) at the end of a placement: written by the placement's mentor, editable
/// until submitted, then read by the college, the employer and the learner and printed in ky and ru.</summary>
public sealed class MentorReferenceTests(PortalFactory factory) : DiaryTestBase(factory)
{
    private const string Attitude = "Ишке жоопкерчилик менен мамиле кылды, өз убагында келип турду.";
    private const string Skills = "Өрүк бактарын кесүүнү үйрөндү; жабдууну өз алдынча колдонот.";
    private const string Discipline = "Тартипти бузган жок, коопсуздук эрежелерин так сактады.";

    private Task<PortalClient> MentorOf(DiarySetup s, string culture = "ky-KG") =>
        SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id, culture: culture);

    private static Dictionary<string, string> Fields(DiarySetup s, bool submit, string? grade = "5", string level = "Achieved", string attitude = Attitude)
    {
        var fields = new Dictionary<string, string>
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["Attitude"] = attitude, ["Skills"] = Skills, ["Discipline"] = Discipline,
            ["Recommendations"] = "Жумушка алууга сунуштайм.", ["Level"] = level,
        };
        if (grade is not null)
        {
            fields["Grade"] = grade;
        }

        if (submit)
        {
            fields["Submit"] = "true";
        }

        return fields;
    }

    private async Task<MentorReference?> ReferenceAsync(Guid placementLearnerId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.MentorReferences.AsNoTracking().SingleOrDefaultAsync(r => r.PlacementLearnerId == placementLearnerId);
    }

    private async Task SubmittedAsync(DiarySetup s)
    {
        var response = await (await MentorOf(s)).PostFormAsync("/Mentor/Diaries/Reference", Fields(s, submit: true));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Post_Draft_ThenSubmit_LocksItAndShowsItToTheCollegeTheEmployerAndTheLearner()
    {
        var s = await Data.DiarySetupAsync();
        var mentor = await MentorOf(s);

        var draft = await mentor.PostFormAsync("/Mentor/Diaries/Reference", Fields(s, submit: false, attitude: "Биринчи вариант"));
        var form = await mentor.GetDocumentAsync($"/Mentor/Diaries/Reference/{s.Row.Id}");
        var fields = Fields(s, submit: true);
        fields["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var submit = await mentor.PostFormAsync("/Mentor/Diaries/Reference", fields);

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Contains("Биринчи вариант", form.QuerySelector("textarea[name=Attitude]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var saved = await ReferenceAsync(s.Row.Id);
        Assert.Equal(MentorReferenceStatus.Submitted, saved!.Status);
        Assert.Equal(Attitude, saved.Attitude);
        Assert.Equal(5, saved.RecommendedGrade);
        foreach (var (client, area) in new[]
                 {
                     (await SignInAsync(Roles.CollegeStaff, s.College.Id), "College"),
                     (await SignInAsync(Roles.EmployerAdmin, s.Employer.Id), "Employer"),
                     (await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id), "Learner"),
                 })
        {
            var page = await client.GetDocumentAsync($"/{area}/Diaries/Reference/{s.Row.Id}");
            Assert.Contains(Skills, page.QuerySelector("[data-testid=reference]")!.TextContent);
            Assert.Null(page.QuerySelector("form textarea"));
        }

        var locked = await mentor.GetDocumentAsync($"/Mentor/Diaries/Reference/{s.Row.Id}");
        Assert.Null(locked.QuerySelector("textarea"));
    }

    [Fact]
    public async Task Get_Draft_IsNotShownToTheCollegeNorTheLearner()
    {
        var s = await Data.DiarySetupAsync();
        await (await MentorOf(s)).PostFormAsync("/Mentor/Diaries/Reference", Fields(s, submit: false));

        var college = await (await SignInAsync(Roles.CollegeStaff, s.College.Id)).GetDocumentAsync($"/College/Diaries/Reference/{s.Row.Id}");
        var learner = await (await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id)).GetDocumentAsync($"/Learner/Diaries/Reference/{s.Row.Id}");
        var pdf = await (await SignInAsync(Roles.CollegeStaff, s.College.Id)).GetAsync($"/College/Diaries/ReferencePdf/{s.Row.Id}");

        Assert.NotNull(college.QuerySelector("[data-testid=reference-none]"));
        Assert.DoesNotContain(Skills, college.Body!.TextContent);
        Assert.DoesNotContain(Skills, learner.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
    }

    [Fact]
    public async Task Post_AfterSubmission_IsRefusedAndChangesNothing()
    {
        var s = await Data.DiarySetupAsync();
        await SubmittedAsync(s);

        var page = await PortalClient.ParseAsync(await (await MentorOf(s)).PostFormAsync("/Mentor/Diaries/Reference", Fields(s, submit: false, attitude: "Өзгөртүлгөн")));

        Assert.Contains("Мүнөздөмө тапшырылган, аны өзгөртүүгө болбойт.", page.Body!.TextContent);
        Assert.Equal(Attitude, (await ReferenceAsync(s.Row.Id))!.Attitude);
    }

    [Fact]
    public async Task Post_BeforeTheLastDaysOfThePlacement_IsRefusedInTheUsersLanguage()
    {
        var start = BishkekTime.Today(TimeProvider.System).AddDays(-1);
        var s = await Data.DiarySetupAsync(start: start);
        var mentor = await MentorOf(s, "ru-KG");

        var get = await mentor.GetDocumentAsync($"/Mentor/Diaries/Reference/{s.Row.Id}");
        var post = await PortalClient.ParseAsync(await mentor.PostFormAsync("/Mentor/Diaries/Reference", Fields(s, submit: true)));

        Assert.NotNull(get.QuerySelector("[data-testid=reference-not-yet]"));
        Assert.Null(get.QuerySelector("textarea"));
        Assert.Contains("Характеристика пишется в конце практики", post.Body!.TextContent);
        Assert.Contains(start.AddDays(27 - 5).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), post.Body.TextContent);
        Assert.Null(await ReferenceAsync(s.Row.Id));
    }

    [Fact]
    public async Task Post_MissingSectionsAndGrade_ShowsLocalizedMessagesAndSavesNothing()
    {
        var s = await Data.DiarySetupAsync();
        var mentor = await MentorOf(s);

        var empty = await PortalClient.ParseAsync(await mentor.PostFormAsync("/Mentor/Diaries/Reference", Fields(s, submit: true, attitude: "   ")));
        var noGrade = await PortalClient.ParseAsync(await mentor.PostFormAsync("/Mentor/Diaries/Reference", Fields(s, submit: true, grade: null)));
        var junk = await mentor.PostFormAsync("/Mentor/Diaries/Reference", Fields(s, submit: true, grade: "99", level: "Жок"));

        Assert.Contains("Бул талааны толтуруңуз.", empty.QuerySelector("[data-valmsg-for=Attitude]")!.TextContent);
        Assert.Contains("2ден 5ке чейинки бааны тандаңыз.", noGrade.QuerySelector("[data-valmsg-for=Grade]")!.TextContent);
        Assert.True(junk.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, junk.StatusCode.ToString());
        Assert.Null(await ReferenceAsync(s.Row.Id));
    }

    [Fact]
    public async Task Post_AnotherMentorsLearner_ReturnsNotFoundAndSavesNothing()
    {
        var s = await Data.DiarySetupAsync();
        var other = await Data.DiarySetupAsync(s.College, s.Employer);
        var otherEmployer = await Data.DiarySetupAsync();
        var client = await MentorOf(s);

        var sameEmployer = await client.PostFormAsync("/Mentor/Diaries/Reference", Fields(other, submit: true));
        var anotherEmployer = await client.PostFormAsync("/Mentor/Diaries/Reference", Fields(otherEmployer, submit: true));
        var get = await client.GetAsync($"/Mentor/Diaries/Reference/{other.Row.Id}");

        Assert.Equal(HttpStatusCode.NotFound, sameEmployer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anotherEmployer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Null(await ReferenceAsync(other.Row.Id));
        Assert.Null(await ReferenceAsync(otherEmployer.Row.Id));
    }

    [Fact]
    public async Task Get_SubmittedReference_AsAnotherCollegeEmployerMentorOrLearner_ReturnsNotFound()
    {
        var s = await Data.DiarySetupAsync();
        await SubmittedAsync(s);
        var other = await Data.DiarySetupAsync();
        var strangers = new[]
        {
            (await SignInAsync(Roles.CollegeStaff, other.College.Id), "College"),
            (await SignInAsync(Roles.EmployerAdmin, other.Employer.Id), "Employer"),
            (await SignInAsync(Roles.Mentor, other.Employer.Id, mentorId: other.Mentor.Id), "Mentor"),
            (await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: (await Data.MentorAsync(s.Employer)).Id), "Mentor"),
            (await SignInAsync(Roles.Learner, other.College.Id, learnerId: other.Learner.Id), "Learner"),
        };

        foreach (var (client, area) in strangers)
        {
            foreach (var action in new[] { "Reference", "ReferencePrint", "ReferencePdf" })
            {
                var response = await client.GetAsync($"/{area}/Diaries/{action}/{s.Row.Id}");
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{area}/{action}: {response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin, "Employer")]
    [InlineData(Roles.CollegeStaff, "College")]
    [InlineData(Roles.Learner, "Learner")]
    public async Task Post_AsAnotherPartyOfTheDiary_ReturnsForbiddenAndSavesNothing(string role, string area)
    {
        var s = await Data.DiarySetupAsync();
        var organization = role == Roles.EmployerAdmin ? s.Employer.Id : s.College.Id;
        var client = await SignInAsync(role, organization, learnerId: role == Roles.Learner ? s.Learner.Id : null);

        var response = await client.PostFormAsync($"/{area}/Diaries/Reference", Fields(s, submit: true));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await ReferenceAsync(s.Row.Id));
    }

    [Fact]
    public async Task Get_Pdf_InKyrgyzAndRussian_PrintsTheSectionsAndIsStoredAsIssued()
    {
        var s = await Data.DiarySetupAsync();
        await SubmittedAsync(s);
        var college = await SignInAsync(Roles.CollegeStaff, s.College.Id);
        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var ky = await (await college.GetAsync($"/College/Diaries/ReferencePdf/{s.Row.Id}?lang=ky")).Content.ReadAsByteArrayAsync();
        var kyAgain = await (await learner.GetAsync($"/Learner/Diaries/ReferencePdf/{s.Row.Id}?lang=ky")).Content.ReadAsByteArrayAsync();
        var ru = await (await college.GetAsync($"/College/Diaries/ReferencePdf/{s.Row.Id}?lang=ru")).Content.ReadAsByteArrayAsync();

        var kyText = Text(ky);
        Assert.Contains("МҮНӨЗДӨМӨ", kyText);
        Assert.Contains("Ишке болгон мамилеси", kyText);
        Assert.Contains("өз убагында", kyText);
        Assert.Contains("Өрүк", kyText);
        Assert.Contains("Сунушталган баа", kyText);
        Assert.Contains("эң жакшы", kyText);
        Assert.Contains("ң", kyText);
        Assert.Contains(s.Learner.LastName, kyText);
        Assert.Contains(s.Employer.Name.Split(' ')[0], kyText);
        var ruText = Text(ru);
        Assert.Contains("ХАРАКТЕРИСТИКА", ruText);
        Assert.Contains("Отношение к работе", ruText);
        Assert.Contains("отлично", ruText);
        Assert.Equal(ky, kyAgain);
        await using var db = Factory.CreateDbContext();
        var issued = await db.IssuedDocuments.SingleAsync(d => d.Kind == IssuedDocumentKind.MentorReference);
        Assert.Contains(issued.Code, kyText);
        Assert.Equal(2, await db.IssuedDocumentFiles.CountAsync(f => f.IssuedDocumentId == issued.Id));
        var verify = await PortalClient.Anonymous(Factory, "ru-KG").GetDocumentAsync($"/verify/{issued.Code}");
        Assert.Contains("Характеристика наставника на обучающегося", verify.Body!.TextContent);
        Assert.Contains(s.Employer.Name, verify.Body.TextContent);
        Assert.DoesNotContain(s.Learner.LastName, verify.Body.TextContent);
    }

    private static string Text(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }
}
