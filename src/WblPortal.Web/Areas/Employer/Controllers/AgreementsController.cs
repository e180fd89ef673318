using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Agreements;

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

    public async Task<IActionResult> Scan(Guid id, [FromServices] ConfirmAgreement.Handler handler, CancellationToken cancellationToken) =>
        await handler.ScanAsync(id, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
}
