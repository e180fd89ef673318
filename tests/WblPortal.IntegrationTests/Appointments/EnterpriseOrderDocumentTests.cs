using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Documents;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Appointments;

/// <summary>Document 5c: the enterprise order appointing mentors, as PDF (read back with PdfPig) and as preview.</summary>
public sealed class EnterpriseOrderDocumentTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<IssuedDocument> CodeOfAsync(Guid entityId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.IssuedDocuments.SingleAsync(d => d.EntityId == entityId);
    }

    [Fact]
    public async Task Get_Pdf_InKyrgyz_AsEmployer_HasNumberDateMentorLearnersAndCode()
    {
        var employer = await Data.EmployerAsync(e => e.Name = "\"Ала-Тоо Өңүт\" ЖЧК");
        var (order, _, mentor, learners) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer, number: "14-к");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/Employer/Documents/EnterpriseOrder/{order.Id}?lang=ky"));

        Assert.Contains("№ 14-к", text);
        Assert.Contains("30.03.2026", text);
        Assert.Contains("БУЙРУК КЫЛАМ:", text);
        Assert.Contains("Бөкөнбаев Ңурбек Өмүрович", text);
        Assert.Contains("Ала-Тоо Өңүт", text);
        Assert.Contains(learners[0].FullName, text);
        Assert.Contains(learners[1].FullName, text);
        Assert.Contains("Жээнбеков Бакыт", text);
        Assert.Contains("Буйрук менен тааныштым", text);
        var code = await CodeOfAsync(order.Id);
        Assert.Contains(code.Code, text);
        Assert.Equal((IssuedDocumentKind.EnterpriseOrder, "14-к", employer.Id), (code.Kind, code.Number, code.EmployerId));
        Assert.NotEmpty(mentor.FullName);
    }

    [Fact]
    public async Task Get_Pdf_InRussian_AsTheCollege_HasTheRussianOrder()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (order, _, _, learners) = await Data.EnterpriseOrderAsync(college, employer, number: "9");
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var text = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/EnterpriseOrder/{order.Id}?lang=ru"));

        Assert.Contains("ПРИКАЗЫВАЮ:", text);
        Assert.Contains("О назначении наставников", text);
        Assert.Contains("№ 9", text);
        Assert.Contains(college.NameRu, text);
        Assert.Contains(learners[0].FullName, text);
        Assert.Contains("С приказом ознакомлены", text);
    }

    [Fact]
    public async Task Get_Preview_ShowsTheSameContentAsHtml_AndTheCodeVerifiesAsTheEmployers()
    {
        var employer = await Data.EmployerAsync();
        var (order, _, _, learners) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer, number: "3-к");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var page = await client.GetDocumentAsync($"/Employer/Documents/EnterpriseOrderPreview/{order.Id}?lang=ky");

        var document = page.QuerySelector("[data-testid=document]")!.TextContent;
        Assert.Contains("БУЙРУК КЫЛАМ:", document);
        Assert.Contains("№ 3-к", document);
        Assert.Contains(learners[1].FullName, document);
        Assert.Equal($"/Employer/Documents/EnterpriseOrder/{order.Id}?lang=ky", page.QuerySelector("[data-testid=download-pdf]")!.GetAttribute("href"));
        var code = (await CodeOfAsync(order.Id)).Code;
        Assert.Equal(code, page.QuerySelector("[data-testid=verification-code]")!.TextContent);

        var verified = await (await SignInAsync(Roles.Learner, null)).GetDocumentAsync($"/verify/{code}");
        Assert.Equal(employer.Name, verified.QuerySelector("[data-testid=issuer]")!.TextContent.Trim());
        Assert.Equal("3-к", verified.QuerySelector("[data-testid=number]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_OtherEmployersOrCollegesOrder_ReturnsNotFound()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _, _) = await Data.EnterpriseOrderAsync(college, await Data.EmployerAsync());
        var otherEmployer = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var otherCollege = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await otherEmployer.GetAsync($"/Employer/Documents/EnterpriseOrder/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherEmployer.GetAsync($"/Employer/Documents/EnterpriseOrderPreview/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCollege.GetAsync($"/College/Documents/EnterpriseOrder/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCollege.GetAsync($"/College/Documents/EnterpriseOrderPreview/{order.Id}")).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.IssuedDocuments.AnyAsync());
    }

    [Fact]
    public async Task CollegeReadsOnlyItsOwnLinesOfAnOrderCoveringTwoColleges()
    {
        var mine = await Data.CollegeAsync();
        var theirs = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (order, _, mentor, myLearners) = await Data.EnterpriseOrderAsync(mine, employer);
        var (other, _, _, theirLearners) = await Data.EnterpriseOrderAsync(theirs, employer, number: "13-к", mentor: mentor);
        await using (var db = Factory.CreateDbContext())
        {
            // Move the other college's lines into the first order, as one order appointing the mentor to both groups.
            var lines = await db.EnterpriseOrderLines.Where(l => l.OrderId == other.Id).ToListAsync();
            foreach (var line in lines)
            {
                line.OrderId = order.Id;
                line.LineNo += 10;
            }

            await db.SaveChangesAsync();
        }

        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);
        var text = await PdfPages.TextAsync(await client.GetAsync($"/College/Documents/EnterpriseOrder/{order.Id}?lang=ky"));

        Assert.Contains(myLearners[0].FullName, text);
        Assert.DoesNotContain(theirLearners[0].FullName, text);
    }

    [Theory]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Learner)]
    public async Task Get_Pdf_AsMentorOrLearner_IsForbidden(string role)
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (order, _, mentor, learners) = await Data.EnterpriseOrderAsync(college, employer);
        var client = role == Roles.Mentor
            ? await SignInAsync(role, employer.Id, mentorId: mentor.Id)
            : await SignInAsync(role, college.Id, learnerId: learners[0].Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Employer/Documents/EnterpriseOrder/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/College/Documents/EnterpriseOrder/{order.Id}")).StatusCode);
    }

    [Fact]
    public async Task Renumbering_TheOrder_GivesTheNextPrintANewCode_AndTheOldOneNoLongerVerifies()
    {
        var employer = await Data.EmployerAsync();
        var (order, _, _, _) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer, number: "5-к");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        await client.GetAsync($"/Employer/Documents/EnterpriseOrder/{order.Id}?lang=ky");
        var old = (await CodeOfAsync(order.Id)).Code;
        await using (var db = Factory.CreateDbContext())
        {
            order = await db.EnterpriseOrders.AsNoTracking().SingleAsync();
        }

        var saved = await client.PostFormAsync("/Employer/EnterpriseOrders/Save", new()
        {
            ["Id"] = order.Id.ToString(), ["Version"] = order.Version.ToString(), ["OrderNumber"] = "6-к", ["OrderDate"] = "2026-03-30",
            ["HeadName"] = order.HeadName, ["HeadPosition"] = order.HeadPosition, ["Basis"] = "",
        });
        await MentorAppointmentTests.AssertRedirectAsync(saved);
        var text = await PdfPages.TextAsync(await client.GetAsync($"/Employer/Documents/EnterpriseOrder/{order.Id}?lang=ru"));

        var current = await CodeOfAsync(order.Id);
        Assert.NotEqual(old, current.Code);
        Assert.Equal("6-к", current.Number);
        Assert.Contains("№ 6-к", text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/verify/{old}")).StatusCode);
    }
}
