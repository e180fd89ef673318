using System.Net;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Programmes;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Assessments;

/// <summary>The programme's assessment scale and 2–5 grade setting, edited with its sections.</summary>
public sealed class ProgrammeAssessmentSettingsTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Sections(WblProgramme p, params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Sections.Version"] = p.Version.ToString(), ["Sections.SpecialtyCode"] = p.SpecialtyCode, ["Sections.SpecialtyName"] = p.SpecialtyName,
            ["Sections.TotalStudyHours"] = "1000",
        };
        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }

        return fields;
    }

    [Fact]
    public async Task Post_SaveSections_SetsTwoLevelScaleWithoutGrade_AndTheFormShowsIt()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var page = await client.GetDocumentAsync($"/College/Programmes/Details/{programme.Id}");
        Assert.Equal("ThreeLevel", page.QuerySelector("#assessment-scale option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#practice-grade[checked]"));
        var response = await client.PostFormAsync($"/College/Programmes/SaveSections/{programme.Id}",
            Sections(programme, ("Sections.AssessmentScale", "TwoLevel"), ("Sections.UsesPracticeGrade", "false")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await Data.StoredProgrammeAsync(programme.Id);
        Assert.Equal(AssessmentScale.TwoLevel, stored.AssessmentScale);
        Assert.False(stored.UsesPracticeGrade);
        page = await client.GetDocumentAsync($"/College/Programmes/Details/{programme.Id}");
        Assert.Equal("TwoLevel", page.QuerySelector("#assessment-scale option[selected]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#practice-grade[checked]"));
    }

    [Fact]
    public async Task Post_SaveSections_WithoutTheSettings_KeepsTheDefaults()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college, ProgrammeStatus.Draft);
        var client = await SignInAsync(Roles.CollegeAdmin, college.Id);

        var response = await client.PostFormAsync($"/College/Programmes/SaveSections/{programme.Id}", Sections(programme));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await Data.StoredProgrammeAsync(programme.Id);
        Assert.Equal(AssessmentScale.ThreeLevel, stored.AssessmentScale);
        Assert.True(stored.UsesPracticeGrade);
    }

    [Fact]
    public async Task Get_ApprovedProgramme_ShowsItsAssessmentSettingsReadOnly()
    {
        var college = await Data.CollegeAsync();
        var programme = await Data.ProgrammeAsync(college);
        var client = await SignInAsync(Roles.CollegeStaff, college.Id);

        var page = await client.GetDocumentAsync($"/College/Programmes/Details/{programme.Id}");

        Assert.Null(page.QuerySelector("#assessment-scale"));
        Assert.Contains("Жетишилген жок / жарым-жартылай жетишилди / жетишилди", page.QuerySelector("[data-testid=assessment-settings-view]")!.TextContent);
    }
}
