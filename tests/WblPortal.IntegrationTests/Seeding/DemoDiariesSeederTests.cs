using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Diaries;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Seeding;

/// <summary>The demo diaries: every state of the induction and of the entries, for the demo mentor's and learner's
/// running production practice, seeded once.</summary>
public sealed class DemoDiariesSeederTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    private async Task<PortalClient> SignInDemoAsync(string email)
    {
        var client = PortalClient.Anonymous(Factory);
        await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = DemoDataSeeder.DemoPassword });
        return client;
    }

    [Fact]
    public async Task Seed_WritesEveryStateOnce()
    {
        await SeedAsync();
        await SeedAsync();

        await using var db = Factory.CreateDbContext();
        var statuses = await db.DiaryEntries.Select(e => e.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<DiaryEntryStatus>().Order(), statuses.Order());
        Assert.Equal(1, await db.DiaryEntries.CountAsync(e => e.CorrectsEntryId != null));
        Assert.Equal(1, await db.SafetyInductions.CountAsync(i => i.AcknowledgedAt != null));
        Assert.Equal(1, await db.SafetyInductions.CountAsync(i => i.AcknowledgedAt == null));
        Assert.Equal(2, await db.MentorNotes.CountAsync());
        Assert.Equal(1, await db.DiaryEvidence.CountAsync());
    }

    [Fact]
    public async Task DemoAccounts_SeeTheirDiaries()
    {
        await SeedAsync();

        var mentor = await (await SignInDemoAsync("mentor@wbl.kg")).GetDocumentAsync("/Mentor/Diaries");
        var learner = await (await SignInDemoAsync("learner@wbl.kg")).GetDocumentAsync("/Learner/Diaries");
        var curator = await (await SignInDemoAsync("curator@wbl.kg")).GetDocumentAsync("/College/Diaries?all=true");
        var employer = await (await SignInDemoAsync("employer@wbl.kg")).GetDocumentAsync("/Employer/Diaries?all=true");

        Assert.Equal(2, mentor.QuerySelectorAll("[data-testid=pending-learner]").Length);
        Assert.True(mentor.QuerySelectorAll("[data-testid=diary-row]").Length >= 3);
        Assert.NotEmpty(learner.QuerySelectorAll("[data-testid=diary-row]")); // the running placement and earlier years' ones
        Assert.True(curator.QuerySelectorAll("[data-testid=diary-row]").Length >= 3);
        Assert.True(employer.QuerySelectorAll("[data-testid=diary-row]").Length >= 3);
    }

    [Fact]
    public async Task Seed_WritesOneSubmittedReference_TheDemoLearnerAndCuratorReadAndPrint()
    {
        await SeedAsync();
        await SeedAsync();

        await using var db = Factory.CreateDbContext();
        var reference = await db.MentorReferences.SingleAsync();
        Assert.Equal(MentorReferenceStatus.Submitted, reference.Status);
        var learner = await (await SignInDemoAsync("learner@wbl.kg")).GetDocumentAsync($"/Learner/Diaries/Reference/{reference.PlacementLearnerId}");
        Assert.Contains("Токардык станокто", learner.QuerySelector("[data-testid=reference]")!.TextContent);
        var curator = await SignInDemoAsync("curator@wbl.kg");
        var pdf = await curator.GetAsync($"/College/Diaries/ReferencePdf/{reference.PlacementLearnerId}?lang=ky");
        Assert.Equal(System.Net.HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }
}
