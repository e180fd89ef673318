using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

public sealed class MentorDiaryTests(PortalFactory factory) : DiaryTestBase(factory)
{
    private Task<PortalClient> MentorOf(DiarySetup s, string culture = "ky-KG") =>
        SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id, culture: culture);

    [Fact]
    public async Task Get_Index_ShowsPendingWeeksOfAllOwnLearnersOnly()
    {
        var s = await Data.DiarySetupAsync();
        var second = await Data.DiarySetupAsync(s.College, s.Employer, s.Mentor);
        var foreign = await Data.DiarySetupAsync(s.College, s.Employer);
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted, hours: 8);
        await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(1), DiaryEntryStatus.Submitted, hours: 6);
        await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(7), DiaryEntryStatus.Submitted, hours: 4);
        await Data.DiaryEntryAsync(second, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        await Data.DiaryEntryAsync(second, TestData.DiaryDay.AddDays(1), DiaryEntryStatus.Draft);
        await Data.DiaryEntryAsync(foreign, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var client = await MentorOf(s);

        var page = await client.GetDocumentAsync("/Mentor/Diaries");

        Assert.Equal(2, page.QuerySelectorAll("[data-testid=pending-learner]").Length);
        var weeks = page.QuerySelectorAll("[data-testid=pending-week]");
        Assert.Equal(3, weeks.Length);
        Assert.Contains(weeks, w => w.QuerySelector("[data-testid=pending-summary]")!.TextContent.Trim() == "2 жазуу, 14 саат");
        Assert.DoesNotContain(foreign.Learner.LastName + " " + foreign.Learner.FirstName, page.Body!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=diary-row]").Length);
    }

    [Fact]
    public async Task Post_ApproveWeek_FromTheList_ApprovesTheWeeksSubmittedEntriesInOneStep()
    {
        var s = await Data.DiarySetupAsync();
        var a = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var b = await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(1), DiaryEntryStatus.Submitted);
        var nextWeek = await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(7), DiaryEntryStatus.Submitted);
        var client = await MentorOf(s);
        var page = await client.GetDocumentAsync("/Mentor/Diaries");

        // Tap 1 opens the confirmation (Bootstrap collapse), tap 2 submits this form.
        var form = page.QuerySelectorAll("form[action='/Mentor/Diaries/ApproveWeek']").First(f => f.QuerySelector("input[name=WeekStart]")!.GetAttribute("value") == "2026-03-30");
        Assert.NotNull(page.QuerySelector($"button[data-bs-target='#{form.Id}']"));
        var fields = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not ("Seen" or "__RequestVerificationToken"))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var seen = form.QuerySelectorAll("input[name=Seen]").Select(i => i.GetAttribute("value")!).ToList();
        for (var i = 0; i < seen.Count; i++)
        {
            fields[$"Seen[{i}]"] = seen[i];
        }

        var response = await client.PostFormAsync("/Mentor/Diaries/ApproveWeek", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        response.AssertRedirectsTo("/Mentor/Diaries");
        Assert.Equal(DiaryEntryStatus.Approved, (await Data.ReloadEntryAsync(a.Id)).Status);
        Assert.Equal(DiaryEntryStatus.Approved, (await Data.ReloadEntryAsync(b.Id)).Status);
        Assert.Equal(DiaryEntryStatus.Submitted, (await Data.ReloadEntryAsync(nextWeek.Id)).Status);
    }

    [Fact]
    public async Task Post_ApproveWeek_ChangedSinceSeen_IsRefusedAsConflict()
    {
        var s = await Data.DiarySetupAsync();
        var a = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        await Data.DiaryEntryAsync(s, TestData.DiaryDay.AddDays(1), DiaryEntryStatus.Submitted);
        var client = await MentorOf(s);

        var response = await client.PostFormAsync($"/Mentor/Diaries/ApproveWeek", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30", ["Seen[0]"] = $"{a.Id}:{a.Version}",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Сиз караганда жуманын жазуулары өзгөрдү", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(DiaryEntryStatus.Submitted, (await Data.ReloadEntryAsync(a.Id)).Status);
    }

    [Fact]
    public async Task Post_ApproveWeek_WithoutTheSeenEntries_IsRefusedAndApprovesNothing()
    {
        var s = await Data.DiarySetupAsync();
        var a = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var client = await MentorOf(s);

        var response = await client.PostFormAsync("/Mentor/Diaries/ApproveWeek", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Жуманын кайсы жазууларын көргөнүңүз белгисиз", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(DiaryEntryStatus.Submitted, (await Data.ReloadEntryAsync(a.Id)).Status);
    }

    [Fact]
    public async Task Post_ApproveWeek_FromTheListWithoutTheSeenEntries_FlashesTheRefusalAndApprovesNothing()
    {
        var s = await Data.DiarySetupAsync();
        var a = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var client = await MentorOf(s, culture: "en");

        var response = await client.PostFormAsync("/Mentor/Diaries/ApproveWeek", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["WeekStart"] = "2026-03-30", ["fromList"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync("/Mentor/Diaries");
        Assert.Contains("did not say which of the week's entries you saw", list.Body!.TextContent);
        Assert.Equal(DiaryEntryStatus.Submitted, (await Data.ReloadEntryAsync(a.Id)).Status);
    }

    [Fact]
    public async Task Post_ApproveWeek_OfAnotherMentorsLearner_ReturnsNotFound()
    {
        var s = await Data.DiarySetupAsync();
        var other = await Data.DiarySetupAsync(s.College, s.Employer);
        var entry = await Data.DiaryEntryAsync(other, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var client = await MentorOf(s);

        var response = await client.PostFormAsync("/Mentor/Diaries/ApproveWeek", new()
        {
            ["PlacementLearnerId"] = other.Row.Id.ToString(), ["WeekStart"] = "2026-03-30",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Mentor/Diaries/Learner/{other.Row.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Mentor/Diaries/Induction/{other.Row.Id}")).StatusCode);
        Assert.Equal(DiaryEntryStatus.Submitted, (await Data.ReloadEntryAsync(entry.Id)).Status);
    }

    [Fact]
    public async Task Post_Return_WithoutComment_ShowsMessage_WithCommentReturnsTheEntry()
    {
        var s = await Data.DiarySetupAsync();
        var entry = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var client = await MentorOf(s);
        var fields = new Dictionary<string, string>
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["Id"] = entry.Id.ToString(), ["Version"] = entry.Version.ToString(), ["Comment"] = " ",
        };

        var refused = await PortalClient.ParseAsync(await client.PostFormAsync("/Mentor/Diaries/Return", fields));
        fields["Comment"] = "Сааттарды тактаңыз";
        var response = await client.PostFormAsync("/Mentor/Diaries/Return", fields);

        Assert.Contains("Эмнени оңдоо керектигин жазыңыз.", refused.QuerySelector("[data-valmsg-for=Comment]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Data.ReloadEntryAsync(entry.Id);
        Assert.Equal(DiaryEntryStatus.Returned, saved.Status);
        Assert.Equal("Сааттарды тактаңыз", saved.ReturnComment);
    }

    [Fact]
    public async Task Post_Entry_ByMentor_IsSubmittedAtOnce()
    {
        var s = await Data.DiarySetupAsync();
        var client = await MentorOf(s);

        var response = await PostEntryAsync(client, "Mentor", s.Row.Id, EntryFields());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var entry = await db.DiaryEntries.SingleAsync();
        Assert.Equal(DiaryEntryStatus.Submitted, entry.Status);
        Assert.True(entry.WrittenByMentor);
    }

    [Fact]
    public async Task Post_Entry_CorrectingAnApprovedEntry_IsShownTogetherWithIt()
    {
        var s = await Data.DiarySetupAsync();
        var approved = await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Approved, hours: 8);
        var client = await MentorOf(s);

        var response = await PostEntryAsync(client, "Mentor", s.Row.Id, new(EntryFields(hours: "6", tasks: "Оңдолгон сааттар")) { ["CorrectsEntryId"] = approved.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync($"/Mentor/Diaries/Learner/{s.Row.Id}");
        Assert.NotNull(page.QuerySelector("[data-testid=corrected-by]"));
        Assert.Contains("02.04.2026", page.QuerySelector("[data-testid=correction-of]")!.TextContent);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(approved.Id, (await db.DiaryEntries.SingleAsync(e => e.Id != approved.Id)).CorrectsEntryId);
    }

    [Fact]
    public async Task Post_Entry_IntoApprovedWeekWithoutCitingAnEntry_IsRefused()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Approved);
        var client = await MentorOf(s);

        var response = await PostEntryAsync(client, "Mentor", s.Row.Id, EntryFields(date: "2026-04-03"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Бул жума бекитилип, жабылды", page.QuerySelector("[data-valmsg-for=Date]")!.TextContent);
    }

    [Fact]
    public async Task Post_Induction_RecordsIt_BadInputShowsMessages()
    {
        var s = await Data.DiarySetupAsync(induction: false);
        var client = await MentorOf(s);
        var fields = new Dictionary<string, string>
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["Date"] = "2026-04-01", ["ConductedByName"] = "", ["ConductedByPosition"] = "Инженер",
        };

        var refused = await PortalClient.ParseAsync(await client.PostFormAsync("/Mentor/Diaries/Induction", fields));
        fields["ConductedByName"] = "Токтосунов Эрлан";
        fields["FireSafety"] = "true";
        fields["LabourProtection"] = "true";
        var response = await client.PostFormAsync("/Mentor/Diaries/Induction", fields);

        Assert.False(string.IsNullOrWhiteSpace(refused.QuerySelector("[data-valmsg-for=ConductedByName]")!.TextContent));
        Assert.Contains("Жок дегенде бир теманы белгилеңиз.", refused.QuerySelector("[data-valmsg-for=Charter]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var induction = await db.SafetyInductions.SingleAsync();
        Assert.True(induction.FireSafety && induction.LabourProtection && !induction.Charter);
        Assert.Equal("Токтосунов Эрлан", induction.ConductedByName);
    }

    [Fact]
    public async Task Post_Note_IsVisibleToTheCollege()
    {
        var s = await Data.DiarySetupAsync();
        var client = await MentorOf(s);

        var response = await client.PostFormAsync("/Mentor/Diaries/Note", new()
        {
            ["PlacementLearnerId"] = s.Row.Id.ToString(), ["Date"] = "2026-04-03", ["Topic"] = "Adaptation", ["Text"] = "Жамаатка тез кошулду",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var college = await SignInAsync(Roles.CollegeStaff, s.College.Id);
        var page = await college.GetDocumentAsync($"/College/Diaries/Learner/{s.Row.Id}");
        Assert.Contains("Жамаатка тез кошулду", page.QuerySelector("[data-testid=notes]")!.TextContent);
    }

    [Fact]
    public async Task Get_Dashboard_ShowsPendingCountAndOwnLearners()
    {
        var s = await Data.DiarySetupAsync();
        await Data.DiaryEntryAsync(s, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var client = await MentorOf(s);

        var page = await client.GetDocumentAsync("/Mentor");

        Assert.Contains("1", page.QuerySelector("[data-testid=pending-weeks]")!.TextContent);
        Assert.Contains(s.Learner.LastName, page.QuerySelector("[data-testid=my-diaries]")!.TextContent);
    }
}

public sealed class DiaryScopeTests(PortalFactory factory) : DiaryTestBase(factory)
{
    [Theory]
    [InlineData("Return")]
    [InlineData("Submit")]
    [InlineData("Note")]
    [InlineData("Induction")]
    public async Task Post_StepOnAnotherMentorsLearner_ReturnsNotFoundAndChangesNothing(string action)
    {
        var s = await Data.DiarySetupAsync();
        var other = await Data.DiarySetupAsync(s.College, s.Employer);
        var entry = await Data.DiaryEntryAsync(other, TestData.DiaryDay, DiaryEntryStatus.Submitted);
        var client = await SignInAsync(Roles.Mentor, s.Employer.Id, mentorId: s.Mentor.Id);

        var response = await client.PostFormAsync($"/Mentor/Diaries/{action}", new()
        {
            ["PlacementLearnerId"] = other.Row.Id.ToString(), ["Id"] = entry.Id.ToString(), ["Version"] = entry.Version.ToString(),
            ["Comment"] = "Оңдоңуз", ["Date"] = "2026-04-03", ["Topic"] = "Discipline", ["Text"] = "Эскертүү",
            ["ConductedByName"] = "А", ["ConductedByPosition"] = "Б", ["Charter"] = "true",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(DiaryEntryStatus.Submitted, (await Data.ReloadEntryAsync(entry.Id)).Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.MentorNotes.AnyAsync());
    }

    [Fact]
    public async Task Post_Acknowledge_AnotherLearnersInduction_ReturnsNotFound()
    {
        var s = await Data.DiarySetupAsync();
        var other = await Data.DiarySetupAsync(s.College);
        await using var db = Factory.CreateDbContext();
        var induction = await db.SafetyInductions.SingleAsync(i => i.PlacementLearnerId == other.Row.Id);
        var client = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var response = await client.PostFormAsync("/Learner/Diaries/Acknowledge", new()
        {
            ["PlacementLearnerId"] = other.Row.Id.ToString(), ["Id"] = induction.Id.ToString(), ["Version"] = induction.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var check = Factory.CreateDbContext();
        Assert.Null((await check.SafetyInductions.SingleAsync(i => i.Id == induction.Id)).AcknowledgedAt);
    }
}
