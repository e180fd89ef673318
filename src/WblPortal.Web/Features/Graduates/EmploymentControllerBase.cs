using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Graduates;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Graduates;

/// <summary>What the college's graduate pages and the graduate's own "my employment" page share: the checkpoint
/// form and its answer.</summary>
public abstract class EmploymentControllerBase(IStringLocalizer<GraduateResource> g) : PortalController
{
    protected IStringLocalizer<GraduateResource> G { get; } = g;

    protected async Task<IActionResult> EmploymentFormAsync(Guid learnerId, EmploymentCheckpoint checkpoint, RecordEmployment.Handler handler,
        CancellationToken cancellationToken)
    {
        var form = await handler.LoadAsync(learnerId, checkpoint, cancellationToken);
        return form is null ? NotFound() : View("Edit", form);
    }

    /// <summary>Saved → <paramref name="done"/>; invalid → the form with the messages; changed meanwhile → the form with
    /// what is saved now and the conflict message (the other person's values are not lost).</summary>
    protected async Task<IActionResult> SavedEmploymentAsync(RecordEmployment.Command command, RecordEmployment.Handler handler, Func<IActionResult> done,
        CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(command, cancellationToken);
        switch (result.Outcome)
        {
            case FeatureOutcome.NotFound:
                return NotFound();
            case FeatureOutcome.Done:
                Flash(G["Employment_Saved"]);
                return done();
        }

        ShowErrorsOf(result);
        var form = await handler.LoadAsync(command.LearnerId, command.Checkpoint, cancellationToken,
            result.Outcome == FeatureOutcome.Conflict ? null : command);
        return form is null ? NotFound() : View("Edit", form);
    }
}
