using Npgsql;

namespace WblPortal.Infrastructure.Cluster;

/// <summary>
/// Runs a background job on one instance at a time across every instance of the portal that shares the database: a
/// run first takes a PostgreSQL advisory lock named after the job, <b>transaction-scoped</b>
/// (<c>pg_try_advisory_xact_lock</c>) on a connection of its own, holds that transaction open while the job works and
/// ends it afterwards. An instance whose timer fires while another runs the job skips that run. A transaction-scoped
/// lock needs no session state, so it works through PgBouncer in transaction mode, and it is released by the database
/// when the instance dies or the connection breaks (a restarted database holds no stale lock).
/// </summary>
/// <remarks>
/// The lock prevents two runs at once; the jobs themselves are idempotent against runs one after the other (a
/// notification's <c>email_sent_at</c>, the reminders' repeat window, the figures' refresh time), so each mail and
/// each reminder is sent once. A run that crashes before saving is repeated by the next run (at least once).
/// </remarks>
public sealed class ClusterJobLock(string connectionString)
{
    /// <summary>The first key of every lock of the portal (the second is the job's); other software sharing the
    /// database would have to pick the same number by chance.</summary>
    public const int LockClass = 0x57424C; // "WBL"

    /// <summary>Runs <paramref name="work"/> when no other instance runs the job <paramref name="job"/>; returns false
    /// (and runs nothing) when another does.</summary>
    public async Task<bool> TryRunAsync(string job, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(@class, hashtext(@job))", connection, transaction))
        {
            take.Parameters.AddWithValue("class", LockClass);
            take.Parameters.AddWithValue("job", job);
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return false;
            }
        }

        await work(cancellationToken);
        // Nothing was written on this connection: ending the transaction only releases the lock.
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
