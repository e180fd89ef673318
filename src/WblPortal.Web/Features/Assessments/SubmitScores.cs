using FluentValidation.Results;
using WblPortal.Domain.Assessments;

namespace WblPortal.Web.Features.Assessments;

/// <summary>One party's independent scores: a level for every outcome, a comment for every outcome below "achieved",
/// and an overall comment. Every field's problem is shown next to it; nothing is saved unless all are right.</summary>
public static class SubmitScores
{
    public sealed class Item
    {
        public Guid OutcomeId { get; set; }
        public OutcomeLevel? Level { get; set; }
        public string? Comment { get; set; }
    }

    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public List<Item> Items { get; set; } = [];
        public string? Comment { get; set; }
    }

    /// <summary>The messages next to the fields, checked against the assessment's own outcomes and scale.</summary>
    internal static List<ValidationFailure> Check(Assessment a, IReadOnlyList<Item> items, bool commentsRequired, AssessmentStep.Handler step)
    {
        var errors = new List<ValidationFailure>();
        var allowed = Assessment.LevelsOf(a.Scale);
        foreach (var score in a.Scores)
        {
            var index = items.ToList().FindIndex(i => i.OutcomeId == score.OutcomeId);
            var item = index < 0 ? null : items[index];
            var field = $"Items[{(index < 0 ? 0 : index)}]";
            if (item?.Level is not { } level)
            {
                errors.Add(new ValidationFailure($"{field}.Level", step.L["Assessment_ScoreMissing", score.Code]));
            }
            else if (!allowed.Contains(level))
            {
                errors.Add(new ValidationFailure($"{field}.Level", step.L["Assessment_ScoreOutOfScale", score.Code]));
            }
            else if (commentsRequired && level != OutcomeLevel.Achieved && string.IsNullOrWhiteSpace(item.Comment))
            {
                errors.Add(new ValidationFailure($"{field}.Comment", step.L["Assessment_OutcomeCommentRequired", score.Code]));
            }

            if (item?.Comment is { Length: > 2000 })
            {
                errors.Add(new ValidationFailure($"{field}.Comment", step.L["Assessment_TextTooLong"]));
            }
        }

        return errors;
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

                var errors = Check(a, command.Items, commentsRequired: true, step);
                if (string.IsNullOrWhiteSpace(command.Comment))
                {
                    errors.Add(new ValidationFailure(nameof(Command.Comment), step.L["Assessment_CommentRequired"]));
                }
                else if (command.Comment.Length > 2000)
                {
                    errors.Add(new ValidationFailure(nameof(Command.Comment), step.L["Assessment_TextTooLong"]));
                }

                if (errors.Count > 0)
                {
                    return FeatureResult.Invalid(errors);
                }

                a.Submit(party, command.Items.ToDictionary(i => i.OutcomeId, i => new ScoreInput(i.Level!.Value, i.Comment)), command.Comment, by, at);
                return null;
            }, cancellationToken);
    }
}
