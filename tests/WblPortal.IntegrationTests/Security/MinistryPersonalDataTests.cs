using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace WblPortal.IntegrationTests.Security;

/// <summary>Law No. 58: the ministry sees counts, never a person. Every GET page and export of the Ministry area, over
/// the demo data (annual reports in every status included), is read — HTML, the text of PDFs and of xlsx workbooks —
/// and must hold no learner's name or PIN.</summary>
public sealed class MinistryPersonalDataTests(PortalFactory factory, ITestOutputHelper output) : IntegrationTest(factory)
{
    [Fact]
    public async Task EveryMinistryPageAndExport_ShowsNoLearnersNameOrPin()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        List<string> persons;
        List<Guid> reports;
        await using (var db = Factory.CreateDbContext())
        {
            var learners = await db.Learners.Select(l => new { l.LastName, l.FirstName, l.Pin }).ToListAsync();
            persons = learners.SelectMany(l => new[] { $"{l.LastName} {l.FirstName}", $"{l.FirstName} {l.LastName}", l.Pin }).Distinct().ToList();
            reports = await db.AnnualReports.Select(r => r.Id).ToListAsync();
        }

        var ministry = PortalClient.Anonymous(Factory, "ky-KG");
        Assert.Equal(HttpStatusCode.Redirect, (await ministry.PostFormAsync("/account/login",
            new() { ["Email"] = "ministry@wbl.kg", ["Password"] = DemoDataSeeder.DemoPassword })).StatusCode);

        var urls = new List<string>();
        var provider = Factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>();
        foreach (var action in provider.ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
                     .Where(a => a.RouteValues.TryGetValue("area", out var area) && area == "Ministry"))
        {
            var methods = action.EndpointMetadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            if (methods.Count > 0 && !methods.Contains("GET"))
            {
                continue;
            }

            var path = $"/Ministry/{action.ControllerName}/{action.ActionName}";
            var langs = action.Parameters.Any(p => p.Name == "lang") ? new[] { "?lang=ky", "?lang=ru" } : [""];
            var withId = action.Parameters.Any(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase));
            foreach (var lang in langs)
            {
                urls.AddRange(withId ? reports.Select(id => $"{path}/{id}{lang}") : [path + lang]);
            }
        }

        var read = 0;
        var leaks = new List<string>();
        foreach (var url in urls)
        {
            var response = await ministry.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.True((int)response.StatusCode < 500, $"GET {url} → {(int)response.StatusCode}");
                continue;
            }

            read++;
            var text = await TextOfAsync(response);
            if (persons.FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal)) is { } person)
            {
                leaks.Add($"{url} shows \"{person}\"");
            }
        }

        output.WriteLine($"{urls.Count} ministry URLs requested, {read} read (HTML, PDF, xlsx), {persons.Count} names and PINs looked for, {leaks.Count} found");
        Assert.True(read > 20, $"only {read} pages read");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        switch (response.Content.Headers.ContentType?.MediaType)
        {
            case "application/pdf":
                using (var pdf = PdfDocument.Open(bytes))
                {
                    return string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
                }

            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                using (var zip = new ZipArchive(new MemoryStream(bytes)))
                {
                    var text = new StringBuilder();
                    foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
                    {
                        using var reader = new StreamReader(entry.Open());
                        text.Append(await reader.ReadToEndAsync()).Append(' ');
                    }

                    return System.Net.WebUtility.HtmlDecode(text.ToString());
                }

            default:
                return System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes));
        }
    }
}
