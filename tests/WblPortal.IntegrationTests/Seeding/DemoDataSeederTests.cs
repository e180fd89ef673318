using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Seeding;

public sealed class DemoDataSeederTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>Table 1 of the concept: the eight pilot colleges, with the city and region each is in.</summary>
    private static readonly (string NameKy, string City, string RegionCode)[] PilotColleges =
    [
        ("Токмок ш. Агроөнөр жай колледжи", "Токмок", "KG-C"),
        ("Бишкек архитектура жана курулуш менеджменти колледжи", "Бишкек", "KG-GB"),
        ("Нарын ш. Агроэкономикалык колледж", "Нарын", "KG-N"),
        ("Балыкчы ш. Ысык-Көл индустриалдык-педагогикалык колледжи", "Балыкчы", "KG-Y"),
        ("Кара-Балта техника-экономикалык колледжи", "Кара-Балта", "KG-C"),
        ("ЖАМУнун Жалал-Абад колледжи", "Жалал-Абад", "KG-J"),
        ("Т.Кулатов атындагы Кызыл-Кыя тоо-техникалык инновациялар жана экономика колледжи", "Кызыл-Кыя", "KG-B"),
        ("ОшМУнун Индустриалдык-педагогикалык колледжи", "Ош", "KG-GO"),
    ];

    [Fact]
    public async Task Seed_Twice_AddsNothingTheSecondTime()
    {
        await SeedAsync();
        var first = await CountsAsync();

        await SeedAsync();
        var second = await CountsAsync();

        Assert.Equal(first, second);
        Assert.Equal(8, first.Colleges);
        Assert.Equal(1, first.Ministries);
        Assert.Equal(Roles.All.Count, first.Users);
    }

    [Fact]
    public async Task Seed_WritesTheDemoScale()
    {
        await SeedAsync();

        var counts = await CountsAsync();
        Assert.InRange(counts.Learners, 280, 340);
        Assert.True(counts.Employers >= 20, $"{counts.Employers} employers");
        Assert.True(counts.Mentors >= counts.Employers, $"{counts.Mentors} mentors");
        Assert.True(counts.Groups >= 3 * 8, $"{counts.Groups} groups");
        Assert.True(counts.Specialties >= 3 * 8, $"{counts.Specialties} specialties");
        Assert.True(counts.Curators >= 8, $"{counts.Curators} curators");

        await using var db = Factory.CreateDbContext();
        Assert.All(await db.Specialties.Select(s => s.Code).ToListAsync(), code => Assert.Matches("^[0-9]{6}$", code));
        Assert.All(await db.Learners.Select(l => l.Pin).ToListAsync(), pin => Assert.Matches("^[12][0-9]{13}$", pin));
        Assert.All(await db.StudyGroups.Select(g => g.Name).ToListAsync(), name => Assert.Matches("^[А-ЯЁӨҮҢ]{2,4}-[0-9]-[0-9]{2}$", name));
        var regions = await db.Employers.Select(e => e.RegionId).Distinct().CountAsync();
        Assert.Equal(9, regions);
    }

    [Fact]
    public async Task Seed_WritesTheEightPilotCollegesInTheirCitiesAndRegions()
    {
        await SeedAsync();

        await using var db = Factory.CreateDbContext();
        var colleges = await db.Colleges
            .Select(c => new { c.NameKy, c.NameRu, c.City, Region = db.Regions.Single(r => r.Id == c.RegionId).Code, Specialties = db.Specialties.Count(s => s.CollegeId == c.Id) })
            .ToListAsync();
        foreach (var (name, city, region) in PilotColleges)
        {
            var college = Assert.Single(colleges, c => c.NameKy == name);
            Assert.Equal(city, college.City);
            Assert.Equal(region, college.Region);
            Assert.False(string.IsNullOrWhiteSpace(college.NameRu));
            Assert.True(college.Specialties >= 3, $"{name}: {college.Specialties} specialties");
        }
    }

    [Fact]
    public async Task DemoAccounts_SignInWithTheDemoPassword_AndAreSentToTheirArea()
    {
        await SeedAsync();

        foreach (var (email, area) in DemoAccounts)
        {
            var client = PortalClient.Anonymous(Factory);
            var login = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = DemoDataSeeder.DemoPassword });
            Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"{email}: sign-in answered {login.StatusCode}");
            var home = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Equal(area, home.Headers.Location?.OriginalString);
        }
    }

    private static readonly (string Email, string Area)[] DemoAccounts =
    [
        ("admin@wbl.kg", "/Admin"), ("ministry@wbl.kg", "/Ministry"), ("college.admin@wbl.kg", "/College"),
        ("curator@wbl.kg", "/College"), ("employer@wbl.kg", "/Employer"), ("mentor@wbl.kg", "/Mentor"), ("learner@wbl.kg", "/Learner"),
    ];

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    private sealed record Counts(int Ministries, int Colleges, int Specialties, int Groups, int Curators, int Learners, int Employers, int Mentors, int Users);

    private async Task<Counts> CountsAsync()
    {
        await using var db = Factory.CreateDbContext();
        return new Counts(
            await db.Ministries.CountAsync(),
            await db.Colleges.CountAsync(),
            await db.Specialties.CountAsync(),
            await db.StudyGroups.CountAsync(),
            await db.Curators.CountAsync(),
            await db.Learners.CountAsync(),
            await db.Employers.CountAsync(),
            await db.Mentors.CountAsync(),
            await db.Users.CountAsync());
    }
}
