using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Agreements;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.EmployerSites;

/// <summary>What waits for the employer's answer, from every partner college: placement proposals (and, among them,
/// placements the college changed after confirmation), agreements to confirm and partnerships to sign.</summary>
public sealed class EmployerAwaitingViewComponent(WblDbContext db) : ViewComponent
{
    public sealed record Counts(int Proposals, int Amended, int Agreements, int Partnerships);

    private static readonly string[] Amendments = ["ChangeTerms", "AddLearner", "RemoveLearner"];

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var proposed = db.Placements.Where(p => p.Status == PlacementStatus.Proposed);
        var counts = new Counts(
            await proposed.CountAsync(ct),
            await proposed.CountAsync(p => db.PlacementHistory.Any(h => h.PlacementId == p.Id && Amendments.Contains(h.Action)
                && h.ToStatus == nameof(PlacementStatus.Proposed) && h.FromStatus != nameof(PlacementStatus.Proposed)), ct),
            await db.Agreements.CountAsync(a => a.Status == AgreementStatus.Pending && a.EmployerConfirmedAt == null, ct),
            await db.Partnerships.CountAsync(p => p.Status == PartnershipStatus.Draft && p.EmployerSignedAt == null, ct));
        return View(counts);
    }
}
