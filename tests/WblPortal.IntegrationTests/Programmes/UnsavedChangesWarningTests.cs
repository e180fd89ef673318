using System.Net;
using WblPortal.Domain.Access;
using WblPortal.Domain.Programmes;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Programmes;

/// <summary>The programme page holds several forms: each section's form is marked to warn before the page is left
/// with its text unsaved (another form submitted, a link followed), by wwwroot/js/unsaved.js.</summary>
public sealed class UnsavedChangesWarningTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Get_DraftProgramme_MarksEverySectionFormForTheWarning_AndLoadsTheScript()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync($"/College/Programmes/Details/{programme.Id}");

        foreach (var action in new[] { "SaveSections", "SetLoad", "AddOutcome", "SetContent" })
        {
            var form = page.QuerySelector($"form[action*='/{action}/']");
            Assert.True(form is not null, action);
            Assert.Contains("сакталбаган өзгөртүүлөр", form!.GetAttribute("data-unsaved-warning"));
            Assert.True(form.QuerySelector("[data-unsaved-note]")?.HasAttribute("hidden"), action);
        }

        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/unsaved.js", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task UnsavedScript_IsServedAsAStaticFile()
    {
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync("/js/unsaved.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("beforeunload", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_ProgrammeOfAnotherCollege_IsNotFound()
    {
        var programme = await Data.ProgrammeAsync(await Data.CollegeAsync(), ProgrammeStatus.Draft);
        var client = await SignInAsync(Roles.CollegeAdmin, (await Data.CollegeAsync()).Id);

        var response = await client.GetAsync($"/College/Programmes/Details/{programme.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
