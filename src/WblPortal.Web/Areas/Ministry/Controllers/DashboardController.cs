using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;

namespace WblPortal.Web.Areas.Ministry.Controllers;

/// <summary>National counts for the ministry. Counts only: the page never shows a person's data. The ministry's
/// actor reads every row through the tenant filter, so no filter is bypassed here.</summary>
[Area("Ministry")]
[Authorize(Policy = Policies.Ministry)]
public sealed class DashboardController(WblDbContext db) : Controller
{
    public sealed record RegionRow(string Region, int Colleges, int Learners);

    public sealed record Counts(
        int Colleges,
        int Learners,
        int LearnersFemale,
        int LearnersMale,
        int LearnersWithSpecialNeeds,
        int Employers,
        int Mentors,
        int MentorsTrained,
        IReadOnlyList<RegionRow> Regions);

    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var learners = await db.Learners
            .GroupBy(l => new { l.Gender, l.HasSpecialNeeds })
            .Select(g => new { g.Key.Gender, g.Key.HasSpecialNeeds, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var mentors = await db.Mentors
            .GroupBy(m => m.PedagogicalTrainingDate != null)
            .Select(g => new { Trained = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var regions = await db.Regions
            .OrderBy(r => r.SortOrder)
            .Select(r => new
            {
                r.NameKy,
                r.NameRu,
                r.NameEn,
                Colleges = db.Colleges.Count(c => c.RegionId == r.Id),
                Learners = db.Learners.Count(l => l.College!.RegionId == r.Id),
            })
            .ToListAsync(cancellationToken);

        var culture = CultureInfo.CurrentUICulture.Name;
        var counts = new Counts(
            regions.Sum(r => r.Colleges),
            learners.Sum(l => l.Count),
            learners.Where(l => l.Gender == Gender.Female).Sum(l => l.Count),
            learners.Where(l => l.Gender == Gender.Male).Sum(l => l.Count),
            learners.Where(l => l.HasSpecialNeeds).Sum(l => l.Count),
            await db.Employers.CountAsync(cancellationToken),
            mentors.Sum(m => m.Count),
            mentors.Where(m => m.Trained).Sum(m => m.Count),
            regions.Select(r => new RegionRow(LocalizedName.Pick(r.NameKy, r.NameRu, r.NameEn, culture), r.Colleges, r.Learners)).ToList());
        return View(counts);
    }
}
