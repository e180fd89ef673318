using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Assessments;

/// <summary>What the steps on an assessment share (SubmitScores, ProposeFinalResult, ConfirmFinalResult,
/// AcknowledgeAssessment): the assessment loaded through the tenant filter, the side the user acts on, and the shared
/// step runner — a page out of date is a conflict before any step, a refusal is in the user's language.</summary>
public static class AssessmentStep
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<AssessmentResource> l)
    {
        public IStringLocalizer<AssessmentResource> L => l;

        /// <summary>The side the signed-in user scores on: a mentor user the mentor's, college staff the curator's.</summary>
        public AssessmentParty? Party => db.Actor.MentorId is not null ? AssessmentParty.Mentor : db.Actor.IsCollegeStaff ? AssessmentParty.Curator : null;

        public async Task<FeatureResult> RunAsync(Guid id, uint version, Func<Assessment, WorkflowUser, DateTimeOffset, FeatureResult?> step,
            CancellationToken cancellationToken) =>
            await steps.RunAsync(await db.Assessments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken), version, step, new Refusals(l),
                cancellationToken, staleFirst: true);
    }
}
