using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Partnerships;

/// <summary>A party ends the partnership early, with a reason.</summary>
public static class TerminatePartnership
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w, IStringLocalizer<SharedResource> l)
    {
        public async Task<FeatureResult> HandleAsync(PartnershipStep.Command command, CancellationToken cancellationToken)
        {
            var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
            if (partnership is not null && string.IsNullOrWhiteSpace(command.Reason))
            {
                return FeatureResult.Invalid(nameof(PartnershipStep.Command.Reason), l["Validation_Required"]);
            }

            return await steps.RunAsync(partnership, command.Version, (p, by, at) =>
            {
                p.Terminate(command.Reason!, by, at);
                return null;
            }, new Refusals(w), cancellationToken);
        }
    }
}
