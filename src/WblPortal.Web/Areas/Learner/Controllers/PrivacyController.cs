using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Consents;
using WblPortal.Web.Features.Privacy;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Learner.Controllers;

/// <summary>"My data" (Law No. 58): the learner's consents (give, withdraw), who looked at their personal data, and
/// everything held about them as a download. Always the signed-in learner's own.</summary>
[Area("Learner")]
[Authorize(Policy = Policies.Learner)]
public sealed class PrivacyController(IStringLocalizer<PrivacyResource> pv) : PortalController
{
    public sealed record PrivacyPage(PagedList<ListAccessLog.Row> Log, LearnerConsents.Summary Consents);

    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListAccessLog.Handler handler,
        [FromServices] LearnerConsents.Handler consents, CancellationToken cancellationToken)
    {
        var mine = await consents.LoadMineAsync(cancellationToken);
        return mine is null ? NotFound() : View("Index", new PrivacyPage(await handler.PageAsync(query, null, cancellationToken), mine));
    }

    [HttpPost]
    public async Task<IActionResult> Give(GiveConsent.Command command, [FromServices] GiveConsent.Handler handler,
        [FromServices] ListAccessLog.Handler log, [FromServices] LearnerConsents.Handler consents, CancellationToken cancellationToken) =>
        await AnsweredAsync(await handler.HandleAsync(command, cancellationToken), pv["Consent_Given"], log, consents, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Withdraw(WithdrawConsent.Command command, [FromServices] WithdrawConsent.Handler handler,
        [FromServices] ListAccessLog.Handler log, [FromServices] LearnerConsents.Handler consents, CancellationToken cancellationToken) =>
        await AnsweredAsync(await handler.HandleAsync(command, cancellationToken), pv["Consent_Withdrawn"], log, consents, cancellationToken);

    private async Task<IActionResult> AnsweredAsync(FeatureResult result, string done, ListAccessLog.Handler log, LearnerConsents.Handler consents,
        CancellationToken cancellationToken)
    {
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(done);
            return RedirectToAction(nameof(Index));
        }

        ShowErrorsOf(result);
        return await Index(new ListQuery(), log, consents, cancellationToken);
    }

    /// <summary>Everything held about the learner, as data.</summary>
    public async Task<IActionResult> Download([FromServices] SubjectAccess.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadMineAsync(cancellationToken);
        return model is null ? NotFound() : File(SubjectAccess.ToJson(model), "application/json", "my-data.json");
    }

    /// <summary>The same as a PDF summary.</summary>
    public async Task<IActionResult> Summary([FromServices] LoadPersonalDataSummary.Handler handler, CancellationToken cancellationToken)
    {
        var document = await handler.LoadMineAsync(cancellationToken);
        return document is null ? NotFound() : File(document.ToPdf(), "application/pdf", "my-data.pdf");
    }
}
