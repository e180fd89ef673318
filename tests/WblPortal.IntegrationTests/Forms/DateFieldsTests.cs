using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.IntegrationTests.Diaries;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Forms;

/// <summary>Dates are typed and shown as dd.MM.yyyy on every form, whatever the browser's locale: text fields with a
/// placeholder in the page's language, read back by the one date binder, which also takes ISO dates and refuses junk
/// with a message next to the field.</summary>
public sealed class DateFieldsTests(PortalFactory factory) : DiaryTestBase(factory)
{
    [Fact]
    public async Task Post_Placement_WithDayMonthYearDates_SavesThem_AndTheEditFormShowsThemTheSameWay()
    {
        var s = await Data.PlacementSetupAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id);

        var response = await client.PostFormAsync("/College/Placements/Save", PlacementForm(s, start: "04.05.2026", end: "29.5.2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var saved = await db.Placements.SingleAsync();
        Assert.Equal(new DateOnly(2026, 5, 4), saved.StartDate);
        Assert.Equal(new DateOnly(2026, 5, 29), saved.EndDate);
        var form = await client.GetDocumentAsync($"/College/Placements/Edit/{saved.Id}");
        var start = form.QuerySelector("#StartDate")!;
        Assert.Equal("text", start.GetAttribute("type"));
        Assert.Equal("04.05.2026", start.GetAttribute("value"));
        Assert.Equal("29.05.2026", form.QuerySelector("#EndDate")!.GetAttribute("value"));
        Assert.Equal("кк.аа.жжжж", start.GetAttribute("placeholder"));
        Assert.Equal("numeric", start.GetAttribute("inputmode"));
        Assert.Contains("StartDate-format", start.GetAttribute("aria-describedby"));
        Assert.Equal("Күн кк.аа.жжжж түрүндө", form.QuerySelector("#StartDate-format")!.TextContent);
        Assert.NotNull(form.QuerySelector("label[for=StartDate]"));
        Assert.Empty(form.QuerySelectorAll("input[type=date]"));
    }

    [Theory]
    [InlineData("ru-KG", "31.02.2027", "«31.02.2027» — такой даты нет в календаре: проверьте день и месяц.", "дд.мм.гггг")]
    [InlineData("ky-KG", "abc", "Күндү кк.аа.жжжж түрүндө жазыңыз, мисалы 05.12.2026.", "кк.аа.жжжж")]
    [InlineData("en", "2027/02/03", "Enter the date as dd.mm.yyyy, for example 05.12.2026.", "dd.mm.yyyy")]
    public async Task Post_Placement_WithJunkDate_ShowsTheMessageNextToTheField_KeepsTheText_AndSavesNothing(string culture, string junk,
        string message, string placeholder)
    {
        var s = await Data.PlacementSetupAsync();
        var client = await SignInAsync(Roles.CollegeAdmin, s.College.Id, culture: culture);

        var response = await client.PostFormAsync("/College/Placements/Save", PlacementForm(s, start: junk));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for=StartDate]")!.TextContent.Trim());
        var field = page.QuerySelector("#StartDate")!;
        Assert.Equal(junk, field.GetAttribute("value"));
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(placeholder, field.GetAttribute("placeholder"));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Placements.AnyAsync());
    }

    [Fact]
    public async Task Post_Learner_WithDayMonthYearBirthDate_Saves()
    {
        var college = await Data.CollegeAsync();
        var group = await Data.GroupAsync(college);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id, culture: "ru-KG");
        var birth = new DateOnly(2004, 3, 15);

        var response = await client.PostFormAsync("/College/Learners/Save", new()
        {
            ["GroupId"] = group.Id.ToString(), ["LastName"] = "Өмүрбекова", ["FirstName"] = "Айгүл", ["Pin"] = Pin(Gender.Female, birth),
            ["DateOfBirth"] = "15.03.2004", ["Gender"] = "Female", ["HasSpecialNeeds"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(birth, (await db.Learners.SingleAsync()).DateOfBirth);
    }

    [Fact]
    public async Task Post_DiaryEntry_WithDayMonthYearDate_IsSavedOnThatDay()
    {
        var s = await Data.DiarySetupAsync();
        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);

        var response = await PostEntryAsync(learner, "Learner", s.Row.Id, EntryFields(date: DiaryDay.ToString("dd.MM.yyyy")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Factory.CreateDbContext();
        var entry = await db.DiaryEntries.SingleAsync();
        Assert.Equal(DiaryDay, entry.Date);
        Assert.Equal(DiaryEntryStatus.Draft, entry.Status);
    }

    [Fact]
    public async Task Get_DiaryWeek_TakesIsoAndDayMonthYear_AndAnswers400ForJunk()
    {
        var s = await Data.DiarySetupAsync();
        var learner = await SignInAsync(Roles.Learner, s.College.Id, learnerId: s.Learner.Id);
        var url = $"/Learner/Diaries/Learner/{s.Row.Id}?week=";

        Assert.Equal(HttpStatusCode.OK, (await learner.Http.GetAsync(url + "2026-04-06")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await learner.Http.GetAsync(url + "06.04.2026")).StatusCode);
        var junk = await learner.Http.GetAsync(url + "31.02.2026");
        Assert.Equal(HttpStatusCode.BadRequest, junk.StatusCode);
        Assert.Contains("календарда мындай күн жок", await junk.Content.ReadAsStringAsync());
    }
}
