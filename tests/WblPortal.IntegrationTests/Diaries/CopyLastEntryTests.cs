using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

/// <summary>"Copy yesterday": a new entry's form starts from the learner's last entry; nothing is saved until the form is.</summary>
public sealed class CopyLastEntryTests(PortalFactory factory) : DiaryTestBase(factory)
{
    [Fact]
    public async Task Get_EntryCopyLast_PrefillsTheNextDayFromTheLastEntryWithoutSaving()
    {
        var s = await Data.DiarySetupAsync();
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields("2026-04-02", "6", "Тракторду оңдоого жардам берди"))).StatusCode);
        var diary = await client.GetDocumentAsync($"/Learner/Diaries/Learner/{s.Row.Id}");
        var link = diary.QuerySelector("[data-testid='copy-last-entry']")?.GetAttribute("href");
        Assert.NotNull(link);

        var form = await client.GetDocumentAsync(link!);

        Assert.Equal("03.04.2026", form.QuerySelector("input[name='Date']")?.GetAttribute("value"));
        Assert.StartsWith("6", form.QuerySelector("input[name='Hours']")?.GetAttribute("value"));
        Assert.Equal("Тракторду оңдоого жардам берди", form.QuerySelector("textarea[name='Tasks']")?.TextContent.Trim());
        var id = form.QuerySelector("input[name='Id']")?.GetAttribute("value");
        Assert.True(string.IsNullOrEmpty(id) || id == Guid.Empty.ToString(), "the copy is a new entry, not the old one");
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.DiaryEntries.CountAsync());
    }

    [Fact]
    public async Task Post_CopiedEntryDatedInTheFuture_IsRefusedAndSavesNothing()
    {
        var s = await Data.DiarySetupAsync();
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id, culture: "en-US");
        Assert.Equal(HttpStatusCode.Redirect, (await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields("2026-04-02"))).StatusCode);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6)).AddDays(1).ToString("yyyy-MM-dd");

        var response = await PostEntryAsync(client, "Learner", s.Row.Id, EntryFields(tomorrow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for='Date'], span.invalid-feedback"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.DiaryEntries.CountAsync());
    }

    [Fact]
    public async Task Get_EntryCopyLast_OtherLearnersDiary_ReturnsNotFound()
    {
        var s = await Data.DiarySetupAsync();
        var other = await Data.DiarySetupAsync(s.College);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var response = await client.GetAsync($"/Learner/Diaries/Entry/{other.Row.Id}?copyLast=true");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
