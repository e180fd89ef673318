using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Events;

/// <summary>Mark a planned event held: attendance can then be recorded.</summary>
public static class MarkEventHeld
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(EventStep.Command command, CancellationToken cancellationToken) =>
            await steps.RunAsync(await EventStep.LoadAsync(db, command.Id, cancellationToken), command.Version, (ev, _, _) =>
            {
                ev.MarkHeld();
                return null;
            }, new Refusals(w), cancellationToken);
    }
}
