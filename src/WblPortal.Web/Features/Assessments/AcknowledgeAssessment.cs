using FluentValidation.Results;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Assessments;

/// <summary>The learner acknowledges their final result, optionally recording disagreement (seen by the college).</summary>
public static class AcknowledgeAssessment
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public bool Disagree { get; set; }
        public string? Disagreement { get; set; }
    }

    public sealed class Handler(AssessmentStep.Handler step, WblDbContext db)
    {
        public Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken) =>
            step.RunAsync(command.Id, command.Version, (a, by, at) =>
            {
                if (command.Disagree && string.IsNullOrWhiteSpace(command.Disagreement))
                {
                    return FeatureResult.Invalid([new ValidationFailure(nameof(Command.Disagreement), step.L["Assessment_DisagreementRequired"])]);
                }

                if (command.Disagreement is { Length: > 2000 })
                {
                    return FeatureResult.Invalid([new ValidationFailure(nameof(Command.Disagreement), step.L["Assessment_TextTooLong"])]);
                }

                a.Acknowledge(db.Actor.LearnerId ?? Guid.Empty, command.Disagree ? command.Disagreement : null, by, at);
                return null;
            }, cancellationToken);
    }
}
