using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Invitations;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college admin's users: staff and learner accounts of the own college, and invitations.</summary>
[Area("College")]
[Authorize(Policy = Policies.CollegeAdmin)]
public sealed class UsersController(IActorAccessor actor) : OrganizationUsersController(actor)
{
    protected override string AreaName => "College";

    protected override async Task LoadInviteChoicesAsync(InviteUser.Command command, InviteChoices.Handler choices, CancellationToken cancellationToken)
    {
        await base.LoadInviteChoicesAsync(command, choices, cancellationToken);
        await choices.LoadLearnersAsync(command, cancellationToken);
    }
}
