using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Mentors;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Appointments;

/// <summary>The employer's register of enterprise orders, an order's page and the correction of its particulars.</summary>
public sealed class EnterpriseOrderPagesTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Edit(EnterpriseOrder order, string number = "12-к/1", string head = "Асанова Гүлнара") => new()
    {
        ["Id"] = order.Id.ToString(), ["Version"] = order.Version.ToString(), ["OrderNumber"] = number, ["OrderDate"] = "2026-03-31",
        ["HeadName"] = head, ["HeadPosition"] = "Директор", ["Basis"] = "",
    };

    [Fact]
    public async Task Get_Index_ListsOwnOrdersOnly_AndSearchesByMentor()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        await Data.EnterpriseOrderAsync(college, employer, number: "3-к");
        await Data.EnterpriseOrderAsync(college, employer, number: "4-к", mentor: await Data.MentorAsync(employer, m => m.FullName = "Сейитова Айнура"));
        await Data.EnterpriseOrderAsync(college, await Data.EmployerAsync(), number: "99-к");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var all = (await client.GetDocumentAsync("/Employer/EnterpriseOrders")).QuerySelector("tbody")!.TextContent;
        var found = (await client.GetDocumentAsync("/Employer/EnterpriseOrders?q=сейит")).QuerySelector("tbody")!.TextContent;

        Assert.Contains("3-к", all);
        Assert.Contains("4-к", all);
        Assert.DoesNotContain("99-к", all);
        Assert.Contains("4-к", found);
        Assert.DoesNotContain("3-к", found);
    }

    [Fact]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        for (var i = 0; i < 4; i++)
        {
            await Data.EnterpriseOrderAsync(college, employer, number: $"{i + 1}");
        }

        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/Employer/EnterpriseOrders");
        counter.Reset();

        await client.GetAsync("/Employer/EnterpriseOrders?sort=mentor&desc=true");

        Assert.InRange(counter.Count, 1, 6);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var employer = await Data.EmployerAsync();
        await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.GetAsync("/Employer/EnterpriseOrders/Export?q=12");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_Details_ShowsTheMentorAndLearners()
    {
        var employer = await Data.EmployerAsync();
        var (order, _, mentor, learners) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var text = (await client.GetDocumentAsync($"/Employer/EnterpriseOrders/Details/{order.Id}")).Body!.TextContent;

        Assert.Contains(mentor.FullName, text);
        Assert.Contains(learners[0].FullName, text);
        Assert.Contains("12-к", text);
    }

    [Fact]
    public async Task Post_Save_CorrectsTheParticulars()
    {
        var employer = await Data.EmployerAsync();
        var (order, _, _, _) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Save", Edit(order));

        await MentorAppointmentTests.AssertRedirectAsync(response);
        await using var db = Factory.CreateDbContext();
        var saved = await db.EnterpriseOrders.SingleAsync();
        Assert.Equal(("12-к/1", new DateOnly(2026, 3, 31), "Асанова Гүлнара"), (saved.Number, saved.OrderDate, saved.HeadName));
    }

    [Theory]
    [InlineData("", "Enter the order number.")]
    [InlineData("1234567890123456789012345678901", "At most 30 characters")]
    public async Task Post_Save_BadNumber_ShowsMessageAndChangesNothing(string number, string fragment)
    {
        var employer = await Data.EmployerAsync();
        var (order, _, _, _) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Save", Edit(order, number));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fragment, (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=OrderNumber]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("12-к", (await db.EnterpriseOrders.SingleAsync()).Number);
    }

    [Fact]
    public async Task Post_Save_NumberOfAnotherOrderThisYear_IsRefused()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        await Data.EnterpriseOrderAsync(college, employer, number: "5");
        var (order, _, _, _) = await Data.EnterpriseOrderAsync(college, employer, number: "6");
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "ky-KG");

        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Save", Edit(order, "5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ишканада 2026-жылы ушул номердеги буйрук бар.",
            (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=OrderNumber]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_Save_StaleVersion_TellsSecondWriterAndKeepsFirstWritersChange()
    {
        var employer = await Data.EmployerAsync();
        var (order, _, _, _) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en");

        await client.PostFormAsync("/Employer/EnterpriseOrders/Save", Edit(order, head: "Биринчи"));
        var response = await client.PostFormAsync("/Employer/EnterpriseOrders/Save", Edit(order, head: "Экинчи"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Биринчи", (await db.EnterpriseOrders.SingleAsync()).HeadName);
    }

    [Fact]
    public async Task OtherEmployersOrder_ReturnsNotFoundOnEveryPageAndPost()
    {
        var (order, _, _, _) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), await Data.EmployerAsync());
        var client = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/EnterpriseOrders/Details/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/EnterpriseOrders/Edit/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/Employer/EnterpriseOrders/Save", Edit(order))).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("12-к", (await db.EnterpriseOrders.SingleAsync()).Number);
    }

    [Fact]
    public async Task MentorOfTheEmployer_IsForbiddenTheRegister()
    {
        var employer = await Data.EmployerAsync();
        var (order, _, mentor, _) = await Data.EnterpriseOrderAsync(await Data.CollegeAsync(), employer);
        var client = await SignInAsync(Roles.Mentor, employer.Id, mentorId: mentor.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Employer/EnterpriseOrders/Details/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Employer/Documents/EnterpriseOrder/{order.Id}")).StatusCode);
    }
}
