using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Api;

/// <summary>Law No. 58: the API and the open data publish counts and organizations, never a person. Over the demo data,
/// every API endpoint (every page of its lists), the open-data files and the OpenAPI document are read in the three
/// languages and must hold no learner's name or ПИН, and no mentor's or contact person's name.</summary>
public sealed class ApiPersonalDataTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task EveryApiAndOpenDataAnswer_ShowsNoPersonsNameOrPin()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        List<string> persons;
        int[] years;
        await using (var db = Factory.CreateDbContext())
        {
            var learners = await db.Learners.Select(l => new { l.LastName, l.FirstName, l.Pin }).ToListAsync();
            persons = learners.SelectMany(l => new[] { $"{l.LastName} {l.FirstName}", $"{l.FirstName} {l.LastName}", l.Pin }).ToList();
            persons.AddRange(await db.Mentors.Select(m => m.FullName).ToListAsync());
            persons.AddRange(await db.Employers.Select(e => e.ContactPerson).ToListAsync());
            persons = persons.Where(p => p.Length > 3).Distinct().ToList();
            years = [.. (await db.Programmes.Select(p => p.AcademicYear).Distinct().ToListAsync())];
        }

        var (_, token) = await ApiClientFixtures.RegisterAsync(Factory);
        var urls = new List<string> { "/api/v1/openapi.json" };
        foreach (var year in years)
        {
            urls.AddRange([$"/api/v1/figures/national?year={year}", $"/api/v1/table1?year={year}", $"/open-data/national.json?year={year}", $"/open-data/national.csv?year={year}"]);
            urls.AddRange(Enumerable.Range(1, 3).Select(p => $"/api/v1/figures/colleges?year={year}&pageSize=5&page={p}"));
        }

        urls.AddRange(Enumerable.Range(1, 4).Select(p => $"/api/v1/colleges?pageSize=10&page={p}"));
        urls.AddRange(Enumerable.Range(1, 4).Select(p => $"/api/v1/employers?pageSize=10&page={p}"));

        var leaks = new List<string>();
        var read = 0;
        foreach (var culture in new[] { "ky-KG", "ru-KG", "en" })
        {
            var caller = ApiClientFixtures.Caller(Factory, token, culture);
            foreach (var url in urls)
            {
                var response = await caller.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                read++;
                var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
                // JSON may write Cyrillic as \uXXXX escapes: read its strings back, so that a name is found however it is written.
                if (response.Content.Headers.ContentType?.MediaType == "application/json")
                {
                    text = string.Join("\n", Strings(JsonDocument.Parse(text).RootElement));
                }

                if (persons.FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal)) is { } person)
                {
                    leaks.Add($"{culture} {url} shows \"{person}\"");
                }
            }
        }

        Assert.True(read >= 3 * 20, $"read {read} answers");
        Assert.Empty(leaks);
    }

    [Fact]
    public void Strings_ReadsEscapedCyrillicBack()
    {
        var json = JsonDocument.Parse("{\"a\":[{\"b\":\"\\u0410\\u0441\\u0430\\u043D\"}],\"n\":1}").RootElement;

        Assert.Equal(["a", "b", "Асан", "n"], Strings(json));
    }

    /// <summary>Every property name and string value of a JSON document, unescaped.</summary>
    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (var s in Strings(property.Value))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var s in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return s;
                }

                break;
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
        }
    }
}
