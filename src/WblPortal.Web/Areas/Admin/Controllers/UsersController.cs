using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features.Invitations;
using WblPortal.Web.Features.Users;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Admin.Controllers;

/// <summary>Every user of the platform: search, lock and unlock; inviting the first admins of organizations.</summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class UsersController(WblDbContext db, Microsoft.Extensions.Localization.IStringLocalizer<AdminResource> m) : OrganizationUsersController(db)
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

    protected override async Task LoadInviteChoicesAsync(CancellationToken cancellationToken)
    {
        await base.LoadInviteChoicesAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture.Name;
        var colleges = await Db.Colleges.AsNoTracking().OrderBy(c => c.NameKy)
            .Select(c => new { c.Id, c.NameKy, c.NameRu, c.NameEn }).ToListAsync(cancellationToken);
        var employers = await Db.Employers.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
        var ministries = await Db.Ministries.AsNoTracking().OrderBy(m => m.NameKy)
            .Select(m => new { m.Id, m.NameKy, m.NameRu, m.NameEn }).ToListAsync(cancellationToken);
        var collegeGroup = new SelectListGroup { Name = m["Colleges_Title"] };
        var employerGroup = new SelectListGroup { Name = m["Employers_Title"] };
        var ministryGroup = new SelectListGroup { Name = m["Ministries_Title"] };
        ViewBag.Organizations = colleges.Select(c => new SelectListItem(LocalizedName.Pick(c.NameKy, c.NameRu, c.NameEn, culture), c.Id.ToString()) { Group = collegeGroup })
            .Concat(employers.Select(e => new SelectListItem(e.Name, e.Id.ToString()) { Group = employerGroup }))
            .Concat(ministries.Select(m => new SelectListItem(LocalizedName.Pick(m.NameKy, m.NameRu, m.NameEn, culture), m.Id.ToString()) { Group = ministryGroup }))
            .ToList();
    }
}
