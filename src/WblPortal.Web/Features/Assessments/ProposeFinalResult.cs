using FluentValidation.Results;
using WblPortal.Domain.Assessments;

namespace WblPortal.Web.Features.Assessments;

/// <summary>After both scored: either party proposes the final level of every outcome, the 2–5 grade (work-experience
/// forms) and a comment; a new proposal replaces the earlier one and waits for the other party's confirmation.</summary>
public static class ProposeFinalResult
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public List<SubmitScores.Item> Items { get; set; } = [];
        public int? Grade { get; set; }
        public string? Comment { get; set; }
    }

    public sealed class Handler(AssessmentStep.Handler step)
    {
        public Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken) =>
            step.RunAsync(command.Id, command.Version, (a, by, at) =>
            {
                if (step.Party is not { } party)
                {
                    return FeatureResult.Invalid("", step.L["Assessment_NotAParty"]);
                }

                var errors = SubmitScores.Check(a, command.Items, commentsRequired: false, step);
                if (a.GradeRequired && command.Grade is not (>= 2 and <= 5))
                {
                    errors.Add(new ValidationFailure(nameof(Command.Grade), step.L["Assessment_GradeOutOfRange"]));
                }

                if (string.IsNullOrWhiteSpace(command.Comment))
                {
                    errors.Add(new ValidationFailure(nameof(Command.Comment), step.L["Assessment_FinalCommentRequired"]));
                }
                else if (command.Comment.Length > 2000)
                {
                    errors.Add(new ValidationFailure(nameof(Command.Comment), step.L["Assessment_TextTooLong"]));
                }

                if (errors.Count > 0)
                {
                    return FeatureResult.Invalid(errors);
                }

                a.ProposeFinal(party, command.Items.ToDictionary(i => i.OutcomeId, i => i.Level!.Value), command.Grade, command.Comment, by, at);
                return null;
            }, cancellationToken);
    }
}
