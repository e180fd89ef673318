using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;

namespace WblPortal.Web.Areas.College.Controllers;

[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class DashboardController(WblDbContext db) : Controller
{
    public sealed record Counts(string CollegeName, int Specialties, int Groups, int Learners, int Curators, int LearnersWithSpecialNeeds);

    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var college = await db.Colleges.AsNoTracking().SingleAsync(cancellationToken);
        var counts = new Counts(
            System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("ky", StringComparison.Ordinal) ? college.NameKy : college.NameRu,
            await db.Specialties.CountAsync(cancellationToken),
            await db.StudyGroups.CountAsync(cancellationToken),
            await db.Learners.CountAsync(cancellationToken),
            await db.Curators.CountAsync(cancellationToken),
            await db.Learners.CountAsync(l => l.HasSpecialNeeds, cancellationToken));
        return View(counts);
    }
}
