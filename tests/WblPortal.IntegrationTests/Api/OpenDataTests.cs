using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.IntegrationTests.MinistryArea;

namespace WblPortal.IntegrationTests.Api;

/// <summary>Open data (/open-data): the national aggregates — the dashboard's own figures — as CSV and JSON, anonymous,
/// cacheable, with the licence in the file and on the page, in ky, ru and en.</summary>
public sealed class OpenDataTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData("ky-KG", "Ачык маалыматтар")]
    [InlineData("ru-KG", "Открытые данные")]
    [InlineData("en", "Open data")]
    public async Task Get_Page_IsPublic_InTheVisitorsLanguage_WithLicenceAndLinks(string culture, string title)
    {
        var page = await PortalClient.Anonymous(Factory, culture).GetDocumentAsync("/open-data?year=2025");

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/open-data/national.csv?year=2025&culture={culture}", links);
        Assert.Contains($"/open-data/national.json?year=2025&culture={culture}", links);
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", links);
    }

    [Fact]
    public async Task Get_Home_LinksToOpenData()
    {
        var page = await PortalClient.Anonymous(Factory, "ky-KG").GetDocumentAsync("/");

        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/open-data");
    }

    [Fact]
    public async Task Get_Json_IsAnonymousCacheable_WithLicence_AndTheDashboardsFigures()
    {
        await MinistryDataset.CreateAsync(Data);

        var response = await PortalClient.Anonymous(Factory, "en").GetAsync("/open-data/national.json?year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("public", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("CC BY 4.0", json.GetProperty("licence").GetString());
        Assert.Equal(PortalFactory.PublicUrl + "/open-data", json.GetProperty("source").GetString());
        var stats = json.GetProperty("figures").GetProperty("stats").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("value").GetDecimal());
        Assert.Equal(5, stats["learners"]);
        Assert.Equal(2, stats["colleges"]);
    }

    [Fact]
    public async Task Get_Csv_StartsWithTheLicenceLine_AndHoldsTheFigures()
    {
        await MinistryDataset.CreateAsync(Data);

        var response = await PortalClient.Anonymous(Factory, "ru-KG").GetAsync("/open-data/national.csv?year=2025&culture=ru-KG");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("public", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n');
        Assert.StartsWith("# Лицензия: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", lines[0].Trim('"'), StringComparison.Ordinal);
        Assert.Equal("figure,figure_title,row,column,value", lines[1].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith("by-form,", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith(",5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/open-data/national.json?year=abc")]
    [InlineData("/open-data/national.csv?year=1800")]
    [InlineData("/open-data?year=%00")]
    public async Task Get_JunkYear_Returns400(string url)
    {
        var response = await PortalClient.Anonymous(Factory, "ky-KG").GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_Json_WithSmallCellsSuppressed_ShowsMarkersNotCounts()
    {
        await MinistryDataset.CreateAsync(Data);
        var suppressing = Factory.WithWebHostBuilder(b => b.UseSetting("Privacy:SuppressSmallCells", "true"));

        var response = await PortalClient.Anonymous(suppressing, "en").GetAsync("/open-data/national.json?year=2025");

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var stats = json.GetProperty("figures").GetProperty("stats").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("value"));
        Assert.Equal(5, stats["learners"].GetInt32());
        Assert.Equal(JsonValueKind.String, stats["male"].ValueKind);
        Assert.Contains(stats["male"].GetString(), new[] { "<5", "×" });
        Assert.Equal("<5", stats["sen"].GetString());
    }
}
