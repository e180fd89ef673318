using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Records;

/// <summary>The learner's WBL record across years (/Learner/Record, /College/Learners/{id}/Record) and document 5i.</summary>
public sealed class LearnerRecordTests(PortalFactory factory) : IntegrationTest(factory)
{
    /// <summary>
    /// Hand-computed: 2025–2026 (April 2026): 8 h approved + 6 h countersigned count, 5 h submitted and 3 h draft do not
    /// → 14 of 500 planned; final assessment, grade 4, both outcomes achieved. 2024–2025 (April 2025): 7 h countersigned
    /// counts, 4 h returned does not (each entry in its own week: an approved week takes no new entries) → 7 of 500; not assessed. Total 21 of 1000.
    /// </summary>
    private async Task<(DiarySetup Current, DiarySetup Earlier)> WorldAsync()
    {
        var current = await Data.DiarySetupAsync();
        await Data.AddKyrgyzOutcomeAsync(current);
        await Data.DiaryEntryAsync(current, new DateOnly(2026, 4, 2), DiaryEntryStatus.Approved, hours: 8);
        await Data.DiaryEntryAsync(current, new DateOnly(2026, 4, 6), DiaryEntryStatus.Countersigned, hours: 6);
        await Data.DiaryEntryAsync(current, new DateOnly(2026, 4, 13), DiaryEntryStatus.Submitted, hours: 5);
        await Data.DiaryEntryAsync(current, new DateOnly(2026, 4, 20), DiaryEntryStatus.Draft, hours: 3);
        await Data.AssessmentAsync(WorldOf(current), AssessmentStage.Final);
        var earlier = await Data.EarlierPlacementAsync(current);
        await Data.DiaryEntryAsync(earlier, new DateOnly(2025, 4, 2), DiaryEntryStatus.Countersigned, hours: 7);
        await Data.DiaryEntryAsync(earlier, new DateOnly(2025, 4, 7), DiaryEntryStatus.Returned, hours: 4);
        return (current, earlier);
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    private static void AssertFigures(IHtmlDocument page)
    {
        Assert.Equal("500", Text(page, "[data-testid=record-summary] tr[data-year='2024'] [data-testid=planned]"));
        Assert.Equal("7", Text(page, "[data-testid=record-summary] tr[data-year='2024'] [data-testid=done]"));
        Assert.Equal("500", Text(page, "[data-testid=record-summary] tr[data-year='2025'] [data-testid=planned]"));
        Assert.Equal("14", Text(page, "[data-testid=record-summary] tr[data-year='2025'] [data-testid=done]"));
        Assert.Equal("1000", Text(page, "[data-testid=total-planned]"));
        Assert.Equal("21", Text(page, "[data-testid=total-done]"));
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=record-placements] tbody tr").Length);
        var outcomes = page.QuerySelectorAll("[data-testid=record-outcomes] tbody tr");
        Assert.Equal(2, outcomes.Length);
        Assert.All(outcomes, o => Assert.Equal("Achieved", o.GetAttribute("data-level")));
        Assert.Contains("Эмгекти коргоонун эрежелерин", page.QuerySelector("[data-testid=record-outcomes]")!.TextContent);
        Assert.Equal("4 (жакшы)", page.QuerySelectorAll("[data-testid=record-placements] [data-testid=grade]").Select(g => g.TextContent.Trim()).Last());
    }

    [Fact]
    public async Task Get_Record_AsLearnerAndAsCollege_ShowsHandComputedHoursGradeAndOutcomes()
    {
        var (s, _) = await WorldAsync();
        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        var college = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        AssertFigures(await learner.GetDocumentAsync("/Learner/Record"));
        var page = await college.GetDocumentAsync($"/College/Learners/{s.Learner.Id}/Record");
        AssertFigures(page);
        Assert.Contains(s.Learner.FirstName, Text(page, "[data-testid=learner]"));
        var details = await college.GetDocumentAsync($"/College/Learners/Details/{s.Learner.Id}");
        Assert.Equal($"/College/Learners/{s.Learner.Id}/Record", details.QuerySelector("[data-testid=record-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Export_Record_ReturnsXlsx_ForLearnerAndCollege()
    {
        var (s, _) = await WorldAsync();
        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        var college = await SignInAsync(Roles.CollegeAdmin, s.College.Id);

        foreach (var response in new[] { await learner.GetAsync("/Learner/Record/Export"), await college.GetAsync($"/College/Learners/{s.Learner.Id}/Record/Export") })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
        }
    }

    [Fact]
    public async Task Get_Certificate_InKyAndRu_NamesLearnerHoursAndOutcomes_WithOneCodeAndNoPersonalDataOnVerify()
    {
        var (s, _) = await WorldAsync();
        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        var college = await SignInAsync(Roles.CollegeStaff, s.College.Id);

        var ky = await PdfPages.TextAsync(await learner.GetAsync("/Learner/Record/Certificate?lang=ky"));
        Assert.Contains("МААЛЫМКАТ", ky);
        Assert.Contains(s.Learner.LastName, ky);
        Assert.Contains(s.Learner.FirstName, ky);
        Assert.Contains("14 / 500", ky);
        Assert.Contains("7 / 500", ky);
        Assert.Contains("21 / 1000", ky);
        Assert.Contains("2024–2025", ky);
        Assert.Contains("Эмгекти коргоонун эрежелерин", ky);
        Assert.Contains("жетишилди", ky);
        foreach (var letter in new[] { "ң", "ө", "ү" })
        {
            Assert.Contains(letter, ky);
        }

        var ru = await PdfPages.TextAsync(await college.GetAsync($"/College/Learners/{s.Learner.Id}/Record/Certificate?lang=ru"));
        Assert.Contains("СПРАВКА", ru);
        Assert.Contains("о результатах обучения на рабочем месте", ru);
        Assert.Contains(s.Learner.FirstName, ru);
        Assert.Contains("21 / 1000", ru);
        Assert.Contains("достигнут", ru);
        Assert.Contains("Эмгекти коргоонун эрежелерин", ru);
        var preview = await college.GetDocumentAsync($"/College/Learners/{s.Learner.Id}/Record/CertificatePreview?lang=ru");
        Assert.Contains("Достигнутые результаты обучения", preview.Body!.TextContent);
        var mine = await learner.GetDocumentAsync("/Learner/Record/CertificatePreview");
        Assert.Contains("Жетишилген окутуунун натыйжалары", mine.Body!.TextContent);

        await using var db = Factory.CreateDbContext();
        var code = await db.IssuedDocuments.SingleAsync(d => d.EntityId == s.Learner.Id);
        Assert.Equal(IssuedDocumentKind.LearnerCertificate, code.Kind);
        Assert.Contains(code.Code, ky);
        Assert.Contains(code.Code, ru);
        var verify = await PortalClient.Anonymous(Factory).GetAsync($"/verify/{code.Code}");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        var html = await verify.Content.ReadAsStringAsync();
        Assert.DoesNotContain(s.Learner.LastName, html);
        Assert.DoesNotContain(s.Learner.FirstName, html);
    }

    [Fact]
    public async Task Get_OtherCollegesLearnerRecordAndCertificate_ReturnsNotFound_AndIssuesNoCode()
    {
        var (s, _) = await WorldAsync();
        var other = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        foreach (var url in new[] { "", "/Export", "/Certificate", "/CertificatePreview" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/College/Learners/{s.Learner.Id}/Record{url}")).StatusCode);
        }

        await using var db = Factory.CreateDbContext();
        Assert.False(await db.IssuedDocuments.AnyAsync(d => d.EntityId == s.Learner.Id));
    }

    [Fact]
    public async Task Get_AnotherLearnersRecord_ShowsOnlyOwn_AndTheCollegeRouteIsForbiddenToLearners()
    {
        var (s, _) = await WorldAsync();
        var classmate = await Data.LearnerAsync(s.College);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: classmate.Id);

        var page = await client.GetDocumentAsync("/Learner/Record");
        Assert.NotNull(page.QuerySelector("[data-testid=record-empty]"));
        Assert.DoesNotContain(s.Learner.FirstName, page.Body!.TextContent);
        var pdf = await PdfPages.TextAsync(await client.GetAsync($"/Learner/Record/Certificate?id={s.Learner.Id}"));
        Assert.DoesNotContain(s.Learner.FirstName, pdf);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/College/Learners/{s.Learner.Id}/Record")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/College/Learners/{s.Learner.Id}/Record/Certificate")).StatusCode);
    }

    [Fact]
    public async Task Get_Record_AsEmployerOrMentor_IsForbidden()
    {
        var (s, _) = await WorldAsync();
        var employer = await SignInAsync(Roles.EmployerAdmin, s.Employer.Id);
        var mentor = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);

        foreach (var client in new[] { employer, mentor })
        {
            foreach (var url in new[] { "/Learner/Record", "/Learner/Record/Certificate", $"/College/Learners/{s.Learner.Id}/Record",
                         $"/College/Learners/{s.Learner.Id}/Record/Certificate", $"/College/Learners/{s.Learner.Id}/Record/Export" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            }
        }
    }

    [Fact]
    public async Task Get_Record_AsDemoLearner_IsNotEmpty()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        var client = PortalClient.Anonymous(Factory);
        var login = await client.PostFormAsync("/account/login", new() { ["Email"] = "learner@wbl.kg", ["Password"] = DemoDataSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var page = await client.GetDocumentAsync("/Learner/Record");
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=record-placements] tbody tr"));
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=record-outcomes] tbody tr"));
        Assert.NotEqual("0", Text(page, "[data-testid=total-done]"));
        await PdfPages.TextAsync(await client.GetAsync("/Learner/Record/Certificate"));
    }

    [Fact]
    public async Task Get_Record_RunsABoundedNumberOfSqlCommands_WhateverThePlacements()
    {
        var college = await Data.CollegeAsync();
        var me = await Data.LearnerAsync(college);
        for (var i = 0; i < 4; i++)
        {
            await Data.PlacementAsync(college, await Data.EmployerAsync(), PlacementStatus.Confirmed, [me]);
        }

        var client = await SignInAsync(Roles.Learner, college.Id, learnerId: me.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        counter.Reset();

        var page = await client.GetDocumentAsync("/Learner/Record");

        Assert.Equal(4, page.QuerySelectorAll("[data-testid=record-placements] tbody tr").Length);
        Assert.InRange(counter.Count, 1, 12);
    }
}
