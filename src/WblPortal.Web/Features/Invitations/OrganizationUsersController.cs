using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Invitations;

/// <summary>The Users page of an Area: the organization's users and pending invitations, inviting and revoking.
/// Each Area's controller derives from it with its own [Area] and policy.</summary>
public abstract class OrganizationUsersController(IActorAccessor actor) : PortalController
{
    /// <summary>The organization whose users the page shows; null for the whole platform.</summary>
    protected virtual Guid? OrganizationId => actor.Actor.OrganizationId;

    protected abstract string AreaName { get; }

    protected virtual bool CanLock => false;

    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListOrganizationUsers.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(OrganizationId, query, AreaName, canInvite: true, CanLock, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListOrganizationUsers.Handler handler,
        [FromServices] IStringLocalizer<AccountResource> a, CancellationToken cancellationToken)
    {
        var users = await handler.Query(OrganizationId, query).ToListAsync(cancellationToken);
        var pending = await handler.Pending(OrganizationId, query).ToListAsync(cancellationToken);
        var rows = users.Select(u => new object?[] { u.FullName, u.Email, u.Role is null ? "" : L["Role_" + u.Role].Value, u.CreatedAt, u.IsLocked ? a["Users_Locked"].Value : a["Users_Active"].Value })
            .Concat(pending.Select(i => new object?[] { i.FullName, i.Email, L["Role_" + i.Role].Value, i.CreatedAt, a["Users_Invited"].Value }));
        var file = await XlsxFile.WriteAsync(a["Users_Title"], [a["Users_FullName"], a["Users_Email"], a["Users_Role"], a["Users_Created"], a["Users_Status"]],
            rows, r => r, cancellationToken);
        return XlsxFile.Result(file, "users");
    }

    /// <param name="role">Preselected role, e.g. from the "invite administrator" link of a college or employer.</param>
    /// <param name="organizationId">Preselected organization (platform admin only; others always invite into their own).</param>
    public async Task<IActionResult> Invite(string? role, Guid? organizationId, [FromServices] InviteChoices.Handler choices, CancellationToken cancellationToken)
    {
        var roles = InviteUser.RolesFor(actor.Actor);
        var command = new InviteUser.Command
        {
            Role = role is not null && roles.Contains(role) ? role : roles.Count > 0 ? roles[0] : null,
            OrganizationId = OrganizationId is null ? organizationId : null,
        };
        await LoadInviteChoicesAsync(command, choices, cancellationToken);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Invite(InviteUser.Command command, [FromServices] InviteUser.Handler handler, [FromServices] InviteChoices.Handler choices,
        [FromServices] IStringLocalizer<AccountResource> a, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(a["Invite_Sent", command.Email!.Trim()]);
            return RedirectToAction(nameof(Index));
        }

        AddErrors(result);
        await LoadInviteChoicesAsync(command, choices, cancellationToken);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(Guid id, [FromServices] RevokeInvitation.Handler handler, [FromServices] IStringLocalizer<AccountResource> a, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        Flash(a["Invite_Revoked"]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Fills the form's roles; an Area adds its own choices (organizations, mentors or learners).</summary>
    protected virtual Task LoadInviteChoicesAsync(InviteUser.Command command, InviteChoices.Handler choices, CancellationToken cancellationToken)
    {
        choices.LoadRoles(command);
        return Task.CompletedTask;
    }
}
