using FluentValidation.Results;

namespace WblPortal.Web.Infrastructure;

/// <summary>What a use case's handler answers: done (with the row's id), invalid input, not in scope, or a
/// concurrent edit.</summary>
public sealed record FeatureResult(FeatureOutcome Outcome, Guid Id = default, IReadOnlyList<ValidationFailure>? Errors = null)
{
    public static FeatureResult Done(Guid id) => new(FeatureOutcome.Done, id);
    public static FeatureResult Invalid(IReadOnlyList<ValidationFailure> errors) => new(FeatureOutcome.Invalid, Errors: errors);
    public static FeatureResult Invalid(string property, string message) => Invalid([new ValidationFailure(property, message)]);
    public static readonly FeatureResult NotFound = new(FeatureOutcome.NotFound);
    public static readonly FeatureResult Conflict = new(FeatureOutcome.Conflict);
}

public enum FeatureOutcome
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}
