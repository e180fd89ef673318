using Npgsql;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>The test database server: WBL_TEST_DB (a connection string without a database) or the local
/// PostgreSQL that scripts/test.sh starts.</summary>
public static class TestDatabase
{
    public static string ConnectionString(string database)
    {
        var server = Environment.GetEnvironmentVariable("WBL_TEST_DB") ?? "Host=localhost;Port=5432;Username=wbl;Password=wbl";
        return new NpgsqlConnectionStringBuilder(server) { Database = database + "_" + Environment.ProcessId }.ConnectionString;
    }

    /// <summary>Drops a leftover database of the same name so each run starts clean; the portal creates and migrates it.</summary>
    public static async Task RecreateAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database!;
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        // DROP DATABASE waits for a checkpoint, which on a busy shared machine can take longer than the default 30 s.
        drop.CommandTimeout = 300;
        await drop.ExecuteNonQueryAsync();
    }
}
