using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Mentors;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Mentors;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The employer's mentors; the tenant filter hides other employers' mentors (404).</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class MentorsController(IStringLocalizer<EmployerResource> e, IStringLocalizer<AppointmentResource> a) : PortalController
{
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ListMentors.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, cancellationToken));

    public async Task<IActionResult> Export([FromQuery] ListQuery query, [FromServices] ListMentors.Handler handler, CancellationToken cancellationToken)
    {
        var rows = await handler.Query(query).ToListAsync(cancellationToken);
        var file = await XlsxFile.WriteAsync(e["Mentors_Title"],
            [e["Mentor_FullName"], e["Mentor_Position"], e["Mentor_EducationLevel"], e["Mentor_Experience"], e["Mentor_SkillGrade"], e["Mentor_TrainingDate"],
             a["Registry_HasPedagogy"], a["Registry_Trainings"], a["Registry_TrainingHours"], a["Registry_TrainingKinds"], a["Registry_CurrentLearners"],
             e["Mentor_Phone"], e["Mentor_Email"]],
            rows, r => [r.FullName, r.Position, L["EducationLevel_" + r.EducationLevel].Value, r.YearsOfExperience, r.SkillGrade, r.PedagogicalTrainingDate,
                r.HasPedagogicalTraining ? L["Common_Yes"].Value : L["Common_No"].Value, r.TrainingCount, r.TrainingHours,
                string.Join(", ", r.TrainingKinds.Select(k => a["TrainingKind_" + k].Value)), r.CurrentLearners, r.Phone, r.Email],
            cancellationToken);
        return XlsxFile.Result(file, "mentors");
    }

    public async Task<IActionResult> Details(Guid id, [FromServices] MentorDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    public IActionResult Create([FromServices] EditMentor.Handler handler)
    {
        var command = new EditMentor.Command();
        handler.LoadChoices(command);
        return View("Edit", command);
    }

    public async Task<IActionResult> Edit(Guid id, [FromServices] EditMentor.Handler handler, CancellationToken cancellationToken)
    {
        var command = await handler.LoadAsync(id, cancellationToken);
        if (command is null)
        {
            return NotFound();
        }

        handler.LoadChoices(command);
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Save(EditMentor.Command command, [FromServices] EditMentor.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        return await SavedOrFormAsync(result, command, command.Id, id => handler.LoadAsync(id, cancellationToken), shown =>
        {
            handler.LoadChoices(shown);
            return Task.CompletedTask;
        });
    }

    [HttpPost]
    public async Task<IActionResult> Delete(Guid id, [FromServices] DeleteMentor.Handler handler, CancellationToken cancellationToken)
    {
        return Deleted(await handler.HandleAsync(id, cancellationToken), id);
    }
}
