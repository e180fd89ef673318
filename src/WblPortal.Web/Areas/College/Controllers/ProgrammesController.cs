using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Programmes;
using WblPortal.Web.Areas.College.Models;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Programmes;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.College.Controllers;

/// <summary>The college's WBL programmes per specialty and academic year: the list, and the programme page where a draft
/// is edited section by section and moved through its workflow. Another college's programme is not found (404).</summary>
[Area("College")]
[Authorize(Policy = Policies.College)]
public sealed class ProgrammesController(
    IStringLocalizer<ProgrammeResource> p, TimeProvider clock, ProgrammeDetails.Handler details, ProgrammeChoices.Handler choices) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ProgrammeStatus? status, [FromServices] ListProgrammes.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, status, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromQuery] ProgrammeStatus? status, [FromServices] ListProgrammes.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query, status).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(p["Programmes_Title"],
            [p["Programme_SpecialtyCode"], p["Programme_SpecialtyName"], p["Programme_Year"], p["Programme_Revision"], p["Programme_Status"],
             p["Programme_TotalStudyHours"], p["Programme_WblHours"], p["Programme_Share"], p["Programme_MinShare"], p["Programme_OrderNumber"], p["Programme_OrderDate"]],
            rows, r => [r.SpecialtyCode, r.SpecialtyName, r.Year, r.Revision, p["Status_" + r.Status].Value, r.TotalStudyHours, r.WblHours, r.SharePercent,
                r.MinSharePercent, r.ApprovalOrderNumber, r.ApprovalDate],
            cancellationToken);
        return XlsxFile.Result(file, "wbl-programmes");
    }

    /// <summary>The form, for the year the college plans for, or for the specialty and year of a "use this year" link.</summary>
    public async Task<IActionResult> Create([FromQuery] Guid? specialtyId, [FromQuery] int? academicYear, [FromServices] CreateProgramme.Handler handler,
        CancellationToken cancellationToken)
    {
        var command = new CreateProgramme.Command
        {
            SpecialtyId = specialtyId,
            AcademicYear = academicYear ?? AcademicCalendar.PlanningYearOf(clock.BishkekToday()),
        };
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Create(CreateProgramme.Command command, [FromServices] CreateProgramme.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }

        ShowErrorsOf(result);
        await handler.LoadChoicesAsync(command, cancellationToken);
        return View(command);
    }

    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await PageAsync(id, _ => { }, null, "", cancellationToken);

    [HttpPost]
    public async Task<IActionResult> SaveSections(Guid id, [Bind(Prefix = "Sections")] EditProgramme.Command command, [FromServices] EditProgramme.Handler handler, CancellationToken cancellationToken)
    {
        command.Id = id;
        var result = await handler.HandleAsync(command, cancellationToken);
        return await AfterAsync(id, result, page => page.Sections = command, "Sections", "sections", cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> SetLoad(Guid id, [Bind(Prefix = "Load")] SetProgrammeLoad.Command command, [FromServices] SetProgrammeLoad.Handler handler, CancellationToken cancellationToken) =>
        await AfterAsync(id, await handler.HandleAsync(id, command, cancellationToken), page => page.Load = command, "Load", "loads", cancellationToken);

    [HttpPost]
    public async Task<IActionResult> AddOutcome(Guid id, [Bind(Prefix = "Outcome")] AddProgrammeOutcome.Command command, [FromServices] AddProgrammeOutcome.Handler handler, CancellationToken cancellationToken) =>
        await AfterAsync(id, await handler.HandleAsync(id, command, cancellationToken), page => page.Outcome = command, "Outcome", "outcomes", cancellationToken);

    [HttpPost]
    public async Task<IActionResult> SetContent(Guid id, [Bind(Prefix = "Content")] SetProgrammeFormContent.Command command, [FromServices] SetProgrammeFormContent.Handler handler, CancellationToken cancellationToken) =>
        await AfterAsync(id, await handler.HandleAsync(id, command, cancellationToken), page => page.Content = command, "Content", "contents", cancellationToken);

    [HttpPost]
    public async Task<IActionResult> RemovePart(Guid id, RemoveProgrammePart.Part part, Guid partId, [FromServices] RemoveProgrammePart.Handler handler, CancellationToken cancellationToken) =>
        await AfterAsync(id, await handler.HandleAsync(id, part, partId, cancellationToken), _ => { }, "", part switch
        {
            RemoveProgrammePart.Part.Load => "loads",
            RemoveProgrammePart.Part.Outcome => "outcomes",
            _ => "contents",
        }, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Transition(Guid id, [Bind(Prefix = "Transition")] ChangeProgrammeStatus.Command command, [FromServices] ChangeProgrammeStatus.Handler handler, CancellationToken cancellationToken)
    {
        command.Id = id;
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(p["Step_Done_" + command.Step]);
            return RedirectToAction(nameof(Details), new { id = result.Id });
        }

        return await AfterAsync(id, result, page => page.Transition = command, "Transition", "", cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Answer(Guid id, [Bind(Prefix = "Answer")] AnswerProgrammeComment.Command command, [FromServices] AnswerProgrammeComment.Handler handler, CancellationToken cancellationToken) =>
        await AfterAsync(id, await handler.HandleAsync(id, command, cancellationToken), page => page.Answer = command, "Answer", "comments", cancellationToken);

    /// <summary>Done: back to the programme page at the changed section. Otherwise the page again, with the posted form and
    /// its messages next to its fields.</summary>
    private async Task<IActionResult> AfterAsync(Guid id, FeatureResult result, Action<ProgrammePage> keep, string prefix, string anchor, CancellationToken cancellationToken)
    {
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return Redirect(Url.Action(nameof(Details), new { id })! + (anchor.Length > 0 ? "#" + anchor : ""));
        }

        return await PageAsync(id, keep, result, prefix, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(Guid id, Action<ProgrammePage> keep, FeatureResult? result, string prefix, CancellationToken cancellationToken)
    {
        var programme = await details.LoadAsync(id, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        var page = new ProgrammePage { Programme = programme, Sections = EditProgramme.Command.From(programme) };
        if (result is not null)
        {
            keep(page);
            ClearKeepingBindingFailures();
            if (result.Outcome == FeatureOutcome.Conflict)
            {
                ModelState.AddModelError(string.Empty, L["Common_ConcurrencyConflict"]);
                page.Sections = EditProgramme.Command.From(programme);
            }

            foreach (var error in result.Errors ?? [])
            {
                ModelState.AddModelError(string.IsNullOrEmpty(error.PropertyName) ? string.Empty : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
            }
        }

        var offered = await choices.LoadAsync(programme, cancellationToken);
        page.Forms = offered.Forms;
        page.Employers = offered.Employers;
        page.Competencies = offered.Competencies;

        return View("Details", page);
    }
}
