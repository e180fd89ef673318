using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Assessments;
using WblPortal.IntegrationTests.Infrastructure;
using static WblPortal.IntegrationTests.Infrastructure.TestData;

namespace WblPortal.IntegrationTests.Assessments;

/// <summary>The scores live in the assessment's row (jsonb), so its one xmin version guards them: of two writers who
/// loaded the same version, the second fails in the database and nothing of theirs is written.</summary>
public sealed class AssessmentConcurrencyTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task SaveChanges_SecondWriterOfTheSameVersion_FailsAndTheFirstWriteStays()
    {
        var w = await Data.AssessmentWorldAsync();
        var a = await Data.AssessmentAsync(w, AssessmentStage.BothScored);
        await using var one = Factory.CreateDbContext(CollegeActor(w.College.Id));
        await using var two = Factory.CreateDbContext(MentorActor(w.Mentor));
        var mine = await one.Assessments.SingleAsync(x => x.Id == a.Id);
        var theirs = await two.Assessments.SingleAsync(x => x.Id == a.Id);
        var levels = mine.Scores.ToDictionary(s => s.OutcomeId, _ => OutcomeLevel.Achieved);

        mine.ProposeFinal(AssessmentParty.Curator, levels, 5, "Куратордун сунушу", CuratorUser, WorkflowAt);
        await one.SaveChangesAsync();
        theirs.ProposeFinal(AssessmentParty.Mentor, theirs.Scores.ToDictionary(s => s.OutcomeId, _ => OutcomeLevel.NotAchieved), 2, "Насаатчынын сунушу", MentorUser, WorkflowAt);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());
        var stored = await Data.StoredAssessmentAsync(a.Id);
        Assert.Equal("Куратордун сунушу", stored.FinalComment);
        Assert.All(stored.Scores, s => Assert.Equal(OutcomeLevel.Achieved, s.FinalLevel));
    }
}
