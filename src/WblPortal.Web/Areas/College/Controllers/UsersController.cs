using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Invitations;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college admin's users: staff and learner accounts of the own college, and invitations.</summary>
[Area("College")]
[Authorize(Policy = Policies.CollegeAdmin)]
public sealed class UsersController(WblDbContext db) : OrganizationUsersController(db)
{
    protected override string AreaName => "College";

    protected override async Task LoadInviteChoicesAsync(CancellationToken cancellationToken)
    {
        await base.LoadInviteChoicesAsync(cancellationToken);
        var learners = await Db.Learners.AsNoTracking().OrderBy(l => l.LastName).ThenBy(l => l.FirstName)
            .Select(l => new { l.Id, l.LastName, l.FirstName, l.Patronymic, Group = l.Group!.Name })
            .ToListAsync(cancellationToken);
        ViewBag.Learners = learners.Select(l => new SelectListItem($"{l.LastName} {l.FirstName} {l.Patronymic} ({l.Group})".Replace("  ", " "), l.Id.ToString())).ToList();
    }
}
