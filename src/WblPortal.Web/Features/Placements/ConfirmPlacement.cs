using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Features.EmployerSites;

namespace WblPortal.Web.Features.Placements;

/// <summary>The employer confirms a proposed placement for a number of learners. Confirming more learners than the
/// placement's site takes over these dates is refused (the site's capacity is on the Sites page): the check and the
/// confirmation run in one transaction holding the site's row, so two confirmations at one site are counted one after
/// the other.</summary>
public static class ConfirmPlacement
{
    public sealed class Handler(WblDbContext db, StepRunner steps, SiteCapacity.Handler sites, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(PlacementStep.Command command, CancellationToken cancellationToken)
        {
            return await db.InTransactionAsync(async (transaction, ct) =>
            {
                await sites.LockSiteAsync(command.Id, ct);
                if (await sites.CheckAsync(command.Id, command.Count ?? 0, ct) is { } refused)
                {
                    return refused;
                }

                var result = await steps.RunAsync(await PlacementStep.LoadAsync(db, command.Id, ct), command.Version, (p, by, at) =>
                    {
                        p.Confirm(command.Count ?? 0, by, at);
                        return null;
                    },
                    PlacementStep.Refusals(w, hasCount: true), ct, staleFirst: true);
                await transaction.CommitAsync(ct); // the confirmation, when it was saved; nothing otherwise
                return result;
            }, cancellationToken);
        }
    }
}
