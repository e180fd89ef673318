using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace WblPortal.Infrastructure.Data;

/// <summary>The one way to open an explicit transaction on the portal's context.</summary>
public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction inside the context's execution strategy, so that a transient
    /// failure (a dropped connection, a database restart) runs the whole unit again instead of failing the request:
    /// EF Core's retrying strategy refuses a transaction begun outside it. The work commits the transaction itself
    /// (one that is not committed is rolled back); it must be repeatable: on a retry the change tracker is emptied
    /// first, so the work adds or loads its rows inside, not before.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this WblDbContext db, Func<IDbContextTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        var attempt = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            return await work(transaction, ct);
        }, cancellationToken);
    }
}
