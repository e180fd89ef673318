using Microsoft.Playwright;
using WblPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WblPortal.BrowserTests.Journeys;

/// <summary>Issue 15: no native date picker (Chromium shows it in the browser's locale, mm/dd/yyyy, not the page's) is
/// left on the main forms; every date field takes dd.MM.yyyy with a Kyrgyz placeholder. Typing a date and seeing it
/// saved is part of <see cref="EmployerMentorLearnerJourneyTests"/> (the placement's dates, the order date, the
/// induction and the diary days).</summary>
public sealed class DateFieldsTests(PortalServer server) : BrowserTest(server)
{
    [Fact]
    public async Task MainForms_HaveNoNativeDateInputs_AndTheirDateFieldsTakeDayMonthYear()
    {
        var college = await NewPageAsync();
        await SignInAsync(college, "college.admin@wbl.kg");
        foreach (var (url, field) in new[]
        {
            ("/College/Placements/Create", "#StartDate"), ("/College/Learners/Create", "#DateOfBirth"),
            ("/College/Partnerships/Create", "#ConcludedOn"), ("/College/Events/Create", "#StartsAt"),
        })
        {
            await ExpectDateFieldsAsync(college, url, field);
        }

        var employer = await NewPageAsync();
        await SignInAsync(employer, "employer@wbl.kg");
        await ExpectDateFieldsAsync(employer, "/Employer/Mentors/Create", "#PedagogicalTrainingDate");
    }

    private static async Task ExpectDateFieldsAsync(IPage page, string url, string field)
    {
        await page.GotoAsync(url);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ky");
        await Expect(page.Locator("input[type=date], input[type=datetime-local]")).ToHaveCountAsync(0);
        var input = page.Locator(field);
        await Expect(input).ToHaveAttributeAsync("type", "text");
        await Expect(input).ToHaveAttributeAsync("placeholder", field == "#StartsAt" ? "кк.аа.жжжж сс:мм" : "кк.аа.жжжж");
        await Expect(page.Locator($"label[for='{field[1..]}']")).ToBeVisibleAsync();
        await input.FillAsync("07.06.2027");
        Assert.True(await input.EvaluateAsync<bool>(field == "#StartsAt" ? "e => e.checkValidity()" : "e => e.checkValidity() && e.value === '07.06.2027'"));
    }
}
