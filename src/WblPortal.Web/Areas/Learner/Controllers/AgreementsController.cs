using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Agreements;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>The learner's own agreements; an adult learner confirms theirs (a minor's consent is recorded by the college).</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class AgreementsController(IStringLocalizer<AgreementResource> a, AgreementDetails.Handler details) : AgreementsControllerBase(a, details)
{
    [HttpPost]
    public async Task<IActionResult> Confirm(Guid id, uint version, [FromServices] ConfirmAgreement.Handler handler, CancellationToken cancellationToken) =>
        await AfterStepAsync(id, await handler.ConfirmAsync(id, version, ConfirmAgreement.Party.Learner, cancellationToken),
            cancellationToken);
}
