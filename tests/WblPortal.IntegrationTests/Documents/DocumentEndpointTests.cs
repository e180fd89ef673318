using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Learners;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Documents;

public class DocumentEndpointTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<IssuedDocument> CodeOfAsync(Guid entityId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.IssuedDocuments.SingleAsync(d => d.EntityId == entityId);
    }

    [Fact]
    public async Task Get_SendingOrder_AsCollegeAdmin_ReturnsPdfWithNumberAndLearner()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (order, _, learners) = await Data.SendingOrderAsync(college, employer, issueNumber: 17);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));

        Assert.Contains("№ 17/2026", text);
        Assert.Contains("БУЙРУК КЫЛАМ:", text);
        Assert.Contains(learners[0].FullName, text);
        Assert.Contains("Бөкөнбаев Ңурбек", text);
        Assert.Contains((await CodeOfAsync(order.Id)).Code, text);
    }

    [Fact]
    public async Task Get_IssuedOrder_AfterTheCollegeChangesDirectorAndName_PrintsThemAsOnTheDayOfIssue()
    {
        var college = await Data.CollegeAsync(c => (c.DirectorName, c.NameKy) = ("Мырзабеков Эски", "Эски колледж"));
        var employer = await Data.EmployerAsync();
        var (issued, _, _) = await Data.SendingOrderAsync(college, employer, issueNumber: 21);
        var (draft, _, _) = await Data.SendingOrderAsync(college, employer, issueNumber: null);
        await using (var db = Factory.CreateDbContext())
        {
            await db.Colleges.Where(c => c.Id == college.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.DirectorName, "Төлөнов Жаңы").SetProperty(c => c.NameKy, "Жаңы колледж"));
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var issuedText = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{issued.Id}?lang=ky"));
        var draftText = (await client.GetDocumentAsync($"/College/Documents/OrderPreview/{draft.Id}?lang=ky")).Body!.TextContent;
        var details = (await client.GetDocumentAsync($"/College/Orders/Details/{issued.Id}")).Body!.TextContent;

        Assert.Contains("Мырзабеков", issuedText); // (the signature line sets the name apart from the title: words, not the phrase)
        Assert.Contains("Эски колледж".ToUpperInvariant(), issuedText.ToUpperInvariant());
        Assert.DoesNotContain("Төлөнов", issuedText);
        Assert.Contains("Төлөнов Жаңы", draftText);
        Assert.Contains("Мырзабеков Эски", details);
    }

    [Fact]
    public async Task Get_SendingOrderInRussian_ReturnsRussianOrder()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ru"));

        Assert.Contains("ПРИКАЗЫВАЮ:", text);
        Assert.Contains("О направлении на производственную практику", text);
        Assert.Contains(college.NameRu, text);
    }

    [Fact]
    public async Task Get_OrderPreview_ShowsTheSameContentAsHtml()
    {
        var college = await Data.CollegeAsync();
        var (order, _, learners) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: 3);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync($"/College/Documents/OrderPreview/{order.Id}?lang=ky");

        var document = page.QuerySelector("[data-testid=document]")!.TextContent;
        Assert.Contains("БУЙРУК КЫЛАМ:", document);
        Assert.Contains("№ 3/2026", document);
        Assert.Contains(learners[1].FullName, document);
        Assert.Equal($"/College/Documents/Order/{order.Id}?lang=ky", page.QuerySelector("[data-testid=download-pdf]")!.GetAttribute("href"));
        Assert.Equal((await CodeOfAsync(order.Id)).Code, page.QuerySelector("[data-testid=verification-code]")!.TextContent);
    }

    [Fact]
    public async Task Get_OtherCollegesOrder_ReturnsNotFound()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(other, await Data.EmployerAsync());
        var curatorOrder = await Data.CuratorOrderAsync(other, issueNumber: 2);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Documents/OrderPreview/{order.Id}?lang=ru")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Documents/Order/{curatorOrder.Id}")).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.IssuedDocuments.AnyAsync());
    }

    [Fact]
    public async Task Get_SameOrderTwice_KeepsItsCode()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var first = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));
        var code = (await CodeOfAsync(order.Id)).Code;
        var second = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ru"));

        Assert.Contains(code, first);
        Assert.Contains(code, second);
        Assert.Equal(code, (await CodeOfAsync(order.Id)).Code);
    }

    [Fact]
    public async Task Get_DraftOrder_HasNoCode()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: null);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));

        Assert.Contains("БУЙРУК (ДОЛБООР)", text);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.IssuedDocuments.AnyAsync());
    }

    [Fact]
    public async Task Get_CuratorOrder_ListsTheGroupAndCurator()
    {
        var college = await Data.CollegeAsync();
        var order = await Data.CuratorOrderAsync(college, issueNumber: 5);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));

        Assert.Contains("Окуучулардын тайпаларына кураторлорду бекитүү жөнүндө", text);
        Assert.Contains("№ 5/2026", text);
        Assert.Contains(order.Lines[0].CuratorName!, text);
    }

    [Fact]
    public async Task Get_Programme_HasItsSections()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Programme/{programme.Id}?lang=ky"));

        Assert.Contains("ЖУМУШ ОРДУНДА ОКУТУУ ПРОГРАММАСЫ", text);
        Assert.Contains("8. ЖООнун натыйжаларын баалоо", text);
        Assert.Contains(programme.SpecialtyCode, text);
        Assert.Contains((await CodeOfAsync(programme.Id)).Code, text);
        var other = await Data.ProgrammeAsync(await Data.CollegeAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Documents/ProgrammePreview/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_Agreement_EmployerGetsOnlyItsOwn()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var otherEmployer = await Data.EmployerAsync();
        var (_, placement, learners) = await Data.SendingOrderAsync(college, employer);
        var (_, otherPlacement, otherLearners) = await Data.SendingOrderAsync(college, otherEmployer, issueNumber: 8);
        var mine = await Data.AgreementAsync(placement, learners[0].Id);
        var theirs = await Data.AgreementAsync(otherPlacement, otherLearners[0].Id);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/Employer/Documents/Agreement/{mine.Id}?lang=ky"));

        Assert.Contains("ҮЧ ТАРАПТУУ КЕЛИШИМ", text);
        Assert.Contains(learners[0].FullName, text);
        Assert.Contains(college.NameKy, text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Documents/Agreement/{theirs.Id}?lang=ky")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Documents/AgreementPreview/{theirs.Id}?lang=ru")).StatusCode);
    }

    [Fact]
    public async Task Get_Agreement_LearnerGetsOnlyTheirOwn()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (_, placement, learners) = await Data.SendingOrderAsync(college, employer);
        var own = await Data.AgreementAsync(placement, learners[0].Id);
        var classmates = await Data.AgreementAsync(placement, learners[1].Id);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: learners[0].Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/Learner/Documents/Agreement/{own.Id}?lang=ru"));

        Assert.Contains("ТРЁХСТОРОННИЙ ДОГОВОР", text);
        Assert.Contains(learners[0].FullName, text);
        Assert.Contains(employer.Name, text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Learner/Documents/Agreement/{classmates.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/College/Documents/Agreement/{own.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_Agreement_CollegeOfOtherCollege_ReturnsNotFound()
    {
        var (_, placement, learners) = await Data.SendingOrderAsync(await Data.CollegeAsync(), await Data.EmployerAsync());
        var agreement = await Data.AgreementAsync(placement, learners[0].Id);
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Documents/Agreement/{agreement.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_OrderOfManyLearners_IssuesABoundedNumberOfQueries()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var learners = new List<Learner>();
        for (var i = 0; i < 12; i++)
        {
            learners.Add(await Data.LearnerAsync(college, group));
        }

        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), learners: learners);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky")); // creates the code
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        counter.Reset();

        var text = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));

        Assert.Contains(learners[11].FullName, text);
        Assert.InRange(counter.Count, 1, 14);
    }

    [Fact]
    public async Task Get_AgreementPreview_AsLearner_ShowsTheAgreement()
    {
        var college = await Data.CollegeAsync();
        var (_, placement, learners) = await Data.SendingOrderAsync(college, await Data.EmployerAsync());
        var agreement = await Data.AgreementAsync(placement, learners[0].Id);
        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: learners[0].Id);

        var page = await client.GetDocumentAsync($"/Learner/Documents/AgreementPreview/{agreement.Id}?lang=ky");

        var document = page.QuerySelector("[data-testid=document]")!.TextContent;
        Assert.Contains("ҮЧ ТАРАПТУУ КЕЛИШИМ", document);
        Assert.Contains("Окуучунун милдеттери", document);
        Assert.Contains(learners[0].FullName, document);
    }

    [Fact]
    public async Task Verify_ShowsNumberDateAndIssuer_AndNoPersonalData()
    {
        var college = await Data.CollegeAsync();
        var (order, _, learners) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: 21);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);
        await PdfPages.TextAsync(await admin.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));
        var code = (await CodeOfAsync(order.Id)).Code;
        var visitor = PortalClient.Anonymous(Factory);

        var response = await visitor.GetAsync($"/verify/{code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("21/2026", page.QuerySelector("[data-testid=number]")!.TextContent);
        Assert.Equal("30.03.2026", page.QuerySelector("[data-testid=date]")!.TextContent);
        Assert.Equal(college.NameKy, page.QuerySelector("[data-testid=issuer]")!.TextContent);
        Assert.All(learners, l => Assert.DoesNotContain(l.LastName, html));
        Assert.All(learners, l => Assert.DoesNotContain(l.FirstName, html));
    }

    [Theory]
    [InlineData("/verify/ABCD-EFGH-JKMN")]
    [InlineData("/verify/not-a-code")]
    public async Task Verify_UnknownCode_ReturnsNotFound(string url)
    {
        var visitor = PortalClient.Anonymous(Factory);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_Documents_WithoutSignIn_RedirectsToLogin()
    {
        var visitor = PortalClient.Anonymous(Factory);

        var response = await visitor.GetAsync($"/College/Documents/Order/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
