using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;

namespace WblPortal.Domain.Agreements;

/// <summary>Cancelling a placement cancels its agreements still waiting for signatures; signed ones stay as the
/// record of what was agreed, and their cancellation is a separate, deliberate step.</summary>
public static class PlacementCancellation
{
    public static void Cancel(Placement placement, IEnumerable<TripartiteAgreement> agreementsOfPlacement, string reason, WorkflowUser by, DateTimeOffset at)
    {
        var agreements = agreementsOfPlacement.ToList();
        Guard.That(agreements.All(a => a.PlacementId == placement.Id), "Agreement_OtherPlacement");
        placement.Cancel(reason, by, at);
        foreach (var agreement in agreements.Where(a => a.Status == AgreementStatus.Pending))
        {
            agreement.Cancel(reason, by, at);
        }
    }
}
