using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Agreements;

public sealed class AgreementPagesTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private sealed record World(College College, Employer Employer, Learner Learner, Placement Placement, TripartiteAgreement Agreement);

    private async Task<World> WorldAsync(Action<Learner>? learner = null)
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var l = await Data.LearnerAsync(college, configure: learner);
        var placement = await Data.ConfirmedPlacementAsync(college, employer, [l]);
        var agreement = await Data.AgreementAsync(placement, l.Id);
        return new World(college, employer, l, placement, agreement);
    }

    private async Task<TripartiteAgreement> ReloadAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Agreements.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    /// <summary>The college administrator and the employer confirm their sides through their pages.</summary>
    private async Task ConfirmAsCollegeAndEmployerAsync(World w)
    {
        foreach (var (client, area) in new[]
                 {
                     (await SignInAsync(Roles.CollegeAdmin, w.College.Id), "College"), (await SignInAsync(Roles.EmployerAdmin, w.Employer.Id), "Employer"),
                 })
        {
            var response = await client.PostFormAsync($"/{area}/Agreements/Confirm/{w.Agreement.Id}",
                new() { ["version"] = (await ReloadAsync(w.Agreement.Id)).Version.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> UploadScanAsync(PortalClient client, Guid agreementId, uint version, byte[] file, string fileName, string contentType)
    {
        var page = await client.GetDocumentAsync($"/College/Agreements/Details/{agreementId}");
        var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(fileContent, "scan", fileName);
        content.Add(new StringContent(version.ToString()), "version");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"/College/Agreements/Paper/{agreementId}", content);
    }

    [Fact]
    public async Task Post_Create_FromConfirmedPlacement_CreatesOneAgreementPerLearnerOnce()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learners = new[] { await Data.LearnerAsync(college), await Data.LearnerAsync(college) };
        var placement = await Data.ConfirmedPlacementAsync(college, employer, learners);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var listed = await client.GetDocumentAsync("/College/Agreements/Placements?missing=true");
        Assert.NotNull(listed.QuerySelector($"tr[data-placement='{placement.Id}'] form"));
        var first = await client.PostFormAsync($"/College/Agreements/Create?placementId={placement.Id}", []);
        var second = await client.PostFormAsync($"/College/Agreements/Create?placementId={placement.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        await using var db = Factory.CreateDbContext();
        var agreements = await db.Agreements.Where(a => a.PlacementId == placement.Id).ToListAsync();
        Assert.Equal(learners.Select(l => l.Id).Order(), agreements.Select(a => a.LearnerId).Order());
        Assert.All(agreements, a => Assert.Equal(AgreementStatus.Pending, a.Status));
        Assert.All(agreements, a => Assert.Equal(employer.Id, a.EmployerId));
    }

    [Fact]
    public async Task Post_Create_ForFormWithoutAgreement_CreatesNoneAndSaysWhy()
    {
        var college = await Data.CollegeAsync();
        var learner = await Data.LearnerAsync(college);
        var placement = await Data.ConfirmedPlacementAsync(college, await Data.EmployerAsync(), [learner], TestData.IntroductoryPracticeFormId);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "en");

        var response = await client.PostFormAsync($"/College/Agreements/Create?placementId={placement.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("This form of WBL needs no tripartite agreement.", page.Body!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Agreements.AnyAsync());
    }

    [Fact]
    public async Task Post_Confirm_ByEachPartyInItsArea_MakesTheAgreementConfirmed()
    {
        var w = await WorldAsync();
        var college = await SignInAsync(Roles.CollegeAdmin, w.College.Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id);

        var awaiting = await employer.GetDocumentAsync("/Employer/Agreements?status=Pending");
        Assert.Contains(w.Learner.LastName, awaiting.QuerySelector("tbody")!.TextContent);

        var r1 = await college.PostFormAsync($"/College/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = (await ReloadAsync(w.Agreement.Id)).Version.ToString() });
        var r2 = await employer.PostFormAsync($"/Employer/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = (await ReloadAsync(w.Agreement.Id)).Version.ToString() });
        var mine = await learner.GetDocumentAsync($"/Learner/Agreements/Details/{w.Agreement.Id}");
        Assert.NotNull(mine.QuerySelector("form[action$='/Learner/Agreements/Confirm/" + w.Agreement.Id + "']"));
        var r3 = await learner.PostFormAsync($"/Learner/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = (await ReloadAsync(w.Agreement.Id)).Version.ToString() });

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], new[] { r1.StatusCode, r2.StatusCode, r3.StatusCode });
        var saved = await ReloadAsync(w.Agreement.Id);
        Assert.Equal(AgreementStatus.Confirmed, saved.Status);
        Assert.Equal(LearnerConsentKind.Learner, saved.LearnerConsentKind);
        foreach (var (client, url) in new[] { (college, "/College"), (employer, "/Employer"), (learner, "/Learner") })
        {
            var page = await client.GetDocumentAsync($"{url}/Agreements/Details/{w.Agreement.Id}");
            Assert.Equal("Confirmed", page.QuerySelector("#agreement-status")!.GetAttribute("data-status"));
            Assert.Equal(3, page.QuerySelectorAll("[data-confirmed=true]").Length);
        }
    }

    [Fact]
    public async Task Get_Details_ShowsPartiesObligationsPeriodAndMentorRequirementsInRussian()
    {
        var w = await WorldAsync();
        var client = await SignInAsync(Roles.CollegeStaff, w.College.Id, culture: "ru-KG");

        var page = await client.GetDocumentAsync($"/College/Agreements/Details/{w.Agreement.Id}");

        Assert.Equal(3, page.QuerySelectorAll("[data-party]").Length);
        var text = page.Body!.TextContent;
        Assert.Contains("знакомит обучающегося с уставом", text);
        Assert.Contains("ведёт дневник практики", text);
        Assert.Contains("Требования к наставнику", text);
        Assert.Contains("01.04.2026", text);
        Assert.Contains(w.Employer.Name, text);
    }

    [Fact]
    public async Task Post_Confirm_MinorLearner_ConfirmsOwnSideAndStaffRecordTheRepresentativesConsentSeparately()
    {
        var w = await WorldAsync(l => l.DateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-16));
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id, culture: "en");
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id, culture: "en");
        var form = (await learner.GetDocumentAsync($"/Learner/Agreements/Details/{w.Agreement.Id}"))
            .QuerySelector("form[action$='/Learner/Agreements/Confirm/" + w.Agreement.Id + "']");
        Assert.NotNull(form);

        var confirmed = await learner.PostFormAsync($"/Learner/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = w.Agreement.Version.ToString() });
        var consent = await staff.PostFormAsync("/College/Agreements/Consent", new()
        {
            ["Id"] = w.Agreement.Id.ToString(), ["Version"] = (await ReloadAsync(w.Agreement.Id)).Version.ToString(), ["RepresentativeName"] = "Өмүрбеков Таалай",
        });

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], new[] { confirmed.StatusCode, consent.StatusCode });
        var saved = await ReloadAsync(w.Agreement.Id);
        Assert.Equal(LearnerConsentKind.Learner, saved.LearnerConsentKind);
        Assert.StartsWith(Roles.Learner, saved.LearnerConfirmedByName);
        Assert.StartsWith(Roles.CollegeStaff, saved.RepresentativeConsentRecordedByName);
        Assert.Equal("Өмүрбеков Таалай", saved.RepresentativeName);
        Assert.True(saved.NeedsRepresentativeConsent);
        Assert.Equal(AgreementStatus.Pending, saved.Status);
        var page = await staff.GetDocumentAsync($"/College/Agreements/Details/{w.Agreement.Id}");
        var learnerSide = page.QuerySelector("[data-party=Learner]")!;
        Assert.Contains(saved.LearnerConfirmedByName!, learnerSide.QuerySelector("[data-confirmed]")!.TextContent);
        var representative = learnerSide.QuerySelector("[data-testid=representative-consent]")!;
        Assert.Equal("true", representative.GetAttribute("data-recorded"));
        Assert.Contains("Өмүрбеков Таалай", representative.TextContent);
        Assert.Contains(saved.RepresentativeConsentRecordedByName!, representative.TextContent);
    }

    [Fact]
    public async Task Post_Consent_ForMinor_NeverShowsTheLearnersSideConfirmedUnderTheStaffName()
    {
        var w = await WorldAsync(l => l.DateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-15));
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id, culture: "en");

        var consent = await staff.PostFormAsync("/College/Agreements/Consent", new()
        {
            ["Id"] = w.Agreement.Id.ToString(), ["Version"] = w.Agreement.Version.ToString(), ["RepresentativeName"] = "Өмүрбекова Айгүл",
        });
        await ConfirmAsCollegeAndEmployerAsync(w);

        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        var saved = await ReloadAsync(w.Agreement.Id);
        Assert.Equal(AgreementStatus.Pending, saved.Status);
        Assert.Null(saved.LearnerConfirmedAt);
        Assert.Null(saved.LearnerConfirmedByName);
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id);
        foreach (var (client, url) in new[] { (staff, "/College"), (learner, "/Learner") })
        {
            var learnerSide = (await client.GetDocumentAsync($"{url}/Agreements/Details/{w.Agreement.Id}")).QuerySelector("[data-party=Learner]")!;
            Assert.Equal("false", learnerSide.QuerySelector("[data-confirmed]")!.GetAttribute("data-confirmed"));
            Assert.Equal("true", learnerSide.QuerySelector("[data-testid=representative-consent]")!.GetAttribute("data-recorded"));
        }

        var confirmed = await learner.PostFormAsync($"/Learner/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = saved.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(AgreementStatus.Confirmed, (await ReloadAsync(w.Agreement.Id)).Status);
    }

    [Fact]
    public async Task Post_Consent_ForAnAdult_IsRefusedWithLocalizedMessageAndSavesNothing()
    {
        var w = await WorldAsync();
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id, culture: "ru-KG");
        Assert.Null((await staff.GetDocumentAsync($"/College/Agreements/Details/{w.Agreement.Id}")).QuerySelector("form[action$='/College/Agreements/Consent']"));

        var response = await staff.PostFormAsync("/College/Agreements/Consent", new()
        {
            ["Id"] = w.Agreement.Id.ToString(), ["Version"] = w.Agreement.Version.ToString(), ["RepresentativeName"] = "Өмүрбеков Таалай",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Согласие законного представителя записывается только для обучающегося младше 18 лет.", page.QuerySelector("[role=alert]")!.TextContent);
        var saved = await ReloadAsync(w.Agreement.Id);
        Assert.Equal((null, null, false), (saved.RepresentativeConsentAt, saved.RepresentativeName, saved.NeedsRepresentativeConsent));
    }

    [Fact]
    public async Task Get_Details_MinorWhoCameOfAgeAfterConfirming_StillOffersTheConsentAndTheAgreementCloses()
    {
        var w = await WorldAsync(l => l.DateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-17));
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await learner.PostFormAsync($"/Learner/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = w.Agreement.Version.ToString() })).StatusCode);
        await ConfirmAsCollegeAndEmployerAsync(w);

        await using (var db = Factory.CreateDbContext())
        {
            await db.Learners.Where(l => l.Id == w.Learner.Id).ExecuteUpdateAsync(l => l.SetProperty(x => x.DateOfBirth, new DateOnly(2000, 1, 1)));
        }

        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id);
        var page = await staff.GetDocumentAsync($"/College/Agreements/Details/{w.Agreement.Id}");
        Assert.Equal(AgreementStatus.Pending, (await ReloadAsync(w.Agreement.Id)).Status);
        Assert.NotNull(page.QuerySelector("form[action$='/College/Agreements/Consent']"));
        Assert.Equal("false", page.QuerySelector("[data-testid=representative-consent]")!.GetAttribute("data-recorded"));

        var consent = await staff.PostFormAsync("/College/Agreements/Consent", new()
        {
            ["Id"] = w.Agreement.Id.ToString(), ["Version"] = (await ReloadAsync(w.Agreement.Id)).Version.ToString(), ["RepresentativeName"] = "Өмүрбеков Таалай",
        });

        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        Assert.Equal(AgreementStatus.Confirmed, (await ReloadAsync(w.Agreement.Id)).Status);
    }

    [Fact]
    public async Task Get_Index_Awaiting_KeepsAMinorsAgreementLackingOnlyTheConsentOnTheCollegesListUntilItIsRecorded()
    {
        var w = await WorldAsync(l => l.DateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-16));
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await learner.PostFormAsync($"/Learner/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = w.Agreement.Version.ToString() })).StatusCode);
        await ConfirmAsCollegeAndEmployerAsync(w);
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var waiting = (await staff.GetDocumentAsync("/College/Agreements?awaiting=true")).QuerySelectorAll("tbody tr");
        await staff.PostFormAsync("/College/Agreements/Consent", new()
        {
            ["Id"] = w.Agreement.Id.ToString(), ["Version"] = (await ReloadAsync(w.Agreement.Id)).Version.ToString(), ["RepresentativeName"] = "Өмүрбеков Таалай",
        });
        var after = await staff.GetDocumentAsync("/College/Agreements?awaiting=true");
        var all = await staff.GetDocumentAsync("/College/Agreements");

        var row = Assert.Single(waiting);
        Assert.EndsWith("…", row.QuerySelector("[data-testid=representative-consent]")!.TextContent.Trim());
        Assert.Empty(after.QuerySelectorAll("tbody tr"));
        Assert.EndsWith("✓", all.QuerySelector("tbody tr [data-testid=representative-consent]")!.TextContent.Trim());
        Assert.Equal(AgreementStatus.Confirmed, (await ReloadAsync(w.Agreement.Id)).Status);
    }

    [Fact]
    public async Task Post_Consent_OtherCollegesAgreement_ReturnsNotFoundAndEmployerIsForbidden()
    {
        var w = await WorldAsync(l => l.DateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-16));
        var other = await SignInAsync(Roles.CollegeStaff, (await Data.CollegeAsync()).Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        var form = new Dictionary<string, string>
        {
            ["Id"] = w.Agreement.Id.ToString(), ["Version"] = w.Agreement.Version.ToString(), ["RepresentativeName"] = "Өмүрбеков Таалай",
        };

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/College/Agreements/Consent", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.PostFormAsync("/College/Agreements/Consent", form)).StatusCode);
        Assert.Null((await ReloadAsync(w.Agreement.Id)).RepresentativeConsentAt);
    }

    [Theory]
    [InlineData("ky-KG", "Бул талааны толтуруңуз.")]
    [InlineData("en", "Fill in this field.")]
    public async Task Post_Consent_WithoutName_ShowsLocalizedErrorAndSavesNothing(string culture, string message)
    {
        var w = await WorldAsync(l => l.DateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-16));
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id, culture: culture);

        var response = await staff.PostFormAsync("/College/Agreements/Consent", new()
        {
            ["Id"] = w.Agreement.Id.ToString(), ["Version"] = w.Agreement.Version.ToString(), ["RepresentativeName"] = " ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=RepresentativeName]")!.TextContent.Trim());
        var saved = await ReloadAsync(w.Agreement.Id);
        Assert.Null(saved.RepresentativeConsentAt);
        Assert.Null(saved.LearnerConfirmedAt);
    }

    [Fact]
    public async Task Post_Paper_WithPdfScan_MarksSignedOnPaperAndTheScanDownloadsForCollegeAndEmployer()
    {
        var w = await WorldAsync();
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var response = await UploadScanAsync(staff, w.Agreement.Id, w.Agreement.Version, Pdf, "келишим.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ReloadAsync(w.Agreement.Id);
        Assert.Equal(AgreementStatus.SignedOnPaper, saved.Status);
        Assert.NotNull(saved.ScanFileId);
        var download = await staff.GetAsync($"/College/Agreements/Scan/{w.Agreement.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"/Employer/Agreements/Scan/{w.Agreement.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("en", "Upload a PDF, JPEG or PNG file.")]
    [InlineData("ru-KG", null)]
    public async Task Post_Paper_ExeRenamedPdf_IsRefusedWithLocalizedMessageAndSavesNothing(string culture, string? message)
    {
        var w = await WorldAsync();
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id, culture: culture);
        var exe = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 };

        var response = await UploadScanAsync(staff, w.Agreement.Id, w.Agreement.Version, exe, "scan.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var shown = page.QuerySelector("[data-valmsg-for=Scan]")!.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(shown));
        if (message is not null)
        {
            Assert.Equal(message, shown);
        }
        else
        {
            Assert.DoesNotContain("Upload a PDF", shown);
        }

        Assert.Equal(AgreementStatus.Pending, (await ReloadAsync(w.Agreement.Id)).Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.StoredFiles.AnyAsync());
    }

    [Fact]
    public async Task OtherCollegesAgreement_AnswersNotFoundOnEveryGetAndPostAndStaysUnchanged()
    {
        var w = await WorldAsync();
        var otherCollege = await Data.CollegeAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, otherCollege.Id);
        var id = w.Agreement.Id;
        var version = w.Agreement.Version.ToString();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Agreements/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/College/Agreements/Scan/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/College/Agreements/Confirm/{id}", new() { ["version"] = version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/College/Agreements/Consent", new() { ["Id"] = id.ToString(), ["Version"] = version, ["RepresentativeName"] = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/College/Agreements/Create?placementId={w.Placement.Id}", [])).StatusCode);
        var ownPage = await client.GetDocumentAsync("/College/Agreements");
        Assert.Empty(ownPage.QuerySelectorAll("tbody tr"));

        var saved = await ReloadAsync(id);
        Assert.Equal(AgreementStatus.Pending, saved.Status);
        Assert.Null(saved.CollegeConfirmedAt);
        Assert.Null(saved.LearnerConfirmedAt);
    }

    [Fact]
    public async Task Post_Paper_OnOtherCollegesAgreement_ReturnsNotFoundAndStoresNoFile()
    {
        var w = await WorldAsync();
        var mine = await WorldAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, mine.College.Id);
        var page = await client.GetDocumentAsync($"/College/Agreements/Details/{mine.Agreement.Id}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "scan", "x.pdf");
        content.Add(new StringContent(w.Agreement.Version.ToString()), "version");
        content.Add(new StringContent(token), "__RequestVerificationToken");

        var response = await client.Http.PostAsync($"/College/Agreements/Paper/{w.Agreement.Id}", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(AgreementStatus.Pending, (await ReloadAsync(w.Agreement.Id)).Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.StoredFiles.AnyAsync());
    }

    [Fact]
    public async Task OtherEmployersAgreement_AnswersNotFoundAndStaysUnchanged()
    {
        var w = await WorldAsync();
        var other = await Data.EmployerAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, other.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Agreements/Details/{w.Agreement.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Employer/Agreements/Scan/{w.Agreement.Id}")).StatusCode);
        var post = await client.PostFormAsync($"/Employer/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = w.Agreement.Version.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null((await ReloadAsync(w.Agreement.Id)).EmployerConfirmedAt);
        Assert.Empty((await client.GetDocumentAsync("/Employer/Agreements")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task OtherLearnersAgreement_AnswersNotFoundAndStaysUnchanged()
    {
        var w = await WorldAsync();
        var classmate = await Data.LearnerAsync(w.College);
        var client = await SignInAsync(Roles.Learner, w.College.Id, learnerId: classmate.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Learner/Agreements/Details/{w.Agreement.Id}")).StatusCode);
        var post = await client.PostFormAsync($"/Learner/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = w.Agreement.Version.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null((await ReloadAsync(w.Agreement.Id)).LearnerConfirmedAt);
        Assert.Empty((await client.GetDocumentAsync("/Learner/Agreements")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Post_Confirm_AsCollegeStaff_IsForbiddenAndChangesNothing()
    {
        var w = await WorldAsync();
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var response = await staff.PostFormAsync($"/College/Agreements/Confirm/{w.Agreement.Id}", new() { ["version"] = w.Agreement.Version.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await ReloadAsync(w.Agreement.Id)).CollegeConfirmedAt);
    }

    [Theory]
    [InlineData(Roles.EmployerAdmin, "/College/Agreements")]
    [InlineData(Roles.Learner, "/College/Agreements")]
    [InlineData(Roles.MinistryAnalyst, "/College/Agreements")]
    [InlineData(Roles.Mentor, "/Employer/Agreements")]
    [InlineData(Roles.CollegeAdmin, "/Employer/Agreements")]
    [InlineData(Roles.EmployerAdmin, "/Learner/Agreements")]
    [InlineData(Roles.CollegeStaff, "/Learner/Agreements")]
    public async Task Get_List_AsRoleWithoutAccess_IsForbidden(string role, string url)
    {
        var client = await SignInAsync(role, (await Data.CollegeAsync()).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_CollegeList_FiltersByStatusAndPlacement()
    {
        var w = await WorldAsync();
        var second = await Data.LearnerAsync(w.College, configure: l => l.LastName = "Сыдыкова");
        var other = await Data.ConfirmedPlacementAsync(w.College, w.Employer, [second]);
        var signed = await Data.AgreementAsync(other, second.Id);
        var staff = await SignInAsync(Roles.CollegeStaff, w.College.Id);
        await UploadScanAsync(staff, signed.Id, signed.Version, Pdf, "s.pdf", "application/pdf");

        var pending = await staff.GetDocumentAsync("/College/Agreements?status=Pending");
        var byPlacement = await staff.GetDocumentAsync($"/College/Agreements?placement={other.Id}");

        Assert.Single(pending.QuerySelectorAll("tbody tr"));
        Assert.Contains(w.Learner.LastName, pending.QuerySelector("tbody")!.TextContent);
        Assert.Single(byPlacement.QuerySelectorAll("tbody tr"));
        Assert.Equal("SignedOnPaper", byPlacement.QuerySelector("tbody td[data-status]")!.GetAttribute("data-status"));
    }

    [Theory]
    [InlineData("/College/Agreements/Export", Roles.CollegeAdmin)]
    [InlineData("/Employer/Agreements/Export", Roles.EmployerAdmin)]
    [InlineData("/Learner/Agreements/Export", Roles.Learner)]
    public async Task Get_Export_ReturnsXlsx(string url, string role)
    {
        var w = await WorldAsync();
        var client = role switch
        {
            Roles.EmployerAdmin => await SignInAsync(role, w.Employer.Id),
            Roles.Learner => await SignInAsync(role, w.College.Id, learnerId: w.Learner.Id),
            _ => await SignInAsync(role, w.College.Id),
        };

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await response.Content.ReadAsByteArrayAsync())[0]);
    }

    [Theory]
    [InlineData(Roles.CollegeAdmin)]
    [InlineData(Roles.EmployerAdmin)]
    public async Task Get_ListAndDetails_IssueBoundedNumberOfSqlCommands(string role)
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var learners = new List<Learner>();
        for (var i = 0; i < 25; i++)
        {
            learners.Add(await Data.LearnerAsync(college));
        }

        var placement = await Data.ConfirmedPlacementAsync(college, employer, learners);
        TripartiteAgreement? first = null;
        foreach (var l in learners)
        {
            first ??= await Data.AgreementAsync(placement, l.Id);
            if (first.LearnerId != l.Id)
            {
                await Data.AgreementAsync(placement, l.Id);
            }
        }

        var area = role == Roles.CollegeAdmin ? "College" : "Employer";
        var client = await SignInAsync(role, role == Roles.CollegeAdmin ? college.Id : employer.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync($"/{area}/Agreements");
        counter.Reset();

        var list = await client.GetDocumentAsync($"/{area}/Agreements?page=2&sort=learner");
        var listCount = counter.Count;
        counter.Reset();
        await client.GetDocumentAsync($"/{area}/Agreements/Details/{first!.Id}");
        var detailsCount = counter.Count;

        Assert.Equal(5, list.QuerySelectorAll("tbody tr").Length);
        Assert.InRange(listCount, 1, 6);
        Assert.InRange(detailsCount, 1, 8);
    }
    [Fact]
    public async Task Get_EmployerAwaitingList_ShowsOnlyAgreementsItHasNotConfirmed()
    {
        var w = await WorldAsync();
        var second = await Data.LearnerAsync(w.College, configure: l => l.LastName = "Жумабаева");
        var other = await Data.ConfirmedPlacementAsync(w.College, w.Employer, [second]);
        var done = await Data.AgreementAsync(other, second.Id);
        var employer = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);
        await employer.PostFormAsync($"/Employer/Agreements/Confirm/{done.Id}", new() { ["version"] = done.Version.ToString() });

        var awaiting = await employer.GetDocumentAsync("/Employer/Agreements?awaiting=true");

        var text = awaiting.QuerySelector("tbody")!.TextContent;
        Assert.Contains(w.Learner.LastName, text);
        Assert.DoesNotContain("Жумабаева", text);
        Assert.Equal(2, (await employer.GetDocumentAsync("/Employer/Agreements")).QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Get_LearnerList_ShowsOwnAgreementWithItsEmployer()
    {
        var w = await WorldAsync();
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learner.Id);

        var page = await learner.GetDocumentAsync("/Learner/Agreements");

        Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains(w.Employer.Name, page.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task EmployerReadsLearnersOnlyOfPlacementsSharedWithIt()
    {
        var w = await WorldAsync();
        var drafted = await Data.LearnerAsync(w.College);
        await Data.PlacementAsync(w.College, w.Employer, PlacementStatus.Draft, [drafted]);
        var elsewhere = await Data.LearnerAsync(w.College);
        await Data.ConfirmedPlacementAsync(w.College, await Data.EmployerAsync(), [elsewhere]);

        await using var db = Factory.CreateDbContext(TestData.EmployerActor(w.Employer.Id));

        Assert.Equal([w.Learner.Id], await db.Learners.Select(l => l.Id).ToListAsync());
    }
}
