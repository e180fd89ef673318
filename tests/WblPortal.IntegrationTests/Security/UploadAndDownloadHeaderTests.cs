using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Partnerships;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Security;

/// <summary>Uploads are typed by their whole content and kept under a name of that type; downloads of personal data are
/// attachments that no cache keeps.</summary>
public sealed class UploadAndDownloadHeaderTests(PortalFactory factory) : IntegrationTest(factory)
{
    public static TheoryData<string, byte[]> Polyglots => new()
    {
        { "photo.png", [.. TestData.MinimalPng(), .. "<html><script>alert(document.cookie)</script></html>"u8.ToArray()] },
        { "scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF") },
        { "scan.pdf", "%PDF-1.4\n<svg onload=alert(1)>"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Polyglots))]
    public async Task Post_UploadScan_FileWithHtmlBehindAnAllowedSignature_IsRefusedAndNothingSaved(string fileName, byte[] content)
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.PartnershipAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFileAsync("/College/Partnerships/UploadScan",
            new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString() }, "Scan", fileName, "application/pdf", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Upload a PDF, JPEG or PNG file.", page.QuerySelector("[data-valmsg-for=Scan]")!.TextContent.Trim());
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.StoredFiles.AnyAsync());
        Assert.Equal(PartnershipStatus.Draft, (await db.Partnerships.SingleAsync()).Status);
    }

    [Fact]
    public async Task Post_UploadScan_PdfNamedHtml_IsStoredAsPdfAndServedAsAttachment()
    {
        var college = await Data.CollegeAsync();
        var draft = await Data.PartnershipAsync(college, await Data.EmployerAsync());
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFileAsync("/College/Partnerships/UploadScan",
            new() { ["Id"] = draft.Id.ToString(), ["Version"] = draft.Version.ToString() }, "Scan", "invoice.html", "text/html", TestData.MinimalPdf());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var file = await db.StoredFiles.SingleAsync();
        Assert.Equal("invoice.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);

        var download = await client.GetAsync($"/College/Partnerships/Scan/{draft.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(download.Headers.CacheControl!.NoStore);
    }

    [Theory]
    [InlineData("/College/Learners/Export")]
    [InlineData("/College/Learners")]
    public async Task Get_SignedInPageOrExport_IsNotStoredByCaches(string url)
    {
        var college = await Data.CollegeAsync();
        await Data.LearnerAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task Get_DocumentPdf_IsNotStoredByCaches()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: 3);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.GetAsync($"/College/Documents/Order/{order.Id}?lang=ru");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
