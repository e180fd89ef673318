using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Employers;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer admin edits the own employer's profile; the id always comes from the actor, never the form.</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class ProfileController(WblDbContext db) : PortalController
{
    public async Task<IActionResult> Index([FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
    {
        var command = db.Actor.EmployerId is { } id ? await handler.LoadAsync(id, cancellationToken) : null;
        if (command is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditEmployer.Command command, [FromServices] EditEmployer.Handler handler, CancellationToken cancellationToken)
    {
        if (db.Actor.EmployerId is not { } own)
        {
            return NotFound();
        }

        command.Id = own;
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Index));
        }

        AddErrors(result);
        if (result.Outcome == FeatureOutcome.Conflict)
        {
            ModelState.Clear();
            AddErrors(result);
            command = (await handler.LoadAsync(own, cancellationToken))!;
        }

        await LoadChoicesAsync();
        return View("Index", command);
    }

    private async Task LoadChoicesAsync()
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync();
        ViewBag.Regions = regions.Select(r => new SelectListItem(LocalizedName.Pick(r.NameKy, r.NameRu, r.NameEn, culture), r.Id.ToString())).ToList();
        ViewBag.Sectors = Enum.GetValues<EconomicSector>().Select(k => new SelectListItem(L["Sector_" + k], k.ToString())).ToList();
    }
}
