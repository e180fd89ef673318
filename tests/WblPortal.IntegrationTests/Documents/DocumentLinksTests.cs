using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Documents;

/// <summary>The pages of what a document documents lead to its printable version, and a confirmed placement leads
/// to its agreements and its sending order.</summary>
public sealed class DocumentLinksTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_OrderPage_LinksToItsPrintableDocumentThatOpens()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync($"/College/Orders/Details/{order.Id}");

        var link = page.QuerySelector("[data-testid=document-link]")!.GetAttribute("href")!;
        Assert.Equal($"/College/Documents/OrderPreview/{order.Id}", link);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Get_ConfirmedPlacementPage_LinksToItsAgreementsAndANewSendingOrder()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var group = await Data.GroupAsync(college);
        var placement = await Data.ConfirmedPlacementAsync(college, employer, [await Data.LearnerAsync(college, group)]);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync($"/College/Placements/Details/{placement.Id}");

        Assert.Equal($"/College/Agreements?placement={placement.Id}", page.QuerySelector("[data-testid=placement-agreements]")!.GetAttribute("href"));
        var orderLink = page.QuerySelector("[data-testid=placement-order]")!.GetAttribute("href")!;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(orderLink)).StatusCode);
    }
}
