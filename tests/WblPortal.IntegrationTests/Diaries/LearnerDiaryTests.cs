using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

public sealed class LearnerDiaryTests(PortalFactory factory) : DiaryTestBase(factory)
{
    private async Task<(DiarySetup Setup, PortalClient Client)> LearnerAsync(bool induction = true)
    {
        var s = await Data.DiarySetupAsync(induction: induction);
        return (s, await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id));
    }

    [Fact]
    public async Task Get_Index_ListsOwnDiaryOnly()
    {
        var (s, client) = await LearnerAsync();
        await Data.DiarySetupAsync(s.College);

        var page = await client.GetDocumentAsync("/Learner/Diaries");

        var rows = page.QuerySelectorAll("[data-testid=diary-row]");
        Assert.Single(rows);
        Assert.Contains(s.Learner.LastName, rows[0].TextContent);
    }

    [Fact]
    public async Task Post_Entry_SaveAndSubmit_SubmitsToTheMentor()
    {
        var (s, client) = await LearnerAsync();
        var fields = EntryFields();
        fields["Submit"] = "true";

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var entry = await db.DiaryEntries.SingleAsync();
        Assert.Equal(DiaryEntryStatus.Submitted, entry.Status);
        Assert.Equal(8, entry.Hours);
        Assert.False(entry.WrittenByMentor);
    }

    [Fact]
    public async Task Post_Entry_WithoutInduction_ShowsMessageAndSavesNothing()
    {
        var (s, client) = await LearnerAsync(induction: false);

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields());

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Инструктаж катталмайынча күндөлүккө жазууга болбойт.", page.Body!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.DiaryEntries.AnyAsync());
    }

    [Fact]
    public async Task Post_Entry_BeforeInductionDate_ShowsMessageNextToDate()
    {
        var (s, client) = await LearnerAsync();

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields(date: "2026-03-31"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Инструктаждан (01.04.2026) мурунку күнгө жазууга болбойт.", page.QuerySelector("[data-valmsg-for=Date]")!.TextContent);
    }

    [Fact]
    public async Task Post_Entry_WithoutTasksAndHours_ShowsMessagesNextToFields()
    {
        var (s, client) = await LearnerAsync();

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields(hours: "0", tasks: ""));

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Саатты жазыңыз", page.QuerySelector("[data-valmsg-for=Hours]")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for=Tasks]")!.TextContent));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.DiaryEntries.AnyAsync());
    }

    [Fact]
    public async Task Post_Entry_WithPdfEvidence_StoresItAndServesItToTheMentor()
    {
        var (s, client) = await LearnerAsync();

        await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields(), (Pdf, "akt.pdf", "application/pdf"));

        await using var db = Factory.CreateDbContext();
        var entry = await db.DiaryEntries.SingleAsync();
        var evidence = await db.DiaryEvidence.SingleAsync();
        Assert.Equal(evidence.Id, entry.EvidenceId);
        Assert.Equal("application/pdf", evidence.ContentType);
        var mentor = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);
        var file = await mentor.GetAsync($"/Mentor/Diaries/Evidence/{evidence.Id}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        var other = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: (await Data.MentorAsync(s.Employer)).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Mentor/Diaries/Evidence/{evidence.Id}")).StatusCode);
    }

    [Fact]
    public async Task Post_Entry_WithExecutableRenamedToPdf_IsRefusedWithLocalizedMessageAndSavesNothing()
    {
        var (s, client) = await LearnerAsync();

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields(), (Exe, "hisobot.pdf", "application/pdf"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("PDF, JPEG, PNG же DOCX файлдары гана кабыл алынат", page.QuerySelector("[data-valmsg-for=Evidence]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.DiaryEntries.AnyAsync());
        Assert.False(await db.DiaryEvidence.AnyAsync());
    }

    [Fact]
    public async Task Post_Acknowledge_RecordsTheTimeOnce()
    {
        var (s, client) = await LearnerAsync();
        await using var db = Factory.CreateDbContext();
        var induction = await db.SafetyInductions.SingleAsync();

        var response = await client.PostFormAsync("/Learner/Diaries/Acknowledge", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["Id"] = induction.Id.ToString(), ["Version"] = induction.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = Factory.CreateDbContext();
        Assert.NotNull((await check.SafetyInductions.SingleAsync()).AcknowledgedAt);
        var page = await client.GetDocumentAsync($"/Learner/Diaries/Learner/{s.Row.Id}");
        Assert.Null(page.QuerySelector("[data-testid=acknowledge]"));
    }

    [Fact]
    public async Task Get_Diary_ShowsWeeksHoursAndNoMentorNotes()
    {
        var (s, client) = await LearnerAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Approved, hours: 6);
        await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(7), DiaryEntryStatus.Submitted, hours: 7);
        await Data.SaveAsync(MentorNote.Write(s.Row, s.Placement, TestData.DiaryDay, MentorNoteTopic.Discipline, "Жашыруун эскертүү", TestData.MentorUser, TestData.WorkflowAt));

        var page = await client.GetDocumentAsync($"/Learner/Diaries/Learner/{s.Row.Id}");

        Assert.Equal("500", page.QuerySelector("[data-testid=hours-planned]")!.TextContent.Trim());
        Assert.Equal("6", page.QuerySelector("[data-testid=hours-done]")!.TextContent.Trim());
        Assert.Equal("7", page.QuerySelector("[data-testid=hours-pending]")!.TextContent.Trim());
        Assert.Equal(5, page.QuerySelectorAll("[data-testid=week]").Length);
        Assert.Null(page.QuerySelector("[data-testid=notes]"));
        Assert.DoesNotContain("Жашыруун эскертүү", page.Body!.TextContent);
    }

    [Fact]
    public async Task Get_Diary_OfAnotherLearner_ReturnsNotFound()
    {
        var (s, client) = await LearnerAsync();
        var other = await Data.DiarySetupAsync(s.College);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Learner/Diaries/Learner/{other.Row.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Learner/Diaries/Export/{other.Row.Id}")).StatusCode);
    }

    [Fact]
    public async Task Post_Entry_IntoAnotherLearnersDiary_ReturnsNotFound()
    {
        var (s, client) = await LearnerAsync();
        var other = await Data.DiarySetupAsync(s.College);

        var response = await PostEntryAsync(client, "Learner", other.Row.Id, EntryFields());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.DiaryEntries.AnyAsync());
    }

    [Fact]
    public async Task Post_ApproveWeek_AsLearner_IsForbidden()
    {
        var (s, client) = await LearnerAsync();
        var entry = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);

        var response = await client.PostFormAsync("/Learner/Diaries/ApproveWeek", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DiaryEntryStatus.Submitted, (await Data.ReloadEntryAsync(entry.Id)).Status);
    }

    [Fact]
    public async Task Post_Entry_EditedByTwoPeopleAtOnce_TellsTheSecondAndLosesNothing()
    {
        var (s, learner) = await LearnerAsync();
        var entry = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Returned, tasks: "Биринчи нуска");
        var mentor = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);
        var seen = entry.Version.ToString();

        var first = await PostEntryAsync(mentor, "Mentor", s.Row.Id, new(EntryFields(tasks: "Насаатчынын оңдоосу")) { ["Id"] = entry.Id.ToString(), ["Version"] = seen });
        var second = await PostEntryAsync(learner, "Learner", s.Row.Id, new(EntryFields(tasks: "Окуучунун оңдоосу")) { ["Id"] = entry.Id.ToString(), ["Version"] = seen });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        Assert.Contains("Ушул убакытта бул жазууну башка бирөө өзгөрттү.", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("Насаатчынын оңдоосу", page.QuerySelector("[data-testid=saved-version]")!.TextContent);
        Assert.Equal("Окуучунун оңдоосу", page.QuerySelector("textarea[name=Tasks]")!.TextContent);
        Assert.Equal("Насаатчынын оңдоосу", (await Data.ReloadEntryAsync(entry.Id)).Tasks);

        // Saving again after seeing both is a deliberate choice and goes through.
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var third = await PostEntryAsync(learner, "Learner", s.Row.Id, new(EntryFields(tasks: "Окуучунун оңдоосу")) { ["Id"] = entry.Id.ToString(), ["Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Equal("Окуучунун оңдоосу", (await Data.ReloadEntryAsync(entry.Id)).Tasks);
    }

    [Fact]
    public async Task Get_Diary_IssuesBoundedNumberOfSqlCommands()
    {
        var (s, client) = await LearnerAsync();
        for (var d = 0; d < 5; d++)
        {
            await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(d), DiaryEntryStatus.Submitted);
        }

        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync($"/Learner/Diaries/Learner/{s.Row.Id}");
        counter.Reset();

        await client.GetAsync($"/Learner/Diaries/Learner/{s.Row.Id}");

        Assert.InRange(counter.Count, 1, 8);
    }
}
