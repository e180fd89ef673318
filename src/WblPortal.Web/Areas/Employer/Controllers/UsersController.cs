using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Infrastructure.Identity;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Invitations;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer admin's users: mentor accounts of the own employer, and invitations.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class UsersController(IActorAccessor actor) : OrganizationUsersController(actor)
{
    protected override string AreaName => "Employer";

    protected override async Task LoadInviteChoicesAsync(InviteUser.Command command, InviteChoices.Handler choices, CancellationToken cancellationToken)
    {
        await base.LoadInviteChoicesAsync(command, choices, cancellationToken);
        await choices.LoadMentorsAsync(command, cancellationToken);
    }
}
