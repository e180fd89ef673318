using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Agreements;

/// <summary>The employer confirms, in one go, the agreements of one placement that the list showed awaiting its
/// confirmation (paper signs them as one batch). Each goes through the single confirmation's rule; one refused →
/// nothing is confirmed, and the message names the learner. One SaveChanges: one transaction.</summary>
public static class ConfirmPlacementAgreements
{
    public sealed class Command
    {
        public Guid PlacementId { get; set; }

        /// <summary>The agreements the page showed (a row added since is not confirmed unseen).</summary>
        public List<Guid> Ids { get; set; } = [];
    }

    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> wl, IStringLocalizer<AgreementResource> al)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var ids = command.Ids.Distinct().ToList();
            var agreements = await db.Agreements.Include(a => a.Learner)
                .Where(a => a.PlacementId == command.PlacementId && ids.Contains(a.Id))
                .ToListAsync(cancellationToken);
            if (!await db.Placements.AnyAsync(p => p.Id == command.PlacementId, cancellationToken) || agreements.Count != ids.Count)
            {
                return FeatureResult.NotFound;
            }

            if (ids.Count == 0)
            {
                return FeatureResult.Invalid("", al["Agreements_BulkNoneChosen"]);
            }

            return await steps.RunAsync((by, at) =>
            {
                foreach (var agreement in agreements.OrderBy(a => a.Learner!.LastName).ThenBy(a => a.Learner!.FirstName))
                {
                    try
                    {
                        agreement.ConfirmByEmployer(by, at);
                    }
                    catch (WorkflowException refused)
                    {
                        return FeatureResult.Invalid("", al["Agreements_BulkRefused", agreement.Learner!.FullName,
                            wl[refused.Key, [.. refused.Arguments]].Value]);
                    }
                }

                return null;
            }, () => command.PlacementId, new Refusals(wl), cancellationToken);
        }
    }
}
