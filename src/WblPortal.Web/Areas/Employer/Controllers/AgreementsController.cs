using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Agreements;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The agreements with the employer: those awaiting its confirmation first (filter by status), confirmed by
/// the employer admin; the scan of one signed on paper.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class AgreementsController(IStringLocalizer<AgreementResource> a, AgreementDetails.Handler details) : AgreementsControllerBase(a, details)
{
    [HttpPost]
    public async Task<IActionResult> Confirm(Guid id, uint version, [FromServices] ConfirmAgreement.Handler handler, CancellationToken cancellationToken) =>
        await AfterStepAsync(id, await handler.ConfirmAsync(id, version, ConfirmAgreement.Party.Employer, cancellationToken),
            cancellationToken);

    /// <summary>Confirms all the agreements of one placement the list showed awaiting the employer: all or none.</summary>
    [HttpPost]
    public async Task<IActionResult> ConfirmPlacement(ConfirmPlacementAgreements.Command command, [FromServices] ConfirmPlacementAgreements.Handler handler,
        [FromServices] ListAgreements.Handler list, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(A["Agreements_BulkConfirmedFlash", command.Ids.Distinct().Count()]);
            return RedirectToAction(nameof(Index), new { placement = command.PlacementId });
        }

        ClearKeepingBindingFailures();
        AddErrors(result);
        return View(IndexView, await list.PageAsync(new ListQuery(), null, command.PlacementId, false, cancellationToken));
    }

    public async Task<IActionResult> Scan(Guid id, [FromServices] ConfirmAgreement.Handler handler, CancellationToken cancellationToken) =>
        await handler.ScanAsync(id, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
}
