using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Assessments;
using WblPortal.IntegrationTests.Infrastructure;
using WblPortal.Web.Features.Assessments;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Assessments;

/// <summary>The reusable query of final results (for figures), in the actor's scope.</summary>
public sealed class AssessmentResultsTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Load_ReturnsOnlyFinalResults_PerOutcomeWithGrade_InTheCollegesScope()
    {
        var w = await Data.AssessmentWorldAsync(learners: 2);
        var final = await Data.AssessmentAsync(w, AssessmentStage.Acknowledged);
        await Data.AssessmentAsync(w, AssessmentStage.Proposed, learner: 1);

        await using var own = Factory.CreateDbContext(CollegeActor(w.College.Id));
        var results = await new AssessmentResults.Handler(own).LoadAsync(null, CancellationToken.None);

        var result = Assert.Single(results);
        Assert.Equal(final.PlacementLearnerId, result.PlacementLearnerId);
        Assert.Equal(4, result.Grade);
        Assert.Equal(["ON1", "ОН2"], result.Outcomes.Select(o => o.Code));
        Assert.All(result.Outcomes, o => Assert.Equal(OutcomeLevel.Achieved, o.Level));
        Assert.Equal(1m, result.AchievedShare);
        Assert.True(result.Acknowledged);

        await using var other = Factory.CreateDbContext(CollegeActor((await Data.CollegeAsync()).Id));
        Assert.Empty(await new AssessmentResults.Handler(other).LoadAsync([w.Placement.Id], CancellationToken.None));
    }

    [Fact]
    public async Task Steps_RaiseNotificationsForTheNextParty()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.Disagreed);

        await using var db = Factory.CreateDbContext();
        var keys = await db.Notifications.Where(n => n.SubjectId == a.Id).Select(n => new { n.MessageKey, n.RecipientLearnerId, n.RecipientMentorId, n.RecipientCollegeId }).ToListAsync();
        Assert.Contains(keys, n => n.MessageKey == "Notify_AssessmentBothScored" && n.RecipientMentorId == w.Mentor.Id);
        Assert.Contains(keys, n => n.MessageKey == "Notify_AssessmentFinalProposed" && n.RecipientMentorId == w.Mentor.Id);
        Assert.Contains(keys, n => n.MessageKey == "Notify_AssessmentFinal" && n.RecipientLearnerId == w.Learners[0].Id);
        Assert.Contains(keys, n => n.MessageKey == "Notify_AssessmentDisagreement" && n.RecipientCollegeId == w.College.Id);
    }
}
