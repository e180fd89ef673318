using System.Net;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using WblPortal.Domain.Access;
using WblPortal.Domain.Documents;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Appointments;

/// <summary>The mentor's dashboard lists the enterprise orders appointing them, with the document; nobody else's.</summary>
public sealed class MentorOrdersTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_Dashboard_ListsTheOrdersAppointingTheMentor_AndThePdfHasTheirLines()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (order, _, mentor, learners) = await Data.EnterpriseOrderAsync(college, employer, number: "31-к");
        var colleague = await Data.MentorAsync(employer, m => m.FullName = "Сатыбалдиев Эрлан");
        var (otherOrder, _, _, _) = await Data.EnterpriseOrderAsync(college, employer, number: "32-к", mentor: colleague);
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id, culture: "en");

        var dashboard = await client.GetDocumentAsync("/Mentor");
        var response = await client.GetAsync($"/Mentor/Documents/EnterpriseOrder/{order.Id}?lang=ky");

        var row = Assert.Single(dashboard.QuerySelectorAll("[data-testid=my-orders] tbody tr"));
        Assert.Equal(order.Id.ToString(), row.GetAttribute("data-order"));
        Assert.Contains("31-к", row.TextContent);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Бөкөнбаев", text);
        Assert.Contains(learners[0].LastName, text);
        Assert.DoesNotContain("Сатыбалдиев", text);
        await using var db = Factory.CreateDbContext();
        var code = await db.IssuedDocuments.SingleAsync(d => d.EntityId == order.Id);
        Assert.Equal(IssuedDocumentKind.EnterpriseOrder, code.Kind);
        Assert.Contains(code.Code, text);
        Assert.NotEqual(otherOrder.Id, order.Id);
    }

    [Fact]
    public async Task Get_OrderDocument_OfAnotherMentorOrEmployer_ReturnsNotFound()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (order, _, _, _) = await Data.EnterpriseOrderAsync(college, employer);
        var colleague = await SignInAsync(Roles.Mentor, employer.Id, mentorId: (await Data.MentorAsync(employer)).Id);
        var otherEmployer = await Data.EmployerAsync();
        var stranger = await SignInAsync(Roles.Mentor, otherEmployer.Id, mentorId: (await Data.MentorAsync(otherEmployer)).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/Mentor/Documents/EnterpriseOrder/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Mentor/Documents/EnterpriseOrderPreview/{order.Id}")).StatusCode);
        Assert.NotNull((await colleague.GetDocumentAsync("/Mentor")).QuerySelector("[data-testid=my-orders-empty]"));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.IssuedDocuments.AnyAsync());
    }
}
