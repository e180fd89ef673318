using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Invitations;
using WblPortal.Web.Features.Users;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Admin.Controllers;

/// <summary>Every user of the platform: search, lock and unlock; inviting the first admins of organizations.</summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class UsersController(IActorAccessor actor) : OrganizationUsersController(actor)
{
    protected override Guid? OrganizationId => null;

    protected override string AreaName => "Admin";

    protected override bool CanLock => true;

    [HttpPost]
    public async Task<IActionResult> Lock(string id, bool locked, [FromServices] SetUserLock.Handler handler,
        [FromServices] Microsoft.Extensions.Localization.IStringLocalizer<AccountResource> a, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, locked, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        Flash(result.Outcome == FeatureOutcome.Done ? (locked ? a["Users_LockedDone"] : a["Users_UnlockedDone"]) : result.Errors![0].ErrorMessage);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>A user lost their authenticator: switch it off (their sessions end); they enrol again at next sign-in.</summary>
    [HttpPost]
    public async Task<IActionResult> ResetTwoFactor(string id, [FromServices] ResetTwoFactor.Handler handler,
        [FromServices] Microsoft.Extensions.Localization.IStringLocalizer<AccountResource> a)
    {
        var result = await handler.HandleAsync(id);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        Flash(a["Users_TwoFactorResetDone"]);
        return RedirectToAction(nameof(Index));
    }

    protected override async Task LoadInviteChoicesAsync(InviteUser.Command command, InviteChoices.Handler choices, CancellationToken cancellationToken)
    {
        await base.LoadInviteChoicesAsync(command, choices, cancellationToken);
        await choices.LoadOrganizationsAsync(command, cancellationToken);
    }
}
