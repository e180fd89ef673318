using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Assessments;

public sealed class AssessmentPagesTests(PortalFactory factory) : IntegrationTest(factory)
{
    private static Dictionary<string, string> Scores(Assessment a, params (OutcomeLevel Level, string? Comment)[] items)
    {
        var fields = new Dictionary<string, string> { ["Id"] = a.Id.ToString(), ["Version"] = a.Version.ToString(), ["Comment"] = "Жалпы пикир" };
        var scores = a.Scores.OrderBy(s => s.SortOrder).ToList();
        for (var i = 0; i < scores.Count; i++)
        {
            fields[$"Items[{i}].OutcomeId"] = scores[i].OutcomeId.ToString();
            fields[$"Items[{i}].Level"] = items[i].Level.ToString();
            fields[$"Items[{i}].Comment"] = items[i].Comment ?? "";
        }

        return fields;
    }

    private static Dictionary<string, string> Proposal(Assessment a, OutcomeLevel level, int? grade, string comment)
    {
        var fields = new Dictionary<string, string> { ["Id"] = a.Id.ToString(), ["Version"] = a.Version.ToString(), ["Comment"] = comment };
        if (grade is not null)
        {
            fields["Grade"] = grade.ToString()!;
        }

        var scores = a.Scores.OrderBy(s => s.SortOrder).ToList();
        for (var i = 0; i < scores.Count; i++)
        {
            fields[$"Items[{i}].OutcomeId"] = scores[i].OutcomeId.ToString();
            fields[$"Items[{i}].Level"] = level.ToString();
        }

        return fields;
    }

    [Fact]
    public async Task Get_CollegeIndex_ListsLearnersOfCompletedPlacement_AndStartOpensTheAssessment()
    {
        var w = await Data.AssessmentWorldAsync(learners: 2);
        var client = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var list = await client.GetDocumentAsync("/College/Assessments?all=true"); // a past year's placement
        Assert.Equal(2, list.QuerySelectorAll("tr[data-stage='NotStarted']").Length);
        var rowId = w.Placement.Learners[0].Id;
        var started = await client.PostFormAsync($"/College/Assessments/Start?placementLearnerId={rowId}", []);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        await using var db = Factory.CreateDbContext();
        var a = await db.Assessments.SingleAsync();
        Assert.Equal(rowId, a.PlacementLearnerId);
        Assert.Equal(2, a.Scores.Count);
        Assert.True(a.GradeRequired); // production practice
        Assert.EndsWith($"/College/Assessments/Details/{a.Id}", started.Headers.Location!.ToString());
        var again = await client.PostFormAsync($"/College/Assessments/Start?placementLearnerId={rowId}", []);
        Assert.EndsWith($"/College/Assessments/Details/{a.Id}", again.Headers.Location!.ToString());
        Assert.Equal(1, await db.Assessments.CountAsync());
    }

    [Fact]
    public async Task Post_Start_BeforeTheLastDaysOfAPlacementInProgress_IsRefused()
    {
        var w = await Data.AssessmentWorldAsync(completed: false);
        await using (var db = Factory.CreateDbContext())
        {
            // Move the placement's end far ahead: it is in progress and not in its last days.
            await db.Database.ExecuteSqlRawAsync("UPDATE placements SET end_date = DATE '2099-12-31' WHERE id = {0}", w.Placement.Id);
        }

        var client = await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: w.Mentor.Id);
        var response = await client.PostFormAsync($"/Mentor/Assessments/Start?placementLearnerId={w.Placement.Learners[0].Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(0, await check.Assessments.CountAsync());
    }

    [Fact]
    public async Task FullProtocol_IndependentScores_SideBySide_Reconcile_Confirm_Acknowledge_MarkAssessed()
    {
        var w = await Data.AssessmentWorldAsync();
        var curator = await SignInAsync(Roles.CollegeStaff, w.College.Id);
        var mentor = await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: w.Mentor.Id);
        var learner = await SignInAsync(Roles.Learner, w.College.Id, learnerId: w.Learners[0].Id);

        // The mentor starts (on a phone, say) and the curator scores first.
        var start = await mentor.PostFormAsync($"/Mentor/Assessments/Start?placementLearnerId={w.Placement.Learners[0].Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var a = await Factory.CreateDbContext().Assessments.AsNoTracking().SingleAsync();
        var scored = await curator.PostFormAsync("/College/Assessments/Submit", Scores(a, (OutcomeLevel.Achieved, null), (OutcomeLevel.Achieved, null)));
        Assert.Equal(HttpStatusCode.Redirect, scored.StatusCode);

        // The mentor does not see the curator's scores until both submitted.
        var mentorPage = await mentor.GetDocumentAsync($"/Mentor/Assessments/Details/{a.Id}");
        Assert.NotNull(mentorPage.QuerySelector("[data-testid=score-form]"));
        Assert.Null(mentorPage.QuerySelector("[data-testid=compare]"));
        Assert.DoesNotContain("Куратордун", mentorPage.Body!.TextContent);

        a = await Data.StoredAssessmentAsync(a.Id);
        var mentorScored = await mentor.PostFormAsync("/Mentor/Assessments/Submit",
            Scores(a, (OutcomeLevel.PartlyAchieved, "Үйрөнүү керек"), (OutcomeLevel.Achieved, null)));
        Assert.Equal(HttpStatusCode.Redirect, mentorScored.StatusCode);

        // Side by side, the difference highlighted, for both.
        var compare = await curator.GetDocumentAsync($"/College/Assessments/Details/{a.Id}");
        Assert.Single(compare.QuerySelectorAll("[data-testid=compare] tr[data-differs=true]"));
        Assert.Contains("Үйрөнүү керек", compare.QuerySelector("[data-testid=compare]")!.TextContent);
        Assert.Single((await mentor.GetDocumentAsync($"/Mentor/Assessments/Details/{a.Id}")).QuerySelectorAll("tr.table-warning"));

        // The mentor proposes; the proposer cannot confirm; the curator confirms.
        a = await Data.StoredAssessmentAsync(a.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.PostFormAsync("/Mentor/Assessments/Propose", Proposal(a, OutcomeLevel.Achieved, 4, "Макулдаштык"))).StatusCode);
        a = await Data.StoredAssessmentAsync(a.Id);
        var own = await mentor.PostFormAsync("/Mentor/Assessments/Confirm", new() { ["id"] = a.Id.ToString(), ["version"] = a.Version.ToString() });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(AssessmentStatus.FinalProposed, (await Data.StoredAssessmentAsync(a.Id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await curator.PostFormAsync("/College/Assessments/Confirm",
            new() { ["id"] = a.Id.ToString(), ["version"] = a.Version.ToString() })).StatusCode);
        a = await Data.StoredAssessmentAsync(a.Id);
        Assert.Equal(AssessmentStatus.Final, a.Status);
        Assert.Equal(4, a.FinalGrade);
        Assert.All(a.Scores, s => Assert.Equal(OutcomeLevel.Achieved, s.FinalLevel));

        // The learner sees it, and disagreement needs a text.
        var mine = await learner.GetDocumentAsync("/Learner/Assessments");
        Assert.Single(mine.QuerySelectorAll("[data-testid=my-assessments] a"));
        var empty = await learner.PostFormAsync("/Learner/Assessments/Acknowledge",
            new() { ["Id"] = a.Id.ToString(), ["Version"] = a.Version.ToString(), ["Disagree"] = "true", ["Disagreement"] = " " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Эмне менен макул эмес экениңизди жазыңыз", (await PortalClient.ParseAsync(empty)).QuerySelector("[data-valmsg-for=Disagreement]")!.TextContent);
        Assert.Null((await Data.StoredAssessmentAsync(a.Id)).AcknowledgedAt);
        Assert.Equal(HttpStatusCode.Redirect, (await learner.PostFormAsync("/Learner/Assessments/Acknowledge",
            new() { ["Id"] = a.Id.ToString(), ["Version"] = a.Version.ToString(), ["Disagree"] = "true", ["Disagreement"] = "Баа төмөн" })).StatusCode);

        // The college sees the disagreement and marks the placement assessed.
        var collegeView = await curator.GetDocumentAsync($"/College/Assessments/Details/{a.Id}");
        Assert.Contains("Баа төмөн", collegeView.QuerySelector("[data-testid=disagreement]")!.TextContent);
        var list = await curator.GetDocumentAsync($"/College/Assessments?placement={w.Placement.Id}");
        Assert.NotNull(list.QuerySelector("tr[data-stage=Disagreed]"));
        Assert.NotNull(list.QuerySelector("[data-testid=mark-assessed]"));
        var placement = await Factory.CreateDbContext().Placements.AsNoTracking().SingleAsync(p => p.Id == w.Placement.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await curator.PostFormAsync($"/College/Assessments/MarkAssessed?placementId={placement.Id}",
            new() { ["version"] = placement.Version.ToString() })).StatusCode);
        Assert.Equal(PlacementStatus.Assessed, (await Factory.CreateDbContext().Placements.AsNoTracking().SingleAsync(p => p.Id == w.Placement.Id)).Status);
    }

    [Fact]
    public async Task Post_MarkAssessed_WhileALearnerHasNoFinalResult_LeavesThePlacementCompleted()
    {
        var w = await Data.AssessmentWorldAsync(learners: 2);
        await Data.AssessmentAsync(w, AssessmentStage.Final);
        var client = await SignInAsync(Roles.CollegeAdmin, w.College.Id);

        var response = await client.PostFormAsync($"/College/Assessments/MarkAssessed?placementId={w.Placement.Id}", new() { ["version"] = w.Placement.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PlacementStatus.Completed, (await Factory.CreateDbContext().Placements.AsNoTracking().SingleAsync(p => p.Id == w.Placement.Id)).Status);
    }

    [Fact]
    public async Task Post_AssessFromThePlacementPage_WhileALearnerHasNoFinalResult_ShowsWhyAndLeavesThePlacementCompleted()
    {
        var w = await Data.AssessmentWorldAsync(learners: 2);
        await Data.AssessmentAsync(w, AssessmentStage.Final);
        var client = await SignInAsync(Roles.CollegeAdmin, w.College.Id, culture: "en");

        var response = await client.PostFormAsync("/College/Placements/Assess", new() { ["Id"] = w.Placement.Id.ToString(), ["Version"] = w.Placement.Version.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Not every learner of the placement has a final joint assessment yet.", await response.Content.ReadAsStringAsync());
        Assert.Equal(PlacementStatus.Completed, (await Factory.CreateDbContext().Placements.AsNoTracking().SingleAsync(p => p.Id == w.Placement.Id)).Status);
    }

    [Fact]
    public async Task Post_Submit_LevelOutsideATwoLevelScale_ShowsMessageNextToTheOutcome_AndSavesNothing()
    {
        var w = await Data.AssessmentWorldAsync(scale: AssessmentScale.TwoLevel);
        var a = await Data.AssessmentAsync(w, AssessmentStage.Started);
        var client = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var response = await client.PostFormAsync("/College/Assessments/Submit", Scores(a, (OutcomeLevel.Achieved, null), (OutcomeLevel.PartlyAchieved, "Жарым")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("ОН2 натыйжасынын деңгээли программанын шкаласында жок", page.QuerySelector("[data-valmsg-for='Items[1].Level']")!.TextContent);
        Assert.Equal("Жарым", page.QuerySelector("textarea[name='Items[1].Comment']")!.TextContent);
        var stored = await Data.StoredAssessmentAsync(a.Id);
        Assert.Null(stored.CuratorSubmittedAt);
        Assert.All(stored.Scores, s => Assert.Null(s.CuratorLevel));
    }

    [Fact]
    public async Task Post_Submit_BelowAchievedWithoutComment_ShowsMessagesNextToTheFields_AndSavesNothing()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Started);
        var client = await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: w.Mentor.Id);
        var fields = Scores(a, (OutcomeLevel.NotAchieved, ""), (OutcomeLevel.Achieved, null));
        fields["Comment"] = "";
        fields.Remove("Items[1].Level");

        var response = await client.PostFormAsync("/Mentor/Assessments/Submit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("эмне үчүн толук жетишилбегенин", page.QuerySelector("[data-valmsg-for='Items[0].Comment']")!.TextContent);
        Assert.Contains("ОН2 натыйжасы үчүн деңгээл тандаңыз", page.QuerySelector("[data-valmsg-for='Items[1].Level']")!.TextContent);
        Assert.Contains("Жалпы пикир жазыңыз", page.QuerySelector("[data-valmsg-for=Comment]")!.TextContent);
        Assert.Null((await Data.StoredAssessmentAsync(a.Id)).MentorSubmittedAt);
    }

    [Fact]
    public async Task Post_Propose_GradeOutsideTwoToFive_IsRefusedWithMessage()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.BothScored);
        var client = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var response = await client.PostFormAsync("/College/Assessments/Propose", Proposal(a, OutcomeLevel.Achieved, 7, "Жыйынтык"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2ден 5ке чейинки баа тандаңыз", (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Grade]")!.TextContent);
        Assert.Equal(AssessmentStatus.Reconciling, (await Data.StoredAssessmentAsync(a.Id)).Status);
    }

    [Fact]
    public async Task Post_Propose_ConcurrentProposals_TheSecondIsToldAndKeepsWhatTheyTyped()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.BothScored);
        var curator = await SignInAsync(Roles.CollegeStaff, w.College.Id);
        var mentor = await SignInAsync(Roles.Mentor, w.Employer.Id, mentorId: w.Mentor.Id);

        // Both opened the page at the same version; the mentor saves first.
        var first = await mentor.PostFormAsync("/Mentor/Assessments/Propose", Proposal(a, OutcomeLevel.Achieved, 5, "Насаатчынын сунушу"));
        var second = await curator.PostFormAsync("/College/Assessments/Propose", Proposal(a, OutcomeLevel.PartlyAchieved, 3, "Куратордун сунушу"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        Assert.NotNull(page.QuerySelector(".alert-danger"));
        Assert.Equal("Куратордун сунушу", page.QuerySelector("#final-comment")!.TextContent); // nothing the curator typed is lost
        Assert.Contains("Насаатчынын сунушу", page.QuerySelector("[data-testid=final]")!.TextContent); // and they see the mentor's
        var stored = await Data.StoredAssessmentAsync(a.Id);
        Assert.Equal("Насаатчынын сунушу", stored.FinalComment);
        Assert.Equal(5, stored.FinalGrade);
        Assert.Equal(stored.Version.ToString(), page.QuerySelector("[data-testid=propose-form] input[name=Version]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_Submit_TwoCuratorsAtOnce_TheSecondIsToldAndNothingIsOverwritten()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Started);
        var one = await SignInAsync(Roles.CollegeStaff, w.College.Id);
        var two = await SignInAsync(Roles.CollegeAdmin, w.College.Id);

        var first = await one.PostFormAsync("/College/Assessments/Submit", Scores(a, (OutcomeLevel.Achieved, null), (OutcomeLevel.Achieved, null)));
        var second = await two.PostFormAsync("/College/Assessments/Submit", Scores(a, (OutcomeLevel.NotAchieved, "Жок"), (OutcomeLevel.NotAchieved, "Жок")));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        Assert.NotNull(page.QuerySelector(".alert-danger"));
        Assert.Equal("Жок", page.QuerySelector("textarea[name='Items[0].Comment']")!.TextContent);
        Assert.All((await Data.StoredAssessmentAsync(a.Id)).Scores, s => Assert.Equal(OutcomeLevel.Achieved, s.CuratorLevel));
    }

    [Fact]
    public async Task Get_EmployerDetails_ReadsItsMentorsAssessment_WithoutForms_AndExports()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Final);
        var client = await SignInAsync(Roles.EmployerAdmin, w.Employer.Id);

        var page = await client.GetDocumentAsync($"/Employer/Assessments/Details/{a.Id}");
        Assert.Null(page.QuerySelector("form[action*=Submit], form[action*=Propose], form[action*=Confirm]"));
        Assert.NotNull(page.QuerySelector("[data-testid=compare]"));
        var export = await client.GetAsync("/Employer/Assessments/Export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/Employer/Assessments/Confirm", new() { ["id"] = a.Id.ToString(), ["version"] = a.Version.ToString() })).StatusCode);
    }

    [Fact]
    public async Task Get_CollegeExport_IsAnXlsxOfTheList()
    {
        var w = await Data.AssessmentWorldAsync();
        await Data.AssessmentAsync(w, AssessmentStage.Disagreed);
        var client = await SignInAsync(Roles.CollegeStaff, w.College.Id);

        var response = await client.GetAsync("/College/Assessments/Export?stage=Disagreed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task Get_Index_ShowsEveryStageOnceWithBoundedQueries()
    {
        var w = await Data.AssessmentWorldAsync(learners: 7);
        foreach (var (stage, i) in Enum.GetValues<AssessmentStage>().Select((s, i) => (s, i)).Skip(1))
        {
            await Data.AssessmentAsync(w, stage, i - 1);
        }

        var client = await SignInAsync(Roles.CollegeStaff, w.College.Id);
        var counter = Factory.Services.GetRequiredService<SqlCommandCounter>();
        await client.GetAsync("/College/Assessments?all=true");
        counter.Reset();
        var page = await client.GetDocumentAsync("/College/Assessments?all=true");
        Assert.InRange(counter.Count, 1, 6);
        Assert.Equal(7, page.QuerySelectorAll("[data-testid=assessments] tbody tr").Length);
        foreach (var stage in new[] { "Scoring", "Reconciling", "FinalProposed", "Final", "Acknowledged", "Disagreed", "NotStarted" })
        {
            Assert.NotNull(page.QuerySelector($"tr[data-stage={stage}]"));
        }
    }
}
