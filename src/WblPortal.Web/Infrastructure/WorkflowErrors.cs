using Microsoft.Extensions.Localization;
using WblPortal.Domain.Workflows;

namespace WblPortal.Web.Infrastructure;

/// <summary>Turns a refused workflow step into the user's language.</summary>
public static class WorkflowErrors
{
    /// <summary>The page-level error for a <see cref="WorkflowException"/>: its key in the given resource (WorkflowResource,
    /// or the feature's own resource for newer aggregates), with its arguments.</summary>
    public static FeatureResult ToResult(this WorkflowException exception, IStringLocalizer localizer, string property = "") =>
        FeatureResult.Invalid(property, localizer[exception.Key, exception.Arguments.ToArray()]);
}
