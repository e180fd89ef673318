using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Events;

/// <summary>Cancel a planned event, with a reason.</summary>
public static class CancelEvent
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(EventStep.Command command, CancellationToken cancellationToken)
        {
            var ev = await EventStep.LoadAsync(db, command.Id, cancellationToken);
            if (ev is not null && string.IsNullOrWhiteSpace(command.Reason))
            {
                return FeatureResult.Invalid(nameof(EventStep.Command.Reason), l["Validation_Required"]);
            }

            return await steps.RunAsync(ev, command.Version, (e, _, _) =>
            {
                e.Cancel(command.Reason!);
                return null;
            }, new Refusals(w), cancellationToken);
        }
    }
}
