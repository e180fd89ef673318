using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using WblPortal.Domain.Common;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features;

/// <summary>How a handler tells a refused workflow step: the resource that holds the step's keys and, per key, the
/// field the message belongs next to (none: a page-level message).</summary>
public sealed record Refusals(IStringLocalizer Localizer, Func<string, string>? FieldOf = null)
{
    public FeatureResult Of(WorkflowException exception) => exception.ToResult(Localizer, FieldOf?.Invoke(exception.Key) ?? "");
}

/// <summary>
/// The tail every handler that changes rows shares: the row loaded in the actor's scope (missing → not found), the
/// version the user saw set as the expected one, the change itself, the save, and the two answers a save can give
/// back — a refused workflow step in the user's language, a concurrent change as a conflict. A handler writes only
/// its load, its checks and its change.
/// </summary>
public static class HandlerTail
{
    /// <summary>Makes the save fail with a conflict if the row changed since the user loaded version <paramref name="version"/>.</summary>
    public static void ExpectVersion<T>(this WblDbContext db, T row, uint version)
        where T : Entity =>
        db.Entry(row).Property(e => e.Version).OriginalValue = version;

    /// <summary>Changes a row found in scope (null → not found): expects <paramref name="version"/> (null for a new row),
    /// runs <paramref name="change"/> (a non-null result refuses, nothing saved), saves, and answers done with the row's id
    /// (or <paramref name="doneId"/>).</summary>
    public static Task<FeatureResult> ChangeAsync<T>(this WblDbContext db, T? row, uint? version, Func<T, FeatureResult?> change,
        CancellationToken cancellationToken, Refusals? refusals = null, Func<DbUpdateException, FeatureResult?>? saveFailed = null,
        Func<T, Guid>? doneId = null)
        where T : Entity =>
        db.ChangeAsync(row, version, (r, _) => Task.FromResult(change(r)), cancellationToken, refusals, saveFailed, doneId);

    /// <inheritdoc cref="ChangeAsync{T}(WblDbContext, T, uint?, Func{T, FeatureResult}, CancellationToken, Refusals, Func{DbUpdateException, FeatureResult}, Func{T, Guid})"/>
    public static async Task<FeatureResult> ChangeAsync<T>(this WblDbContext db, T? row, uint? version,
        Func<T, CancellationToken, Task<FeatureResult?>> change, CancellationToken cancellationToken, Refusals? refusals = null,
        Func<DbUpdateException, FeatureResult?>? saveFailed = null, Func<T, Guid>? doneId = null)
        where T : Entity
    {
        if (row is null)
        {
            return FeatureResult.NotFound;
        }

        if (version is { } seen)
        {
            db.ExpectVersion(row, seen);
        }

        return await db.SaveAsync(ct => change(row, ct), () => doneId?.Invoke(row) ?? row.Id, cancellationToken, refusals, saveFailed);
    }

    /// <summary>The tail of a handler that has made its change (and set the version it expects): saves, and answers done
    /// with <paramref name="doneId"/>, a conflict, or (through <paramref name="saveFailed"/>, when it answers) a database
    /// refusal such as a duplicate key.</summary>
    public static Task<FeatureResult> SaveAsync(this WblDbContext db, Func<Guid> doneId, CancellationToken cancellationToken,
        Func<DbUpdateException, FeatureResult?>? saveFailed = null) =>
        db.SaveAsync(_ => Task.FromResult<FeatureResult?>(null), doneId, cancellationToken, saveFailed: saveFailed);

    /// <inheritdoc cref="SaveAsync(WblDbContext, Func{CancellationToken, Task{FeatureResult}}, Func{Guid}, CancellationToken, Refusals, Func{DbUpdateException, FeatureResult})"/>
    public static Task<FeatureResult> SaveAsync(this WblDbContext db, Func<FeatureResult?> change, Func<Guid> doneId,
        CancellationToken cancellationToken, Refusals? refusals = null, Func<DbUpdateException, FeatureResult?>? saveFailed = null) =>
        db.SaveAsync(_ => Task.FromResult(change()), doneId, cancellationToken, refusals, saveFailed);

    /// <summary>The tail without one row: runs <paramref name="change"/>, saves, and translates a refused step, a conflict
    /// and (through <paramref name="saveFailed"/>, when it answers) a database refusal such as a duplicate key.</summary>
    public static async Task<FeatureResult> SaveAsync(this WblDbContext db, Func<CancellationToken, Task<FeatureResult?>> change, Func<Guid> doneId,
        CancellationToken cancellationToken, Refusals? refusals = null, Func<DbUpdateException, FeatureResult?>? saveFailed = null)
    {
        FeatureResult? failed = null;
        try
        {
            if (await change(cancellationToken) is { } refused)
            {
                return refused;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (WorkflowException ex) when (refusals is not null)
        {
            return refusals.Of(ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FeatureResult.Conflict;
        }
        catch (DbUpdateException ex) when (saveFailed is not null && (failed = saveFailed(ex)) is not null)
        {
            return failed;
        }

        return FeatureResult.Done(doneId());
    }

    /// <summary>Whether the save failed on a unique key (a number, name or year already taken): the only database
    /// refusal a handler answers as a message; any other one is left to the error filter.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Whether the save failed because other rows still refer to the one removed (a delete answered "in use").</summary>
    public static bool IsForeignKeyViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };
}
