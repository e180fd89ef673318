using System.Net;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Placements;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Diaries;

/// <summary>One safety induction recorded for several learners of one placement at once: all or nothing.</summary>
public sealed class BulkInductionTests(PortalFactory factory) : IntegrationTest(factory)
{
    private async Task<(Domain.Employers.Employer Employer, Placement Placement, List<Learner> Learners)> WorldAsync()
    {
        var college = await Data.CollegeAsync();
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);
        var learners = new List<Learner> { await Data.LearnerAsync(college), await Data.LearnerAsync(college), await Data.LearnerAsync(college) };
        var placement = await Data.PlacementAsync(college, employer, PlacementStatus.InProgress, learners, mentor);
        return (employer, placement, learners);
    }

    private static Dictionary<string, string> Form(Placement placement, IEnumerable<Guid> rows)
    {
        var fields = new Dictionary<string, string>
        {
            ["PlacementId"] = placement.Id.ToString(), ["Charter"] = "true", ["FireSafety"] = "true", ["Date"] = "01.04.2026",
            ["ConductedByName"] = "Токтосунов Эрлан", ["ConductedByPosition"] = "Эмгекти коргоо инженери",
        };
        var i = 0;
        foreach (var id in rows)
        {
            fields[$"PlacementLearnerIds[{i++}]"] = id.ToString();
        }

        return fields;
    }

    private async Task<List<SafetyInduction>> InductionsAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.SafetyInductions.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Post_Inductions_AllTickedLearners_RecordsOneInductionEach()
    {
        var (employer, placement, _) = await WorldAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id);
        var list = await client.GetDocumentAsync("/Employer/Diaries?all=true");
        Assert.Contains(list.QuerySelectorAll("[data-testid='bulk-induction']"), a => a.GetAttribute("href")!.EndsWith($"/Inductions/{placement.Id}", StringComparison.Ordinal));
        var page = await client.GetDocumentAsync($"/Employer/Diaries/Inductions/{placement.Id}");
        Assert.Equal(3, page.QuerySelectorAll("#bulk-induction input[name='PlacementLearnerIds']:checked").Length);

        var response = await client.PostFormAsync("/Employer/Diaries/Inductions", Form(placement, placement.Learners.Select(l => l.Id)),
            $"/Employer/Diaries/Inductions/{placement.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await InductionsAsync();
        Assert.Equal(3, saved.Count);
        Assert.All(saved, i => Assert.Equal(new DateOnly(2026, 4, 1), i.Date));
    }

    [Fact]
    public async Task Post_Inductions_NoLearnerTicked_ShowsMessageAndSavesNothing()
    {
        var (employer, placement, _) = await WorldAsync();
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en-US");

        var response = await client.PostFormAsync("/Employer/Diaries/Inductions", Form(placement, []), $"/Employer/Diaries/Inductions/{placement.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tick at least one learner.", (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for='PlacementLearnerIds']")?.TextContent);
        Assert.Empty(await InductionsAsync());
    }

    [Fact]
    public async Task Post_Inductions_OneLearnerRefused_SavesNothingAndNamesTheLearner()
    {
        var (employer, placement, learners) = await WorldAsync();
        var acknowledged = placement.Learners.Single(l => l.LearnerId == learners[1].Id);
        var induction = SafetyInduction.Record(acknowledged, placement, InductionTopics.All, new DateOnly(2026, 4, 1), "Токтосунов Эрлан",
            "Эмгекти коргоо инженери", TestData.EmployerAdminUser, TestData.WorkflowAt);
        induction.Acknowledge(TestData.LearnerUser, TestData.WorkflowAt);
        await Data.SaveAsync(induction);
        var client = await SignInAsync(Roles.EmployerAdmin, employer.Id, culture: "en-US");

        var response = await client.PostFormAsync("/Employer/Diaries/Inductions", Form(placement, placement.Learners.Select(l => l.Id)),
            $"/Employer/Diaries/Inductions/{placement.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = (await PortalClient.ParseAsync(response)).QuerySelector(".alert-danger")?.TextContent;
        Assert.Contains("Nothing was saved", alert);
        Assert.Contains(learners[1].LastName, alert);
        Assert.Single(await InductionsAsync());
    }

    [Fact]
    public async Task Inductions_OtherEmployersPlacement_ReturnsNotFoundAndSavesNothing()
    {
        var (_, placement, _) = await WorldAsync();
        var other = await SignInAsync(Roles.EmployerAdmin, (await Data.EmployerAsync()).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Employer/Diaries/Inductions/{placement.Id}")).StatusCode);
        var response = await other.PostFormAsync("/Employer/Diaries/Inductions", Form(placement, placement.Learners.Select(l => l.Id)), "/Employer/Diaries");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await InductionsAsync());
    }
}
