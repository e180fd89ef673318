using Microsoft.AspNetCore.Mvc.Rendering;
using WblPortal.Web.Features.Programmes;

namespace WblPortal.Web.Areas.College.Models;

/// <summary>The college's programme page: the programme, the forms that edit it (kept as posted when one fails, so its
/// messages show next to its fields) and the choices they offer.</summary>
public sealed class ProgrammePage
{
    public required ProgrammeDetails.View Programme { get; init; }
    public EditProgramme.Command Sections { get; set; } = new();
    public SetProgrammeLoad.Command Load { get; set; } = new();
    public AddProgrammeOutcome.Command Outcome { get; set; } = new();
    public SetProgrammeFormContent.Command Content { get; set; } = new();
    public ChangeProgrammeStatus.Command Transition { get; set; } = new();
    public AnswerProgrammeComment.Command Answer { get; set; } = new();
    public IReadOnlyList<SelectListItem> Forms { get; set; } = [];
    public IReadOnlyList<SelectListItem> Employers { get; set; } = [];
    public IReadOnlyList<ProgrammeDetails.CompetencyRow> Competencies { get; set; } = [];
}
