using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Documents;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Documents;

/// <summary>Issue 13: agreements, protocols and certificates take their numbers from the college's register of their
/// kind for the year (1, 2, … per college, per kind, per year), shown on the page and in the document — never a fragment
/// of a database id.</summary>
public sealed class DocumentRegisterTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static string IdFragment(Guid id) => id.ToString("N")[^8..].ToUpperInvariant();

    [Fact]
    public async Task Agreements_AreNumberedPerCollegeInTheOrderFirstPrinted_OnThePdfAndThePage()
    {
        var college = await Data.CollegeAsync();
        var other = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var (_, placement, learners) = await Data.SendingOrderAsync(college, employer);
        var (_, otherPlacement, otherLearners) = await Data.SendingOrderAsync(other, employer, issueNumber: 8);
        var first = await Data.AgreementAsync(placement, learners[0].Id);
        var second = await Data.AgreementAsync(placement, learners[1].Id);
        var ofOther = await Data.AgreementAsync(otherPlacement, otherLearners[0].Id);
        var admin = await SignInAsync(Roles.CollegeAdmin, college.Id);
        var otherAdmin = await SignInAsync(Roles.CollegeAdmin, other.Id);

        var before = await admin.GetDocumentAsync($"/College/Agreements/Details/{second.Id}");
        var secondKy = await PdfPages.TextAsync(await admin.GetAsync($"/College/Documents/Agreement/{second.Id}?lang=ky"));
        var firstRu = await PdfPages.TextAsync(await admin.GetAsync($"/College/Documents/Agreement/{first.Id}?lang=ru"));
        var secondAgain = await PdfPages.TextAsync(await admin.GetAsync($"/College/Documents/Agreement/{second.Id}?lang=ru"));
        var otherKy = await PdfPages.TextAsync(await otherAdmin.GetAsync($"/College/Documents/Agreement/{ofOther.Id}?lang=ky"));
        var page = await admin.GetDocumentAsync($"/College/Agreements/Details/{second.Id}");

        Assert.Contains("биринчи жолу басылганда", before.QuerySelector("[data-testid=register-number]")!.TextContent);
        Assert.Contains("№ 1/2026", secondKy);
        Assert.Contains("№ 2/2026", firstRu);
        Assert.Contains("№ 1/2026", secondAgain);
        Assert.Contains("№ 1/2026", otherKy); // another college's register starts from 1
        Assert.Contains("№ 1/2026", page.QuerySelector("[data-testid=register-number]")!.TextContent);
        Assert.DoesNotContain(IdFragment(second.Id), secondKy);
        Assert.DoesNotContain(IdFragment(first.Id), firstRu);
    }

    [Fact]
    public async Task Protocol_TakesTheNextNumberOfTheProtocolsRegister_OnThePdfAndThePage()
    {
        var w = await Data.AssessmentWorldAsync(learners: 2);
        var a = await Data.AssessmentAsync(w, AssessmentStage.Final);
        var b = await Data.AssessmentAsync(w, AssessmentStage.Final, learner: 1);
        var college = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var ru = await PdfPages.TextAsync(await college.GetAsync($"/College/Documents/Protocol/{b.Id}?lang=ru"));
        var ky = await PdfPages.TextAsync(await college.GetAsync($"/College/Documents/Protocol/{a.Id}?lang=ky"));
        var page = await college.GetDocumentAsync($"/College/Assessments/Details/{a.Id}");

        await using var db = Factory.CreateDbContext();
        var year = (await db.IssuedDocuments.SingleAsync(d => d.EntityId == a.Id)).RegisterYear;
        Assert.Contains($"№ 1/{year}", ru);
        Assert.Contains($"№ 2/{year}", ky);
        Assert.Equal($"№ 2/{year}", page.QuerySelector("[data-testid=register-number]")!.TextContent.Trim());
        Assert.DoesNotContain(IdFragment(a.Id), ky);
    }

    [Fact]
    public async Task Certificate_IsNumberedFromTheCertificatesRegister_AndKeepsItsNumber()
    {
        var s = await Data.DiarySetupAsync();
        var college = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        var ky = await PdfPages.TextAsync(await college.GetAsync($"/College/Learners/{s.Learner.Id}/Record/Certificate?lang=ky"));
        var ru = await PdfPages.TextAsync(await college.GetAsync($"/College/Learners/{s.Learner.Id}/Record/Certificate?lang=ru"));

        await using var db = Factory.CreateDbContext();
        var row = await db.IssuedDocuments.SingleAsync(d => d.EntityId == s.Learner.Id);
        Assert.Equal(IssuedDocumentKind.LearnerCertificate, row.Kind);
        Assert.Equal(1, row.RegisterNumber);
        Assert.Equal($"1/{row.RegisterYear}", row.Number);
        Assert.Contains($"№ 1/{row.RegisterYear}", ky);
        Assert.Contains($"№ 1/{row.RegisterYear}", ru);
        Assert.DoesNotContain(IdFragment(s.Learner.Id), ky);
    }
}
