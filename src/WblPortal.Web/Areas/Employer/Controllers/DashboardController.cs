using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;

namespace WblPortal.Web.Areas.Employer.Controllers;

[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class DashboardController(WblDbContext db) : Controller
{
    public sealed record Counts(string EmployerName, int Mentors, int MentorsWithTraining);

    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var employerId = db.Actor.EmployerId;
        var name = await db.Employers.AsNoTracking().Where(e => e.Id == employerId).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken);
        return View(new Counts(
            name ?? "",
            await db.Mentors.CountAsync(cancellationToken),
            await db.Mentors.CountAsync(m => m.PedagogicalTrainingDate != null, cancellationToken)));
    }
}
