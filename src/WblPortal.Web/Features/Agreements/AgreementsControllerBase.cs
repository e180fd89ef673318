using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Agreements;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Agreements;

/// <summary>What the agreement pages of the three parties share: the list (scoped by the tenant filter), its export,
/// the agreement page and the answer to a step. Each Area's controller adds its own party's steps.</summary>
public abstract class AgreementsControllerBase(IStringLocalizer<AgreementResource> a, AgreementDetails.Handler details) : PortalController
{
    public const string DetailsView = "~/Views/Shared/Agreements/Details.cshtml";
    public const string IndexView = "~/Views/Shared/Agreements/Index.cshtml";

    protected IStringLocalizer<AgreementResource> A { get; } = a;

    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] AgreementStatus? status, [FromQuery] Guid? placement,
        [FromQuery] bool awaiting, [FromServices] ListAgreements.Handler handler, CancellationToken cancellationToken) =>
        View(IndexView, await handler.PageAsync(query, status, placement, awaiting, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] AgreementStatus? status, [FromQuery] Guid? placement,
        [FromQuery] bool awaiting, [FromServices] ListAgreements.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, status, placement, awaiting).ToListAsync(cancellationToken);
        return XlsxFile.Result(await AgreementExport.WriteAsync(rows, A, L, cancellationToken), "agreements");
    }

    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var view = await details.LoadAsync(id, cancellationToken);
        return view is null ? NotFound() : View(DetailsView, view);
    }

    /// <summary>Done → back to the agreement with a message; refused → the agreement page with the reason.</summary>
    protected async Task<IActionResult> AfterStepAsync(Guid id, FeatureResult result, CancellationToken cancellationToken)
    {
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Details), new { id });
        }

        ShowErrorsOf(result);
        var view = await details.LoadAsync(id, cancellationToken);
        return view is null ? NotFound() : View(DetailsView, view);
    }
}
