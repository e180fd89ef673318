using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Events;

/// <summary>Mark a planned event held (attendance can then be recorded) or cancel it with a reason.</summary>
public static class EventStep
{
    public enum Step
    {
        MarkHeld,
        Cancel,
    }

    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class Handler(WblDbContext db, IStringLocalizer<WorkflowResource> w, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(Step step, Command command, CancellationToken cancellationToken)
        {
            var ev = await db.InformationEvents.SingleOrDefaultAsync(e => e.Id == command.Id && e.CollegeId == db.Actor.CollegeId, cancellationToken);
            if (ev is null)
            {
                return FeatureResult.NotFound;
            }

            if (step == Step.Cancel && string.IsNullOrWhiteSpace(command.Reason))
            {
                return FeatureResult.Invalid(nameof(Command.Reason), l["Validation_Required"]);
            }

            db.Entry(ev).Property(e => e.Version).OriginalValue = command.Version;
            try
            {
                if (step == Step.MarkHeld)
                {
                    ev.MarkHeld();
                }
                else
                {
                    ev.Cancel(command.Reason!);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(w);
            }
            catch (DbUpdateConcurrencyException)
            {
                return FeatureResult.Conflict;
            }

            return FeatureResult.Done(ev.Id);
        }
    }
}
