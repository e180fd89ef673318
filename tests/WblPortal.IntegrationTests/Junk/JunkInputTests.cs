using System.Net;
using System.Net.Http.Headers;
using System.Text;
using WblPortal.Domain.Access;
using WblPortal.Domain.AnnualReports;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Junk;

/// <summary>The junk inputs of issues 11 and 15, each answering a localized 4xx page with the reason.</summary>
public sealed class JunkInputTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [Theory]
    [InlineData("college")]
    [InlineData("status")]
    [InlineData("region")]
    [InlineData("submitted")]
    public async Task Get_MinistryReportsSortedByEachKey_ReturnsOkInBothDirections(string key)
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        await Data.AnnualReportAsync(college, employers, AnnualReportStatus.Submitted);
        await Data.CollegeAsync();
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        foreach (var desc in new[] { "false", "true" })
        {
            var response = await client.GetAsync($"/Ministry/Reports?Year={TestData.ReportYear}&sort={key}&desc={desc}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Get_MinistryReportsSortedByStatus_FollowsTheWorkflowOrderWithNotStartedLast()
    {
        var (college, employers) = await Data.ReportWorldAsync(1);
        await Data.AnnualReportAsync(college, employers, AnnualReportStatus.Submitted);
        var draft = await Data.CollegeAsync();
        await Data.AnnualReportAsync(draft, employers);
        var none = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var page = await client.GetDocumentAsync($"/Ministry/Reports?Year={TestData.ReportYear}&sort=status");

        var names = page.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        var order = new[] { draft.NameKy, college.NameKy, none.NameKy }
            .Select(n => names.FindIndex(row => row.Contains(n, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order().ToList(), order);
    }

    [Fact]
    public async Task Get_MinistryReportsWithJunkSortKey_FallsBackToTheFirstColumn()
    {
        await Data.CollegeAsync();
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id);

        var response = await client.GetAsync("/Ministry/Reports?sort=%27%3B%20drop%20table%20colleges--&desc=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/College/Learners?q=a%00b")]
    [InlineData("/College/Learners/Export?q=%01")]
    public async Task Get_SearchWithControlCharacter_AnswersLocalizedBadRequest(string url)
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Contains("уруксат берилбеген белгилер", body, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-reasons\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FormFieldWithNulByte_AnswersBadRequestAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.Http.PostAsync("/College/Specialties/Save", new StringContent(
            "Code=123456&NameKy=a%00b&NameRu=x&NqfLevel=4&__RequestVerificationToken=" + Uri.EscapeDataString(await TokenAsync(client, "/College/Specialties")),
            Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        // The form reader itself refuses a NUL byte; the page says so.
        Assert.Equal("The form could not be read: it holds characters that are not allowed (such as NUL) or is malformed.",
            page.QuerySelector("[data-testid=error-reasons]")?.TextContent.Trim() ?? page.QuerySelector("main")?.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Empty(db.Specialties);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9999")]
    [InlineData("-1")]
    [InlineData("2147483648")]
    public async Task Get_MinistryPagesWithYearOutOfRange_AnswerLocalizedBadRequest(string year)
    {
        var client = await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: "ru-KG");

        foreach (var url in new[] { "/Ministry", "/Ministry/Dashboard/Workbook", "/Ministry/Reports" })
        {
            var response = await client.GetAsync($"{url}?Year={year}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await BodyAsync(response);
            Assert.Contains("Year", body, StringComparison.Ordinal);
            Assert.Contains("Запрос содержит значения", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("yes", HttpStatusCode.Redirect)]
    [InlineData("on", HttpStatusCode.Redirect)]
    [InlineData("maybe", HttpStatusCode.Redirect)]
    public async Task Post_LoginWithRememberMeWord_NeverAnswers5xx(string value, HttpStatusCode expected)
    {
        var user = await Data.UserAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(Factory);

        var response = await client.PostFormAsync("/account/login",
            new() { ["Email"] = user.Email!, ["Password"] = TestData.Password, ["RememberMe"] = value });

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/College?q=жаңы", "/College?q=%D0%B6%D0%B0%D2%A3%D1%8B")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    public async Task Post_LoginWithReturnUrl_RedirectsOnlyLocallyWithAnAsciiLocation(string returnUrl, string expected)
    {
        var user = await Data.UserAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var client = PortalClient.Anonymous(Factory);

        var response = await client.PostFormAsync("/account/login",
            new() { ["Email"] = user.Email!, ["Password"] = TestData.Password, ["ReturnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, Assert.Single(response.Headers.GetValues("Location")));
    }

    [Fact]
    public async Task Post_CultureWithNonAsciiReturnUrl_RedirectsWithAnAsciiLocation()
    {
        var client = PortalClient.Anonymous(Factory);

        var response = await client.PostFormAsync("/culture", new() { ["culture"] = "ru-KG", ["returnUrl"] = "/verify?code=ЖОО" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verify?code=%D0%96%D0%9E%D0%9E", Assert.Single(response.Headers.GetValues("Location")));
    }

    [Fact]
    public async Task Post_InboxMarkReadWithNonAsciiReturnUrl_RedirectsWithAnAsciiLocation()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync($"/Inbox/MarkRead/{Guid.NewGuid()}", new() { ["returnUrl"] = "/Inbox?q=ө" }, "/Inbox");

        Assert.True((int)response.StatusCode < 500, $"answered {response.StatusCode}");
        if (response.Headers.TryGetValues("Location", out var location))
        {
            Assert.All(location.Single(), c => Assert.InRange(c, '!', '~'));
        }
    }

    [Theory]
    [InlineData("/error/2147483648")]
    [InlineData("/error/0")]
    [InlineData("/error/200")]
    [InlineData("/error/abc")]
    public async Task Get_ErrorPageOfNoSuchStatus_AnswersNotFound(string url)
    {
        var response = await PortalClient.Anonymous(Factory).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_TenMegabyteForm_AnswersTooLargeStatingTheLimit()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var body = "NameKy=" + new string('x', 10 * 1024 * 1024) + "&__RequestVerificationToken=" + Uri.EscapeDataString(await TokenAsync(client, "/College/Specialties"));

        var response = await client.Http.PostAsync("/College/Specialties/Save", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("the limit is 2 MB", await BodyAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FiftyMegabyteUpload_AnswersTooLargeStatingTheLimit()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "ky-KG");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client, "/College/Specialties")), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[50 * 1024 * 1024]), "scan", "scan.pdf" },
        };

        var response = await client.Http.PostAsync($"/College/Agreements/Paper/{Guid.NewGuid()}", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("чеги 10 МБ", await BodyAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SixMegabyteCsvImport_AnswersTooLargeStatingTheLimitAndImportsNothing()
    {
        var college = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "ru-KG");
        var csv = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Group;LastName;FirstName\n", 6 * 1024 * 1024 / 25 + 1))));
        csv.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client, "/College/Learners/Import")), "__RequestVerificationToken" },
            { csv, "file", "learners.csv" },
        };

        var response = await client.Http.PostAsync("/College/Learners/Import", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("предел 5 МБ", await BodyAsync(response), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Empty(db.Learners);
    }

    [Fact]
    public async Task Post_ErrorPageWithTheJunkFormItReports_AnswersItsOwnStatus()
    {
        var response = await PortalClient.Anonymous(Factory).Http.PostAsync("/error/400",
            new StringContent("a=%00&b=" + new string('x', 100), Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> TokenAsync(PortalClient client, string page)
    {
        var document = await client.GetDocumentAsync(page);
        return document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
