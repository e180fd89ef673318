using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Invitations;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer admin's users: mentor accounts of the own employer, and invitations.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class UsersController(WblDbContext db) : OrganizationUsersController(db)
{
    protected override string AreaName => "Employer";

    protected override async Task LoadInviteChoicesAsync(CancellationToken cancellationToken)
    {
        await base.LoadInviteChoicesAsync(cancellationToken);
        ViewBag.Mentors = await Db.Mentors.AsNoTracking().OrderBy(m => m.FullName)
            .Select(m => new SelectListItem(m.FullName + " — " + m.Position, m.Id.ToString()))
            .ToListAsync(cancellationToken);
    }
}
