using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Documents;

/// <summary>Issue 13 (a fixed, verifiable record): an issued document's PDF is stored on its first print, per language,
/// with its SHA-256; printing it again returns those bytes, and /verify shows the hash.</summary>
public sealed class IssuedDocumentRecordTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_IssuedOrderAgainAfterTheCollegeWasRenamed_ReturnsTheBytesFirstIssued()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: 31);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var first = await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));
        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE colleges SET name_ky = 'Жаңы аталыштагы колледж' WHERE id = {college.Id}");
        }

        var again = await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));

        Assert.Equal(first, again);
        Assert.DoesNotContain("Жаңы аталыштагы", PdfPages.Text(again), StringComparison.Ordinal);
        await using var check = Factory.CreateDbContext();
        var stored = await check.IssuedDocumentFiles.SingleAsync(f => check.IssuedDocuments.Any(d => d.Id == f.IssuedDocumentId && d.EntityId == order.Id));
        Assert.Equal("ky", stored.Language);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), stored.Sha256);
    }

    [Fact]
    public async Task Get_IssuedOrderInBothLanguages_StoresOnePdfPerLanguage_AndVerifyShowsTheirHashes()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: 32);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var ky = await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));
        var ru = await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Order/{order.Id}?lang=ru"));
        string code;
        await using (var db = Factory.CreateDbContext())
        {
            code = (await db.IssuedDocuments.SingleAsync(d => d.EntityId == order.Id)).Code;
        }

        var page = await PortalClient.Anonymous(Factory, "ru-KG").GetDocumentAsync($"/verify/{code}");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ky)), page.QuerySelector("[data-testid=sha256-ky]")!.TextContent);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ru)), page.QuerySelector("[data-testid=sha256-ru]")!.TextContent);
    }

    [Fact]
    public async Task Get_DraftOrder_PrintsLiveAndStoresNothing()
    {
        var college = await Data.CollegeAsync();
        var (order, _, _) = await Data.SendingOrderAsync(college, await Data.EmployerAsync(), issueNumber: null);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);

        await PdfPages.BytesAsync(await admin.GetAsync($"/College/Documents/Order/{order.Id}?lang=ky"));

        await using var db = Factory.CreateDbContext();
        Assert.Equal(0, await db.IssuedDocumentFiles.CountAsync(f => db.IssuedDocuments.Any(d => d.Id == f.IssuedDocumentId && d.EntityId == order.Id)));
    }

    [Theory]
    [InlineData("ky-KG", "Мындай код менен эч кандай документ берилген эмес.")]
    [InlineData("ru-KG", "Документ с таким кодом не выдавался.")]
    [InlineData("en", "No document with this code was issued.")]
    public async Task Get_VerifyUnknownCode_SaysNoSuchDocumentWasIssued(string culture, string message)
    {
        var response = await PortalClient.Anonymous(Factory, culture).GetAsync("/verify/ABCD-EFGH-JKMN");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-testid=unknown]")!.TextContent);
    }
}
