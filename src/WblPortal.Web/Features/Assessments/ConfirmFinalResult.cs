namespace WblPortal.Web.Features.Assessments;

/// <summary>The other party confirms the proposed final result: it becomes final and locked.</summary>
public static class ConfirmFinalResult
{
    public sealed class Handler(AssessmentStep.Handler step)
    {
        public Task<FeatureResult> HandleAsync(Guid id, uint version, CancellationToken cancellationToken) =>
            step.RunAsync(id, version, (a, by, at) =>
            {
                if (step.Party is not { } party)
                {
                    return FeatureResult.Invalid("", step.L["Assessment_NotAParty"]);
                }

                a.ConfirmFinal(party, by, at);
                return null;
            }, cancellationToken);
    }
}
