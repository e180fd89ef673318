using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Web.Features.Agreements;
using WblPortal.Web.Features.Partnerships;
using WblPortal.Web.Features.Placements;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.EmployerSites;

/// <summary>What waits for the employer's answer, from every partner college: placements waiting on it (and, among them,
/// placements the college changed after confirmation), agreements to confirm and partnerships to sign. Each figure is
/// counted by the query of the list its card links to, so the two never disagree.</summary>
public sealed class EmployerAwaitingViewComponent(ListPlacements.Handler placements, ListAgreements.Handler agreements,
    ListPartnerships.Handler partnerships) : ViewComponent
{
    public sealed record Counts(int Placements, int Amended, int Agreements, int Partnerships);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var counts = new Counts(
            await placements.CountForEmployerAsync(new ListPlacements.Filter(), ct),
            await placements.CountForEmployerAsync(new ListPlacements.Filter { Amended = true }, ct),
            await agreements.Query(new ListQuery(), null, null, awaiting: true).CountAsync(ct),
            await partnerships.Query(new ListQuery(), new ListPartnerships.Filter { Awaiting = true }).CountAsync(ct));
        return View(counts);
    }
}
