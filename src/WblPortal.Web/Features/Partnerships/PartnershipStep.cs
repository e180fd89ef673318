using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Partnerships;

/// <summary>A signature or a termination: the domain decides whether the actor's side may take the step.</summary>
public static class PartnershipStep
{
    public enum Step
    {
        Sign,
        Terminate,
    }

    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class Handler(WblDbContext db, IStringLocalizer<WorkflowResource> w, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Step step, Command command, WorkflowUser by, CancellationToken cancellationToken)
        {
            var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
            if (partnership is null)
            {
                return FeatureResult.NotFound;
            }

            if (step == Step.Terminate && string.IsNullOrWhiteSpace(command.Reason))
            {
                return FeatureResult.Invalid(nameof(Command.Reason), l["Validation_Required"]);
            }

            db.Entry(partnership).Property(p => p.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            try
            {
                switch (step)
                {
                    case Step.Sign when db.Actor.EmployerId is not null:
                        partnership.SignAsEmployer(by, now);
                        break;
                    case Step.Sign:
                        partnership.SignAsCollege(by, now);
                        break;
                    case Step.Terminate:
                        partnership.Terminate(command.Reason!, by, now);
                        break;
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

            return FeatureResult.Done(partnership.Id);
        }
    }
}
