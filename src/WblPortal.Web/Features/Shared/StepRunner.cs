using WblPortal.Domain.Common;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features;

/// <summary>
/// What every workflow step (ConfirmPlacement, ApproveDiaryWeek, SignPartnership, …) does around its domain call: the
/// acting user and the time, then <see cref="HandlerTail"/> — version, step, save, refusal or conflict. A step whose
/// page must be current before it is taken at all (placements, assessments) asks for <c>staleFirst</c>: a changed row
/// is a conflict before the domain is asked.
/// </summary>
public sealed class StepRunner(WblDbContext db, TimeProvider clock)
{
    /// <summary>The signed-in user as the workflow records them.</summary>
    public WorkflowUser By => WorkflowUser.From(db.Actor);

    /// <summary>A step on one row found in scope (null → not found); done answers the row's id, or <paramref name="doneId"/>.</summary>
    public Task<FeatureResult> RunAsync<T>(T? row, uint version, Func<T, WorkflowUser, DateTimeOffset, FeatureResult?> step, Refusals refusals,
        CancellationToken cancellationToken, bool staleFirst = false, Func<T, Guid>? doneId = null)
        where T : Entity =>
        RunAsync(row, version, (r, by, at, _) => Task.FromResult(step(r, by, at)), refusals, cancellationToken, staleFirst, doneId);

    /// <inheritdoc cref="RunAsync{T}(T, uint, Func{T, WorkflowUser, DateTimeOffset, FeatureResult}, Refusals, CancellationToken, bool, Func{T, Guid})"/>
    public Task<FeatureResult> RunAsync<T>(T? row, uint version, Func<T, WorkflowUser, DateTimeOffset, CancellationToken, Task<FeatureResult?>> step,
        Refusals refusals, CancellationToken cancellationToken, bool staleFirst = false, Func<T, Guid>? doneId = null)
        where T : Entity
    {
        if (staleFirst && row is not null && row.Version != version)
        {
            return Task.FromResult(FeatureResult.Conflict); // the page was out of date: show the current state before any step
        }

        var by = By;
        var at = clock.GetUtcNow();
        return db.ChangeAsync(row, version, (r, ct) => step(r, by, at, ct), cancellationToken, refusals, doneId: doneId);
    }

    /// <summary>A step on several rows (a diary week): the step expects each row's version itself.</summary>
    public Task<FeatureResult> RunAsync(Func<WorkflowUser, DateTimeOffset, FeatureResult?> step, Func<Guid> doneId, Refusals refusals,
        CancellationToken cancellationToken)
    {
        var by = By;
        var at = clock.GetUtcNow();
        return db.SaveAsync(_ => Task.FromResult(step(by, at)), doneId, cancellationToken, refusals);
    }
}
