using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Seeding;

/// <summary>The demo consents (Law No. 58): adults gave theirs online themselves, minors' legal representatives on paper
/// recorded by named college staff; one transfer consent withdrawn on 10.11.2026 by a learner placed with the demo
/// employer, who sees the withdrawal and no longer the learner's details.</summary>
public sealed class DemoConsentsSeederTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly Guid DemoCollegeId = Guid.Parse("0190a000-0000-7000-8000-000000000101");

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
    }

    [Fact]
    public async Task Seed_GivesAdultsOnlineAndMinorsOnPaperConsents_WithOneWithdrawal_AndIsIdempotent()
    {
        await SeedAsync();
        int count;
        await using (var first = Factory.CreateDbContext())
        {
            count = await first.PersonalDataConsents.CountAsync();
        }

        await SeedAsync();

        await using var db = Factory.CreateDbContext();
        var consents = await db.PersonalDataConsents.ToListAsync();
        Assert.Equal(count, consents.Count);
        var learners = await db.Learners.Where(l => l.GraduatedOn == null).ToDictionaryAsync(l => l.Id);
        var processing = consents.Where(c => c.Purpose == ConsentPurpose.Processing).Select(c => c.LearnerId).ToHashSet();
        Assert.All(learners.Keys.Where(id => learners[id].CollegeId == DemoCollegeId), id => Assert.Contains(id, processing));
        Assert.Contains(consents, c => c.Purpose == ConsentPurpose.TransferToEmployer);
        Assert.All(consents, c =>
        {
            var learner = learners[c.LearnerId];
            Assert.Equal(PersonalDataConsent.CurrentTextVersion, c.TextVersion);
            if (learner.IsMinorOn(c.GivenOn))
            {
                Assert.True(c.OnPaper);
                Assert.Equal(ConsentGiver.LegalRepresentative, c.GivenBy);
                Assert.False(string.IsNullOrWhiteSpace(c.RepresentativeName));
                Assert.NotEqual(learner.FullName, c.RecordedByName);
                Assert.False(string.IsNullOrWhiteSpace(c.RecordedByName));
            }
            else
            {
                Assert.False(c.OnPaper);
                Assert.Equal(ConsentGiver.Learner, c.GivenBy);
                Assert.Equal(learner.FullName, c.RecordedByName);
            }
        });
        Assert.Contains(consents, c => c.OnPaper && learners[c.LearnerId].CollegeId == DemoCollegeId && c.RecordedByName == "Гүлнара Үсөнова");
        Assert.Contains(consents, c => !c.OnPaper && learners[c.LearnerId].CollegeId == DemoCollegeId);
        var withdrawn = Assert.Single(consents, c => c.WithdrawnAt is not null);
        Assert.Equal(ConsentPurpose.TransferToEmployer, withdrawn.Purpose);
        Assert.Equal(new DateOnly(2026, 11, 10), DateOnly.FromDateTime(withdrawn.WithdrawnAt!.Value.ToOffset(TimeSpan.FromHours(6)).DateTime));
        Assert.Equal(learners[withdrawn.LearnerId].FullName, withdrawn.WithdrawnByName);
    }

    [Fact]
    public async Task DemoEmployer_SeesTheWithdrawal_AndTheLearnersDetailsWithheldOnTheirAgreement()
    {
        await SeedAsync();
        Guid employerId;
        await using (var db = Factory.CreateDbContext())
        {
            employerId = await db.Employers.OrderBy(e => e.Inn).Select(e => e.Id).FirstAsync();
        }

        await using var employerDb = Factory.CreateDbContext(new Actor("employer", Roles.EmployerAdmin, OrganizationKind.Employer, employerId));
        var withdrawn = Assert.Single(await employerDb.PersonalDataConsents.Where(c => c.WithdrawnAt != null).ToListAsync());
        Assert.Contains(await employerDb.PersonalDataConsents.ToListAsync(), c => c.WithdrawnAt == null && c.Purpose == ConsentPurpose.TransferToEmployer);
        var agreementId = await employerDb.Agreements.Where(a => a.LearnerId == withdrawn.LearnerId).Select(a => a.Id).FirstAsync();

        var employer = await SignInAsync(Roles.EmployerAdmin, employerId, culture: "en");
        var page = await employer.GetDocumentAsync($"/Employer/Agreements/Details/{agreementId}");

        Assert.NotNull(page.QuerySelector("[data-testid=details-withheld]"));
    }
}
