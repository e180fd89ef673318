using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WblPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>Issue 15: text typed in one section of the programme page was lost when another form of the page was sent.
/// Now leaving the page with a section's changes unsaved asks first (wwwroot/js/unsaved.js); staying keeps the text.</summary>
public sealed class UnsavedChangesTests(PortalServer server) : BrowserTest(server)
{
    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "no dialog was shown");
    }

    [Fact]
    public async Task ProgrammePage_LeavingWithUnsavedSectionText_AsksFirst_StayingKeepsTheText()
    {
        var college = await NewPageAsync();
        await WithScreenshotOnFailureAsync(college, "unsaved-changes", async () =>
        {
            await SignInAsync(college, "college.admin@wbl.kg");
            await college.GotoAsync("/College/Programmes/Create");
            await college.Locator("#SpecialtyId").SelectOptionAsync(new SelectOptionValue { Label = "110201 Агрономия" });
            await college.Locator("#AcademicYear").FillAsync("2033");
            await college.Locator("main form button[type=submit]").ClickAsync();
            await Expect(college).ToHaveURLAsync(new Regex("/College/Programmes/Details/", RegexOptions.IgnoreCase));
            var details = college.Url;

            var dialogs = new List<string>();
            college.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Type);
                await dialog.DismissAsync();
            };

            // Nothing typed: a link leaves without a question.
            await college.Locator("#Sections_Goal").ClickAsync();
            await college.EvaluateAsync("() => { location.href = '/College/Programmes'; }");
            await Expect(college).ToHaveURLAsync(new Regex("/College/Programmes$", RegexOptions.IgnoreCase));
            Assert.Empty(dialogs);

            await college.GotoAsync(details);
            await college.Locator("#Sections_Goal").ClickAsync();
            await college.Locator("#Sections_Goal").PressSequentiallyAsync("Агрардык ишканада кесиптик компетенцияларды калыптандыруу");
            await Expect(college.Locator("#sections [data-unsaved-note]")).ToBeVisibleAsync();

            // Another form of the page sent: the browser asks, and staying keeps the typed text.
            await college.Locator("#Load_FormId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await college.Locator("#Load_Semester").FillAsync("5");
            await college.Locator("#Load_Hours").FillAsync("400");
            await college.Locator("#add-load form button[type=submit]").ClickAsync();
            await UntilAsync(() => dialogs.Count >= 1);
            Assert.Equal("beforeunload", dialogs[0]);
            await Expect(college.Locator("#Sections_Goal")).ToHaveValueAsync("Агрардык ишканада кесиптик компетенцияларды калыптандыруу");

            // A link followed: asked again.
            await college.EvaluateAsync("() => { location.href = '/College/Programmes'; }");
            await UntilAsync(() => dialogs.Count >= 2);
            Assert.Equal(details, college.Url);

            // The section's own save does not ask (once the load form typed into above is cleared: its text is unsaved too).
            await college.EvaluateAsync("() => document.querySelector('#add-load form').reset()");
            var before = dialogs.Count;
            await college.Locator("#sections form button[type=submit]").ClickAsync();
            await Expect(college.Locator("#Sections_Goal")).ToHaveValueAsync("Агрардык ишканада кесиптик компетенцияларды калыптандыруу");
            Assert.Equal(before, dialogs.Count);
        });
    }
}
