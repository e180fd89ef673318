using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Partnerships;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Partnerships;

public sealed class PartnershipPagesTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Draft(Guid employerId, string number = "ЖОО-12") => new()
    {
        ["EmployerId"] = employerId.ToString(),
        ["Kind"] = nameof(PartnershipKind.WblContract),
        ["Number"] = number,
        ["ConcludedOn"] = "2026-02-01",
        ["ValidFrom"] = "2026-02-01",
        ["ValidUntil"] = "2028-01-31",
        ["Subject"] = "Өндүрүштүк практиканы уюштуруу",
    };

    [Fact]
    public async Task Lifecycle_DraftSignedByBothSidesThroughThePages_IsSignedWithHistoryAndNotifications()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var collegeClient = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var employerClient = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var created = await collegeClient.PostFormAsync("/College/Partnerships/Save", Draft(employer.Id));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using (var db = Factory.CreateDbContext())
        {
            var draft = await db.Partnerships.SingleAsync();
            Assert.Equal(PartnershipStatus.Draft, draft.Status);
            Assert.Equal(college.Id, draft.CollegeId);
            var signed = await collegeClient.PostFormAsync("/College/Partnerships/Sign", new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        await using (var db = Factory.CreateDbContext())
        {
            var p = await db.Partnerships.SingleAsync();
            Assert.NotNull(p.CollegeSignedAt);
            Assert.Equal(PartnershipStatus.Draft, p.Status);
            Assert.Single(await db.Notifications.Where(n => n.RecipientEmployerId == employer.Id).ToListAsync());
            var signed = await employerClient.PostFormAsync("/Employer/Partnerships/Sign", new() { ["Id"] = p.Id.ToString(), ["Version"] = p.Version.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        await using var check = Factory.CreateDbContext();
        var final = await check.Partnerships.SingleAsync();
        Assert.Equal(PartnershipStatus.Signed, final.Status);
        Assert.Single(await check.Notifications.Where(n => n.RecipientCollegeId == college.Id).ToListAsync());
        var page = await collegeClient.GetDocumentAsync($"/College/Partnerships/Details/{final.Id}");
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=history] tbody tr").Length);
        Assert.Equal("Кол коюлган", page.QuerySelector("[data-testid=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_EditDraft_ChangesItAndSignedOnesAreNoLongerEditable()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var draft = await Data.PartnershipAsync(college, employer);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);
        var fields = Draft(employer.Id, "Жаңы-1");
        fields["Id"] = draft.Id.ToString();
        fields["Version"] = draft.Version.ToString();

        var response = await client.PostFormAsync("/College/Partnerships/Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Жаңы-1", (await db.Partnerships.SingleAsync()).Number);
        var signed = await Data.SignedPartnershipAsync(college, employer);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Partnerships/Edit/{signed.Id}")).StatusCode);
    }

    [Fact]
    public async Task Post_StaleVersion_TellsSecondWriterAndKeepsFirstWritersChange()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var draft = await Data.PartnershipAsync(college, employer);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var first = Draft(employer.Id, "Биринчи");
        first["Id"] = draft.Id.ToString();
        first["Version"] = draft.Version.ToString();
        await client.PostFormAsync("/College/Partnerships/Save", first);
        var second = new Dictionary<string, string>(first) { ["Number"] = "Экинчи" };

        var response = await client.PostFormAsync("/College/Partnerships/Save", second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this record", (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Биринчи", (await db.Partnerships.SingleAsync()).Number);
    }

    [Theory]
    [InlineData("en", "Only the college administrator signs for the college.")]
    [InlineData("ky-KG", "Колледждин атынан колледждин администратору гана кол коёт.")]
    public async Task Post_SignAsCollegeStaff_IsRefusedWithLocalizedMessage(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.PartnershipAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeStaff, college.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Partnerships/Sign", new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Partnerships.SingleAsync()).CollegeSignedAt);
    }

    [Fact]
    public async Task Post_InvalidDraft_ShowsMessagesNextToFieldsAndSavesNothing()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var fields = Draft(employer.Id);
        fields["Number"] = "";
        fields["ValidUntil"] = "2025-01-01";

        var response = await client.PostFormAsync("/College/Partnerships/Save", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Fill in this field.", page.QuerySelector("[data-valmsg-for=Number]")!.TextContent.Trim());
        Assert.Equal("The end of validity cannot be before its start.", page.QuerySelector("[data-valmsg-for=ValidUntil]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Partnerships.AnyAsync());
    }

    [Theory]
    [InlineData("scan.pdf", "application/pdf")]
    [InlineData("scan.png", "image/png")]
    public async Task Post_UploadScan_PdfOrPng_MarksSignedOnPaperAndEmployerDownloadsIt(string fileName, string contentType)
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var draft = await Data.PartnershipAsync(college, employer);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);
        var content = contentType == "image/png" ? TestData.MinimalPng() : TestData.MinimalPdf();

        var response = await client.PostFileAsync("/College/Partnerships/UploadScan",
            new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString() }, "Scan", fileName, contentType, content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var p = await db.Partnerships.SingleAsync();
        Assert.Equal(PartnershipStatus.SignedOnPaper, p.Status);
        var file = await db.StoredFiles.SingleAsync();
        Assert.Equal(contentType, file.ContentType);
        Assert.Equal(employer.Id, file.EmployerId);

        var employerClient = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var download = await employerClient.GetAsync($"/Employer/Partnerships/Scan/{p.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("en", "Upload a PDF, JPEG or PNG file.")]
    [InlineData("ky-KG", "PDF, JPEG же PNG файлын жүктөңүз.")]
    [InlineData("ru-KG", "Загрузите файл PDF, JPEG или PNG.")]
    public async Task Post_UploadScan_TextRenamedPdf_IsRefusedWithLocalizedMessageAndNothingSaved(string culture, string message)
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.PartnershipAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: culture);

        var response = await client.PostFileAsync("/College/Partnerships/UploadScan",
            new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString() }, "Scan", "contract.pdf", "application/pdf",
            "Бул PDF эмес, жөн эле текст."u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=Scan]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PartnershipStatus.Draft, (await db.Partnerships.SingleAsync()).Status);
        Assert.False(await db.StoredFiles.AnyAsync());
    }

    [Fact]
    public async Task Post_UploadScan_LargerThan10MB_IsRefusedAndNothingSaved()
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.PartnershipAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");
        var big = new byte[10 * 1024 * 1024 + 1];
        TestData.MinimalPdf().CopyTo(big, 0);

        var response = await client.PostFileAsync("/College/Partnerships/UploadScan",
            new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString() }, "Scan", "big.pdf", "application/pdf", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("The file is larger than 10 MB.", page.QuerySelector("[data-valmsg-for=Scan]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PartnershipStatus.Draft, (await db.Partnerships.SingleAsync()).Status);
        Assert.False(await db.StoredFiles.AnyAsync());
    }

    [Fact]
    public async Task Post_Terminate_WithReason_TerminatesAndNotifiesEmployer_WithoutReason_IsRefused()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var signed = await Data.SignedPartnershipAsync(college, employer);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var refused = await client.PostFormAsync("/College/Partnerships/Terminate", new() { ["Id"] = signed.Id.ToString(), ["Version"] = signed.Version.ToString(), ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Fill in this field.", (await PortalClient.ParseAsync(refused)).QuerySelector("[data-valmsg-for=Reason]")!.TextContent.Trim());

        var response = await client.PostFormAsync("/College/Partnerships/Terminate",
            new() { ["Id"] = signed.Id.ToString(), ["Version"] = signed.Version.ToString(), ["Reason"] = "Ишкана жабылды" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var p = await db.Partnerships.SingleAsync();
        Assert.Equal(PartnershipStatus.Terminated, p.Status);
        Assert.Equal("Ишкана жабылды", p.TerminationReason);
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientEmployerId == employer.Id && n.MessageKey == "Notify_PartnershipTerminated"));
    }

    [Fact]
    public async Task Get_Index_ShowsSignedPastItsValidityAsExpired_AndFiltersByStatusAndKind()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var expired = await Data.SignedPartnershipAsync(college, employer, validUntil: new DateOnly(2026, 1, 31));
        var valid = await Data.SignedPartnershipAsync(college, employer, kind: PartnershipKind.Memorandum);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var expiredPage = await client.GetDocumentAsync("/College/Partnerships?status=Expired");
        var rows = expiredPage.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains(expired.Number, rows[0].TextContent);
        Assert.Contains("Expired", rows[0].TextContent);

        var memoranda = await client.GetDocumentAsync("/College/Partnerships?kind=Memorandum");
        Assert.Single(memoranda.QuerySelectorAll("tbody tr"));
        Assert.Contains(valid.Number, memoranda.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Get_Index_SearchFindsByEmployerNameIgnoringKyrgyzCase()
    {
        var college = await Data.CollegeAsync();
        await Data.PartnershipAsync(college, await Data.EmployerAsync(e => e.Name = "\"Өнөр-Түзүүчү\" ЖЧК"));
        await Data.PartnershipAsync(college, await Data.EmployerAsync(e => e.Name = "\"Агро\" ААК"));
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync("/College/Partnerships?q=" + Uri.EscapeDataString("ӨНӨР-ТҮЗ"));

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("Өнөр-Түзүүчү", rows[0].TextContent);
    }

    [Fact]
    public async Task Get_EmployerIndex_ListsItsPartnershipsWithEveryCollegeAndNoOtherEmployers()
    {
        var employer = await Data.EmployerAsync();
        var first = await Data.CollegeAsync(c => c.NameKy = "Биринчи колледж");
        var second = await Data.CollegeAsync(c => c.NameKy = "Экинчи колледж");
        await Data.PartnershipAsync(first, employer);
        await Data.SignedPartnershipAsync(second, employer);
        var foreign = await Data.PartnershipAsync(first, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);

        var page = await client.GetDocumentAsync("/Employer/Partnerships");

        var text = page.QuerySelector("tbody")!.TextContent;
        Assert.Equal(2, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Биринчи колледж", text);
        Assert.Contains("Экинчи колледж", text);
        Assert.DoesNotContain(foreign.Number, text);
    }

    [Fact]
    public async Task OtherCollegesPartnership_AnswersNotFoundOnGetAndEveryPost()
    {
        var mine = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var theirs = await Data.PartnershipAsync(other, employer);
        var theirsSigned = await Data.SignedPartnershipAsync(other, employer);
        var client = await SignInAsync(Roles.CollegeAdmin, mine.Id);
        var id = theirs.Id.ToString();
        var version = theirs.Version.ToString();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Partnerships/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Partnerships/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Partnerships/Scan/{id}")).StatusCode);
        var fields = Draft(employer.Id);
        fields["Id"] = id;
        fields["Version"] = version;
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Partnerships/Save", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Partnerships/Sign", new() { ["Id"] = id, ["Version"] = version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Partnerships/Terminate",
            new() { ["Id"] = theirsSigned.Id.ToString(), ["Version"] = theirsSigned.Version.ToString(), ["Reason"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFileAsync("/College/Partnerships/UploadScan",
            new() { ["Id"] = id, ["Version"] = version }, "Scan", "a.pdf", "application/pdf", TestData.MinimalPdf())).StatusCode);

        await using var db = Factory.CreateDbContext();
        Assert.Equal(PartnershipStatus.Draft, (await db.Partnerships.SingleAsync(p => p.Id == theirs.Id)).Status);
        Assert.Equal(PartnershipStatus.Signed, (await db.Partnerships.SingleAsync(p => p.Id == theirsSigned.Id)).Status);
        Assert.False(await db.StoredFiles.AnyAsync());
    }

    [Fact]
    public async Task OtherEmployersPartnership_AnswersNotFoundOnGetPostAndScan()
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.PartnershipAsync(college, await Data.EmployerAsync());
        var staff = await SignInAsync(Roles.CollegeAdmin, college.Id);
        await staff.PostFileAsync("/College/Partnerships/UploadScan",
            new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString() }, "Scan", "a.pdf", "application/pdf", TestData.MinimalPdf());
        var stranger = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        var otherCollege = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/College/Partnerships/Scan/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Employer/Partnerships/Details/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Employer/Partnerships/Scan/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCollege.GetAsync($"/College/Partnerships/Scan/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/Employer/Partnerships/Sign", new() { ["Id"] = draft.Id.ToString(), ["Version"] = "0" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/Employer/Partnerships/Terminate",
            new() { ["Id"] = draft.Id.ToString(), ["Version"] = "0", ["Reason"] = "x" })).StatusCode);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin, "/College/Partnerships")]
    [InlineData(Roles.Mentor, "/College/Partnerships")]
    [InlineData(Roles.Learner, "/College/Partnerships")]
    [InlineData(Roles.MinistryAnalyst, "/College/Partnerships")]
    [InlineData(Roles.CollegeAdmin, "/Employer/Partnerships")]
    [InlineData(Roles.Mentor, "/Employer/Partnerships")]
    public async Task Get_Index_AsRoleWithoutAccess_IsForbidden(string role, string url)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Export_ReturnsXlsx()
    {
        var college = await Data.CollegeAsync();
        await Data.PartnershipAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync("/College/Partnerships/Export?status=Draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await response.Content.ReadAsByteArrayAsync())[0]);
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin, "/College/Partnerships?page=2")]
    [InlineData(Roles.EmployerAdmin, "/Employer/Partnerships?page=2")]
    public async Task Get_Index_IssuesBoundedNumberOfSqlCommands(string role, string url)
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        for (var i = 0; i < 25; i++)
        {
            await Data.PartnershipAsync(college, employer);
        }

        var client = await SignInAsync(role, role == Roles.CollegeAdmin ? college.Id : employer.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync(url);
        counter.Reset();

        await client.GetAsync(url);

        Assert.InRange(counter.Count, 1, 7);
    }
}
