using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WblPortal.Domain.Programmes;
using WblPortal.Web.Authorization;
using WblPortal.Web.Features;
using WblPortal.Web.Features.Programmes;
using WblPortal.Web.Infrastructure;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Areas.Employer.Controllers;

/// <summary>The colleges' WBL programmes the employer is invited to discuss (under discussion or approved): read them and
/// comment while under discussion. The tenant filter hides every other programme (404).</summary>
[Area("Employer")]
[Authorize(Policy = Policies.Employer)]
public sealed class ProgrammesController : PortalController
{
    /// <summary>The programme and the comment form (kept as posted when refused).</summary>
    public sealed record Page(ProgrammeDetails.View Programme, CommentOnProgramme.Command Comment);

    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] ProgrammeStatus? status, [FromServices] ListProgrammes.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(query, status, cancellationToken));

    public async Task<IActionResult> Details(Guid id, [FromServices] ProgrammeDetails.Handler handler, CancellationToken cancellationToken)
    {
        var programme = await handler.LoadAsync(id, cancellationToken);
        return programme is null ? NotFound() : View(new Page(programme, new CommentOnProgramme.Command()));
    }

    [HttpPost]
    public async Task<IActionResult> Comment(Guid id, [Bind(Prefix = "Comment")] CommentOnProgramme.Command command, [FromServices] CommentOnProgramme.Handler handler,
        [FromServices] ProgrammeDetails.Handler details, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, command, cancellationToken);
        if (result.Outcome == FeatureOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == FeatureOutcome.Done)
        {
            Flash(L["Common_Saved"]);
            return Redirect(Url.Action(nameof(Details), new { id })! + "#comments");
        }

        var programme = await details.LoadAsync(id, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        ShowErrorsOf(result, "Comment");
        return View("Details", new Page(programme, command));
    }
}
