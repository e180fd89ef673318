using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Privacy;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Privacy;

/// <summary>Law No. 58, consent: the learner gives and withdraws their consents on "My data"; the college records a
/// paper consent (a minor's representative's) on the learner's page; the employer sees the learner's birth date and
/// contacts on the agreement only while the transfer consent is in force; nobody else reads or records them.</summary>
public sealed class ConsentTests(PortalFactory factory) : IntegrationTest(factory)
{
    private sealed record World(College College, Employer Employer, Learner Learner, Guid AgreementId);

    private async Task<World> WorldAsync(Action<Learner>? learner = null)
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var l = await Data.LearnerAsync(college, configure: x =>
        {
            x.Phone = "+996555123456";
            x.Email = "aigul@mail.kg";
            learner?.Invoke(x);
        });
        var placement = await Data.ConfirmedPlacementAsync(college, employer, [l]);
        var agreement = await Data.AgreementAsync(placement, l.Id);
        return new World(college, employer, l, agreement.Id);
    }

    private async Task<List<PersonalDataConsent>> ConsentsAsync(Guid learnerId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.PersonalDataConsents.AsNoTracking().Where(c => c.LearnerId == learnerId).ToListAsync();
    }

    [Fact]
    public async Task Post_Give_AsAdultLearner_RecordsOnlineConsentWithPurposeVersionAndDate_ThenWithdrawKeepsTheRow()
    {
        var w = await WorldAsync();
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id);

        var given = await learner.PostFormAsync("/Learner/Privacy/Give", new() { ["Purpose"] = "TransferToEmployer" }, "/Learner/Privacy");

        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        var consent = Assert.Single(await ConsentsAsync(w.Learner.Id));
        Assert.Equal(ConsentPurpose.TransferToEmployer, consent.Purpose);
        Assert.Equal(ConsentGiver.Learner, consent.GivenBy);
        Assert.False(consent.OnPaper);
        Assert.Equal(PersonalDataConsent.CurrentTextVersion, consent.TextVersion);
        Assert.Null(consent.WithdrawnAt);
        var page = await learner.GetDocumentAsync("/Learner/Privacy");
        Assert.Equal("true", page.QuerySelector("[data-testid=consents] tr[data-purpose=TransferToEmployer]")!.GetAttribute("data-active"));

        var withdrawn = await learner.PostFormAsync("/Learner/Privacy/Withdraw",
            new() { ["Id"] = consent.Id.ToString(), ["Version"] = consent.Version.ToString() }, "/Learner/Privacy");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.NotNull(Assert.Single(await ConsentsAsync(w.Learner.Id)).WithdrawnAt);
    }

    [Fact]
    public async Task Post_Give_AsMinor_IsRefusedWithTheReason_AndSavesNothing()
    {
        var w = await WorldAsync(l => l.DateOfBirth = new DateOnly(2011, 3, 1));
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id, culture: "en");

        var response = await learner.PostFormAsync("/Learner/Privacy/Give", new() { ["Purpose"] = "Processing" }, "/Learner/Privacy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("legal representative", await response.Content.ReadAsStringAsync());
        Assert.Empty(await ConsentsAsync(w.Learner.Id));
    }

    [Fact]
    public async Task Post_RecordConsent_ForMinor_ByRepresentativeOnPaper_IsRecordedWithWhoAndWhen()
    {
        var w = await WorldAsync(l => l.DateOfBirth = new DateOnly(2011, 3, 1));
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var response = await staff.PostFormAsync("/College/Learners/RecordConsent", new()
        {
            ["LearnerId"] = w.Learner.Id.ToString(), ["Purpose"] = "Processing", ["GivenBy"] = "LegalRepresentative",
            ["RepresentativeName"] = "Өмүрбеков Талант", ["GivenOn"] = "2026-09-01",
        }, $"/College/Learners/Details/{w.Learner.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var consent = Assert.Single(await ConsentsAsync(w.Learner.Id));
        Assert.True(consent.OnPaper);
        Assert.Equal(ConsentGiver.LegalRepresentative, consent.GivenBy);
        Assert.Equal("Өмүрбеков Талант", consent.RepresentativeName);
        Assert.Equal(new DateOnly(2026, 9, 1), consent.GivenOn);
        Assert.False(string.IsNullOrEmpty(consent.RecordedByName));
        var page = await staff.GetDocumentAsync($"/College/Learners/Details/{w.Learner.Id}");
        Assert.Contains("Өмүрбеков Талант", page.QuerySelector("[data-testid=consents]")!.TextContent);
    }

    [Fact]
    public async Task Post_RecordConsent_ForMinorAsTheLearnerThemself_ShowsTheMessageNextToTheField()
    {
        var w = await WorldAsync(l => l.DateOfBirth = new DateOnly(2011, 3, 1));
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id, culture: "ru-KG");

        var response = await staff.PostFormAsync("/College/Learners/RecordConsent", new()
        {
            ["LearnerId"] = w.Learner.Id.ToString(), ["Purpose"] = "Processing", ["GivenBy"] = "Learner", ["GivenOn"] = "2026-09-01",
        }, $"/College/Learners/Details/{w.Learner.Id}");

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("законный представитель", page.QuerySelector("[data-valmsg-for=GivenBy]")!.TextContent);
        Assert.Empty(await ConsentsAsync(w.Learner.Id));
    }

    [Fact]
    public async Task OtherCollegesStaff_CannotRecordOrSeeTheConsent()
    {
        var w = await WorldAsync();
        await SeedConsentAsync(w.Learner, ConsentPurpose.Processing);
        var other = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);
        var consent = Assert.Single(await ConsentsAsync(w.Learner.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/College/Learners/Details/{w.Learner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/College/Learners/RecordConsent", new()
        {
            ["LearnerId"] = w.Learner.Id.ToString(), ["Purpose"] = "TransferToEmployer", ["GivenBy"] = "Learner", ["GivenOn"] = "2026-09-01",
        }, "/College")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/College/Learners/WithdrawConsent",
            new() { ["Id"] = consent.Id.ToString(), ["Version"] = consent.Version.ToString() }, "/College")).StatusCode);
        var after = Assert.Single(await ConsentsAsync(w.Learner.Id));
        Assert.Null(after.WithdrawnAt);
    }

    [Fact]
    public async Task Employer_SeesTheLearnersDetailsOnTheAgreementOnlyWithTransferConsent()
    {
        var w = await WorldAsync();
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id, culture: "en");

        var without = await employer.GetDocumentAsync($"/Employer/Agreements/Details/{w.AgreementId}");
        Assert.NotNull(without.QuerySelector("[data-testid=details-withheld]"));
        Assert.DoesNotContain("+996555123456", without.Body!.TextContent);
        Assert.DoesNotContain("aigul@mail.kg", without.Body!.TextContent);
        Assert.DoesNotContain("2007", without.QuerySelector("[data-testid=details-withheld]")!.ParentElement!.TextContent);

        await SeedConsentAsync(w.Learner, ConsentPurpose.TransferToEmployer);
        var with = await employer.GetDocumentAsync($"/Employer/Agreements/Details/{w.AgreementId}");
        Assert.Null(with.QuerySelector("[data-testid=details-withheld]"));
        Assert.Contains("+996555123456", with.QuerySelector("[data-testid=learner-details]")!.TextContent);
    }

    [Fact]
    public async Task Employer_ReadsConsentsOnlyOfLearnersPlacedWithIt()
    {
        var w = await WorldAsync();
        var notPlaced = await Data.LearnerAsync(w.College);
        await SeedConsentAsync(w.Learner, ConsentPurpose.TransferToEmployer);
        await SeedConsentAsync(notPlaced, ConsentPurpose.TransferToEmployer);

        await using var db = Factory.CreateDbContext(new Actor("employer", Roles.EmployerAdmin, OrganizationKind.Employer, w.Employer.Id));
        var seen = await db.PersonalDataConsents.Select(c => c.LearnerId).ToListAsync();

        Assert.Equal([w.Learner.Id], seen);
        var otherEmployer = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await otherEmployer.GetAsync($"/Employer/Agreements/Details/{w.AgreementId}")).StatusCode);
    }

    private async Task SeedConsentAsync(Learner learner, ConsentPurpose purpose)
    {
        await using var db = Factory.CreateDbContext();
        db.PersonalDataConsents.Add(PersonalDataConsent.GiveOnline(learner, purpose, TestData.CollegeAdminUser, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
