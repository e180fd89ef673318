using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Privacy;
using WblPortal.Domain.Workflows;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Privacy;

/// <summary>Law No. 58 on the printed agreement (document "d"): the learner's birth date, phone and e-mail are printed
/// only while their consent to transfer personal data to the employer is in force; without it the paper names the learner
/// and their group only. An issued agreement is stored per language and per copy (with or without the details): the copy
/// printed under the consent is never served after its withdrawal, and /verify lists both hashes.</summary>
public sealed class AgreementPersonalDetailsTests(PortalFactory factory) : IntegrationTest(factory)
{
    private const string Phone = "+996555123456";
    private const string Email = "aigul@mail.kg";
    private static readonly DateOnly Born = new(2006, 4, 17);

    private sealed record World(College College, Employer Employer, Learner Learner, Guid AgreementId);

    private async Task<World> WorldAsync(bool confirmed = false)
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learner = await Data.LearnerAsync(college, configure: x =>
        {
            x.Phone = Phone;
            x.Email = Email;
            x.DateOfBirth = Born;
        });
        var placement = await Data.ConfirmedPlacementAsync(college, employer, [learner]);
        var agreement = await Data.AgreementAsync(placement, learner.Id);
        if (confirmed)
        {
            await using var db = Factory.CreateDbContext();
            var a = await db.Agreements.SingleAsync(x => x.Id == agreement.Id);
            a.ConfirmByCollege(CollegeAdminUser, WorkflowAt);
            a.ConfirmByEmployer(EmployerAdminUser, WorkflowAt);
            a.ConfirmByLearner(learner, new WorkflowUser("u-l", learner.FullName, Roles.Learner), WorkflowAt);
            await db.SaveChangesAsync();
        }

        return new World(college, employer, learner, agreement.Id);
    }

    private async Task<PersonalDataConsent> GiveTransferConsentAsync(Learner learner)
    {
        await using var db = Factory.CreateDbContext();
        var consent = PersonalDataConsent.GiveOnline(learner, ConsentPurpose.TransferToEmployer, CollegeAdminUser, DateTimeOffset.UtcNow);
        db.PersonalDataConsents.Add(consent);
        await db.SaveChangesAsync();
        return consent;
    }

    private async Task WithdrawAsync(Guid consentId)
    {
        await using var db = Factory.CreateDbContext();
        (await db.PersonalDataConsents.SingleAsync(c => c.Id == consentId)).Withdraw(CollegeAdminUser, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("ky", "Туулган күнү: 17.04.2006")]
    [InlineData("ru", "Дата рождения: 17.04.2006")]
    public async Task AgreementPdf_WithTransferConsentInForce_PrintsTheLearnersBirthDatePhoneAndEmail(string lang, string birthLine)
    {
        var w = await WorldAsync();
        await GiveTransferConsentAsync(w.Learner);
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);

        var text = PdfPages.Normalize(await PdfPages.TextAsync(await employer.GetAsync($"/Employer/Documents/Agreement/{w.AgreementId}?lang={lang}")));

        Assert.Contains(birthLine, text);
        Assert.Contains(Phone, text);
        Assert.Contains(Email, text);
        Assert.Contains(w.Learner.FullName, text);
    }

    [Fact]
    public async Task AgreementPdf_WithoutAnyConsent_NamesTheLearnerAndGroupOnly()
    {
        var w = await WorldAsync();
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);

        var text = PdfPages.Normalize(await PdfPages.TextAsync(await employer.GetAsync($"/Employer/Documents/Agreement/{w.AgreementId}?lang=ru")));

        Assert.Contains(w.Learner.FullName, text);
        Assert.Contains("Группа:", text);
        Assert.DoesNotContain("17.04.2006", text);
        Assert.DoesNotContain("Дата рождения", text);
        Assert.DoesNotContain(Phone, text);
        Assert.DoesNotContain(Email, text);
    }

    [Fact]
    public async Task AgreementPdf_AfterTheTransferConsentIsWithdrawn_NoLongerPrintsTheDetails_ForAnyParty()
    {
        var w = await WorldAsync();
        var consent = await GiveTransferConsentAsync(w.Learner);
        await WithdrawAsync(consent.Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        var admin = await SignInAsync(Roles.CollegeAdmin, w.College.Id);

        foreach (var client in new[] { employer, admin })
        {
            var area = client == employer ? "Employer" : "College";
            var text = PdfPages.Normalize(await PdfPages.TextAsync(await client.GetAsync($"/{area}/Documents/Agreement/{w.AgreementId}?lang=ky")));
            Assert.Contains(w.Learner.FullName, text);
            Assert.DoesNotContain("17.04.2006", text);
            Assert.DoesNotContain(Phone, text);
            Assert.DoesNotContain(Email, text);
        }
    }

    [Fact]
    public async Task IssuedAgreement_StoredWithDetailsUnderConsent_IsNotServedAfterWithdrawal_AndVerifyListsBothCopies()
    {
        var w = await WorldAsync(confirmed: true);
        var consent = await GiveTransferConsentAsync(w.Learner);
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        var url = $"/Employer/Documents/Agreement/{w.AgreementId}?lang=ky";

        var underConsent = await PdfPages.BytesAsync(await employer.GetAsync(url));
        Assert.Contains(Phone, PdfPages.Text(underConsent));
        Assert.Equal(underConsent, await PdfPages.BytesAsync(await employer.GetAsync(url)));

        await WithdrawAsync(consent.Id);
        var afterWithdrawal = await PdfPages.BytesAsync(await employer.GetAsync(url));
        var again = await PdfPages.BytesAsync(await employer.GetAsync(url));

        var text = PdfPages.Text(afterWithdrawal);
        Assert.DoesNotContain(Phone, text);
        Assert.DoesNotContain(Email, text);
        Assert.DoesNotContain("17.04.2006", text);
        Assert.Equal(afterWithdrawal, again);
        string code;
        await using (var db = Factory.CreateDbContext())
        {
            var issued = await db.IssuedDocuments.SingleAsync(d => d.EntityId == w.AgreementId);
            code = issued.Code;
            var files = await db.IssuedDocumentFiles.Where(f => f.IssuedDocumentId == issued.Id).OrderBy(f => f.WithPersonalDetails).ToListAsync();
            Assert.Equal([false, true], files.Select(f => f.WithPersonalDetails));
            Assert.All(files, f => Assert.Equal("ky", f.Language));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(afterWithdrawal)), files[0].Sha256);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(underConsent)), files[1].Sha256);
        }

        var page = await PortalClient.Anonymous(Factory, "en").GetDocumentAsync($"/verify/{code}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(afterWithdrawal)), page.QuerySelector("[data-testid=sha256-ky]")!.TextContent);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(underConsent)), page.QuerySelector("[data-testid=sha256-ky-details]")!.TextContent);
        Assert.Contains("learner's details", page.QuerySelector("[data-testid=copy-with-details]")!.TextContent);
        Assert.DoesNotContain(Phone, page.Body!.TextContent);
    }

    [Fact]
    public async Task IssuedAgreement_FirstPrintedWithoutConsent_GainsTheDetailsCopyOnlyOnceConsentIsGiven()
    {
        var w = await WorldAsync(confirmed: true);
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id);
        var url = $"/Learner/Documents/Agreement/{w.AgreementId}?lang=ru";

        var before = await PdfPages.BytesAsync(await learner.GetAsync(url));
        await GiveTransferConsentAsync(w.Learner);
        var after = await PdfPages.BytesAsync(await learner.GetAsync(url));

        Assert.DoesNotContain(Email, PdfPages.Text(before));
        Assert.Contains(Email, PdfPages.Text(after));
    }
}
