using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;

namespace WblPortal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class DashboardController(WblDbContext db) : Controller
{
    public sealed record Counts(int Colleges, int Employers, int Users, int Learners, int PendingInvitations);

    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        return View(new Counts(
            await db.Colleges.CountAsync(cancellationToken),
            await db.Employers.CountAsync(cancellationToken),
            await db.Users.CountAsync(cancellationToken),
            await db.Learners.CountAsync(cancellationToken),
            await db.Invitations.CountAsync(i => i.AcceptedAt == null && i.ExpiresAt > now, cancellationToken)));
    }
}
