using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Graduates;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.MinistryArea;

/// <summary>The dashboard's outcome sections on small hand-built data: final joint assessments (outcome levels,
/// 2–5 grades) by form, and graduate employment at 6 and 12 months by specialty and by status.</summary>
public sealed class OutcomeFiguresTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string[]> Figure(IHtmlDocument page, string key) =>
        page.QuerySelectorAll($"[data-testid=fig-{key}] tbody tr")
            .Where(r => r.QuerySelector("th") is not null)
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    private async Task<PortalClient> MinistryClientAsync() =>
        await SignInAsync(Roles.MinistryAnalyst, (await Data.MinistryAsync()).Id, culture: "en");

    [Fact]
    public async Task Get_Index_CountsOnlyFinalAssessmentsByOutcomeLevelAndGrade()
    {
        // Three learners of one production practice: two final assessments, one only proposed (not counted).
        var world = await Data.AssessmentWorldAsync(learners: 3);
        var first = await Data.AssessmentAsync(world, TestData.AssessmentStage.Final, learner: 0);
        await Data.AssessmentAsync(world, TestData.AssessmentStage.Acknowledged, learner: 1);
        await Data.AssessmentAsync(world, TestData.AssessmentStage.Proposed, learner: 2);
        int year;
        string form;
        int outcomes;
        bool graded;
        await using (var db = Factory.CreateDbContext())
        {
            // The first learner's first outcome ends up not achieved, its second partly achieved.
            var a = await db.Assessments.SingleAsync(x => x.Id == first.Id);
            a.Scores[0].FinalLevel = OutcomeLevel.NotAchieved;
            a.Scores[1].FinalLevel = OutcomeLevel.PartlyAchieved;
            await db.SaveChangesAsync();
            outcomes = a.Scores.Count;
            graded = a.GradeRequired;
            var placement = await db.Placements.Include(p => p.Programme).Include(p => p.Form).SingleAsync(p => p.Id == world.Placement.Id);
            year = placement.Programme!.AcademicYear;
            form = placement.Form!.NameEn!;
        }

        var client = await MinistryClientAsync();
        var page = await client.GetDocumentAsync($"/Ministry?Year={year}");

        // 2 final assessments; outcomes: learner 1 has 1 not achieved + 1 partly + the rest achieved, learner 2 all achieved.
        Assert.Equal(2, outcomes);
        Assert.Equal(["2", "2", "1", "1"], Figure(page, "assessment-levels")[form]);
        // The builder proposes grade 4 when the form takes a grade.
        Assert.Equal(graded ? ["2", "0", "2", "0", "0"] : ["2", "0", "0", "0", "0"], Figure(page, "assessment-grades")[form]);
        Assert.StartsWith("/Ministry/Dashboard/Colleges?", page.QuerySelector("[data-testid=fig-assessment-levels] tbody td a")!.GetAttribute("href"));

        // Another year has none.
        var other = await client.GetDocumentAsync($"/Ministry?Year={year - 1}");
        Assert.Empty(Figure(other, "assessment-levels"));
    }

    [Fact]
    public async Task Get_Index_CountsGraduateEmploymentAt6And12MonthsBySpecialtyAndStatus()
    {
        var college = await Data.CollegeAsync(c => c.RegionId = 1);
        var specialty = await Data.SpecialtyAsync(college);
        var group = await Data.GroupAsync(college, specialty);
        var employer = await Data.EmployerAsync();
        var graduated = new DateOnly(2026, 6, 20); // academic year 2025–2026
        var g1 = await Data.GraduateAsync(college, graduated, group);
        var g2 = await Data.GraduateAsync(college, graduated, group);
        await Data.GraduateAsync(college, graduated, group); // nothing recorded yet
        var earlier = await Data.GraduateAsync(college, new DateOnly(2025, 6, 20), group); // 2024–2025: not counted
        await Data.EmploymentAsync(g1, EmploymentCheckpoint.SixMonths, EmploymentStatus.AtWblEmployer, wblEmployer: employer);
        await Data.EmploymentAsync(g1, EmploymentCheckpoint.TwelveMonths, EmploymentStatus.AtWblEmployer, wblEmployer: employer);
        await Data.EmploymentAsync(g2, EmploymentCheckpoint.SixMonths, EmploymentStatus.NotEmployed, employerName: null);
        await Data.EmploymentAsync(g2, EmploymentCheckpoint.TwelveMonths, EmploymentStatus.EmployedOutsideSpecialty);
        await Data.EmploymentAsync(earlier, EmploymentCheckpoint.SixMonths, EmploymentStatus.EmployedInSpecialty);

        var client = await MinistryClientAsync();
        var page = await client.GetDocumentAsync("/Ministry?Year=2025");

        // graduates, employed at 6 months, of them at the WBL employer, employed at 12 months, at the WBL employer
        var bySpecialty = Figure(page, "graduate-employment");
        Assert.Equal(["3", "1", "1", "2", "1"], Assert.Single(bySpecialty, r => r.Key.StartsWith(specialty.Code, StringComparison.Ordinal)).Value);
        var byStatus = Figure(page, "graduate-status");
        Assert.Equal(["1", "1"], byStatus["Works at the WBL employer"]);
        Assert.Equal(["0", "1"], byStatus["Employed outside the specialty"]);
        Assert.Equal(["1", "0"], byStatus["Not employed"]);
        Assert.Equal(["0", "0"], byStatus["Employed elsewhere in the specialty"]);

        // The footer says as of when the pre-computed figures were computed.
        Assert.Contains("National figures (placements, employers, mentors, Table 1) as of", page.QuerySelector("[data-testid=figures-freshness]")!.TextContent);

        // The previous year has only the earlier graduate; another region has none.
        var previous = Figure(await client.GetDocumentAsync("/Ministry?Year=2024"), "graduate-employment");
        Assert.Equal(["1", "1", "0", "0", "0"], Assert.Single(previous).Value);
        Assert.Empty(Figure(await client.GetDocumentAsync("/Ministry?Year=2025&Region=2"), "graduate-employment"));
    }
}
