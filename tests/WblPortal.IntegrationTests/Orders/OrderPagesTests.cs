using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Orders;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Orders;

public sealed class OrderPagesTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<Order> ReloadAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id);
    }

    [Fact]
    public async Task SendingOrder_FromConfirmedPlacement_IsDraftedThenIssuedWithTheSuggestedNextNumber()
    {
        var college = await Data.CollegeAsync(c => c.City = "Ош");
        var employer = await Data.EmployerAsync(e => e.Name = "\"Ала-Тоо Курулуш\" ЖЧК");
        var group = await Data.GroupAsync(college, configure: g => g.Name = "ПО-2-24");
        var learners = new[]
        {
            await Data.LearnerAsync(college, group, l => l.LastName = "Асанова"),
            await Data.LearnerAsync(college, group, l => l.LastName = "Бекова"),
        };
        var placement = await Data.ConfirmedPlacementAsync(college, employer, learners);
        await Data.CuratorOrderAsync(college, issueNumber: 7, issuedOn: new DateOnly(DateTime.UtcNow.Year, 1, 15));
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var form = await client.GetDocumentAsync($"/College/Orders/CreateSending?placementId={placement.Id}");
        var title = form.QuerySelector("input[name=Title]")!.GetAttribute("value")!;
        Assert.Contains("Ала-Тоо Курулуш", title);
        var created = await client.PostFormAsync("/College/Orders/CreateSending", new()
        {
            ["PlacementId"] = placement.Id.ToString(), ["Title"] = title, ["Basis"] = "№470 токтомго ылайык",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.RedirectedId();
        var draftPage = await client.GetDocumentAsync($"/College/Orders/Details/{id}");
        Assert.Equal("8", draftPage.QuerySelector("input[name=Number]")!.GetAttribute("value"));
        var draft = await ReloadAsync(id);

        var issued = await client.PostFormAsync("/College/Orders/Issue", new()
        {
            ["Id"] = id.ToString(), ["Version"] = draft.Version.ToString(), ["Number"] = "8", ["IssuedOn"] = $"{DateTime.UtcNow.Year}-03-20",
        });

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var order = await ReloadAsync(id);
        Assert.Equal(OrderStatus.Issued, order.Status);
        Assert.Equal((8, DateTime.UtcNow.Year), (order.Number!.Value, order.Year!.Value));
        Assert.Equal(["Асанова", "Бекова"], order.Lines.OrderBy(l => l.LineNo).Select(l => l.LearnerName!.Split(' ')[0]));
        Assert.All(order.Lines, l => Assert.Equal("ПО-2-24", l.GroupName));

        var page = await client.GetDocumentAsync($"/College/Orders/Details/{id}");
        Assert.Equal("БУЙРУК", page.QuerySelector("#order-heading")!.TextContent.Trim());
        Assert.Equal("БУЙРУК КЫЛАМ:", page.QuerySelector("#order-decree")!.TextContent.Trim());
        Assert.Contains($"8/{DateTime.UtcNow.Year}", page.QuerySelector("#order-number")!.TextContent);
        Assert.Contains("Ош", page.QuerySelector("#order-city")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#order-lines tbody tr").Length);
        Assert.NotNull(page.QuerySelector("#order-control"));
        Assert.Contains(college.DirectorName, page.QuerySelector("#order-signature")!.TextContent);
        Assert.Null(page.QuerySelector("form[action$='/College/Orders/Issue']"));
        Assert.Null(page.QuerySelector($"a[href$='/College/Orders/Edit/{id}']"));

        var russian = await (await SignInAsync(Roles.CollegeStaff, college.Id, culture: "ru-KG")).GetDocumentAsync($"/College/Orders/Details/{id}");
        Assert.Equal("ПРИКАЗ", russian.QuerySelector("#order-heading")!.TextContent.Trim());
        Assert.Equal("ПРИКАЗЫВАЮ:", russian.QuerySelector("#order-decree")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Order No. 5 of 2026 already exists in your college's register.")]
    [InlineData("ky-KG", "Колледжиңиздин реестринде 2026-жылдын №5 буйругу мурунтан эле бар.")]
    public async Task Post_Issue_WithNumberTakenThisYear_IsRefusedWithLocalizedMessage(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        await Data.CuratorOrderAsync(college, issueNumber: 5, issuedOn: new DateOnly(2026, 2, 1));
        var draft = await Data.CuratorOrderAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Orders/Issue", new()
        {
            ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString(), ["Number"] = "5", ["IssuedOn"] = "2026-03-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=Number]")!.TextContent.Trim());
        Assert.Equal(OrderStatus.Draft, (await ReloadAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task Post_Issue_SameNumberNextYearOrInOtherCollege_IsAllowed()
    {
        var college = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        await Data.CuratorOrderAsync(college, issueNumber: 1, issuedOn: new DateOnly(2025, 12, 30));
        await Data.CuratorOrderAsync(other, issueNumber: 1, issuedOn: new DateOnly(2026, 1, 5));
        var draft = await Data.CuratorOrderAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync("/College/Orders/Issue", new()
        {
            ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString(), ["Number"] = "1", ["IssuedOn"] = "2026-01-10",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, (await ReloadAsync(draft.Id)).Number);
    }

    [Fact]
    public async Task IssuedOrder_CannotBeChangedByAnyPost()
    {
        var college = await Data.CollegeAsync();
        var order = await Data.CuratorOrderAsync(college, issueNumber: 3, issuedOn: new DateOnly(2026, 2, 1));
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Orders/Edit/{order.Id}")).StatusCode);
        var edit = await client.PostFormAsync("/College/Orders/Edit", new()
        {
            ["Id"] = order.Id.ToString(), ["Version"] = order.Version.ToString(), ["Title"] = "Өзгөртүлгөн", ["Basis"] = "Б",
        });
        var reissue = await client.PostFormAsync("/College/Orders/Issue", new()
        {
            ["Id"] = order.Id.ToString(), ["Version"] = order.Version.ToString(), ["Number"] = "99", ["IssuedOn"] = "2026-05-01",
        });

        Assert.Contains("An issued order cannot be changed", (await PortalClient.ParseAsync(edit)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("An issued order cannot be changed", (await PortalClient.ParseAsync(reissue)).QuerySelector("[role=alert]")!.TextContent);
        var saved = await ReloadAsync(order.Id);
        Assert.Equal(("Кураторлорду бекитүү жөнүндө", 3, new DateOnly(2026, 2, 1)), (saved.Title, saved.Number!.Value, saved.IssuedOn!.Value));
        Assert.Equal(order.Version, saved.Version);
    }

    [Fact]
    public async Task Post_Correct_CreatesDraftCitingTheIssuedOrder()
    {
        var college = await Data.CollegeAsync();
        var order = await Data.CuratorOrderAsync(college, issueNumber: 4, issuedOn: new DateOnly(2026, 2, 1));
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync($"/College/Orders/Correct/{order.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var correction = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.CorrectsOrderId == order.Id);
        Assert.Equal(OrderStatus.Draft, correction.Status);
        Assert.Contains("4/2026", correction.Title);
        Assert.Single(correction.Lines);
        var page = await client.GetDocumentAsync($"/College/Orders/Details/{correction.Id}");
        Assert.Contains("4/2026", page.QuerySelector("#order-corrects")!.TextContent);
        var original = await client.GetDocumentAsync($"/College/Orders/Details/{order.Id}");
        Assert.NotNull(original.QuerySelector("#order-corrected-by"));
        Assert.Equal(OrderStatus.Issued, (await ReloadAsync(order.Id)).Status);
    }

    [Fact]
    public async Task Post_CreateCurators_DraftsOrderWithEachChosenGroupAndItsCurator()
    {
        var college = await Data.CollegeAsync();
        var curator = await Data.CuratorAsync(college, c => c.FullName = "Токтогулова Бурул");
        var group = await Data.GroupAsync(college, configure: g => { g.Name = "Т-1-25"; g.CuratorId = curator.Id; });
        await Data.GroupAsync(college); // no curator: not offered
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var form = await client.GetDocumentAsync("/College/Orders/CreateCurators");
        Assert.Single(form.QuerySelectorAll("input[name=GroupIds]"));
        var response = await client.PostFormAsync("/College/Orders/CreateCurators", new()
        {
            ["Title"] = "Кураторлорду дайындоо жөнүндө", ["Basis"] = "", ["GroupIds"] = group.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var order = await db.Orders.Include(o => o.Lines).SingleAsync();
        Assert.Equal(OrderKind.AssigningCurators, order.Kind);
        Assert.Equal(("Т-1-25", "Токтогулова Бурул"), (order.Lines[0].GroupName, order.Lines[0].CuratorName!));
    }

    [Fact]
    public async Task Post_CreateCurators_WithoutGroups_ShowsLocalizedErrorAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: "ru-KG");

        var response = await client.PostFormAsync("/College/Orders/CreateCurators", new() { ["Title"] = "Т" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Выберите хотя бы одну группу.", page.QuerySelector("[data-valmsg-for=GroupIds]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Orders.AnyAsync());
    }

    [Fact]
    public async Task OtherCollegesOrder_AnswersNotFoundOnEveryGetAndPostAndStaysUnchanged()
    {
        var other = await Data.CollegeAsync();
        var draft = await Data.CuratorOrderAsync(other);
        var issued = await Data.CuratorOrderAsync(other, issueNumber: 1);
        var learner = await Data.LearnerAsync(other);
        var placement = await Data.ConfirmedPlacementAsync(other, await Data.EmployerAsync(), [learner]);
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Orders/Details/{issued.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Orders/Edit/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Orders/CreateSending?placementId={placement.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Orders/Edit", new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString(), ["Title"] = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Orders/Issue", new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString(), ["Number"] = "50", ["IssuedOn"] = "2026-03-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/College/Orders/Correct/{issued.Id}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Orders/CreateSending", new() { ["PlacementId"] = placement.Id.ToString(), ["Title"] = "X" })).StatusCode);

        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.Orders.CountAsync());
        Assert.Equal(OrderStatus.Draft, (await ReloadAsync(draft.Id)).Status);
        Assert.Equal(draft.Title, (await ReloadAsync(draft.Id)).Title);
    }

    [Fact]
    public async Task Post_Issue_AsCollegeStaff_IsForbidden()
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.CuratorOrderAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var response = await client.PostFormAsync("/College/Orders/Issue", new()
        {
            ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString(), ["Number"] = "1", ["IssuedOn"] = "2026-03-01",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(OrderStatus.Draft, (await ReloadAsync(draft.Id)).Status);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.MinistryAnalyst)]
    public async Task Get_Register_AsNonCollegeRole_IsForbidden(string role)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/College/Orders")).StatusCode);
    }

    [Fact]
    public async Task Get_Register_ListsOwnOrdersOfTheYearSearchedAndExportsXlsx()
    {
        var college = await Data.CollegeAsync();
        await Data.CuratorOrderAsync(college, issueNumber: 1, issuedOn: new DateOnly(2025, 5, 1));
        await Data.CuratorOrderAsync(college, issueNumber: 2, issuedOn: new DateOnly(2026, 2, 1));
        await Data.CuratorOrderAsync(await Data.CollegeAsync(), issueNumber: 9, issuedOn: new DateOnly(2026, 2, 1));
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var year = await client.GetDocumentAsync("/College/Orders?year=2026");
        var search = await client.GetDocumentAsync("/College/Orders?q=" + Uri.EscapeDataString("КУРАТОРЛОРДУ"));
        var export = await client.GetAsync("/College/Orders/Export?year=2026");

        Assert.Equal(["2/2026"], year.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Equal(2, search.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_RegisterAndOrder_IssueBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        var learners = new List<Domain.Learners.Learner>();
        for (var i = 0; i < 12; i++)
        {
            learners.Add(await Data.LearnerAsync(college));
        }

        var placement = await Data.ConfirmedPlacementAsync(college, await Data.EmployerAsync(), learners);
        var order = await Data.SendingOrderAsync(placement, learners, issueNumber: 1);
        for (var i = 2; i < 25; i++)
        {
            await Data.CuratorOrderAsync(college, issueNumber: i);
        }

        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Orders");
        counter.Reset();
        await client.GetDocumentAsync("/College/Orders?page=2&sort=number");
        var listCount = counter.Count;
        counter.Reset();
        var page = await client.GetDocumentAsync($"/College/Orders/Details/{order.Id}");
        var detailsCount = counter.Count;

        Assert.Equal(12, page.QuerySelectorAll("#order-lines tbody tr").Length);
        Assert.InRange(listCount, 1, 6);
        Assert.InRange(detailsCount, 1, 6);
    }
}
