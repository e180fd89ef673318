using Npgsql;

namespace WblPortal.BrowserTests.Infrastructure;

/// <summary>Plain SQL on the portal's test database, for a journey to find what the demo data holds or to count what a
/// page should show independently of the portal's own queries.</summary>
public static class PortalDatabase
{
    public static async Task<object?> ScalarAsync(this PortalServer server, string sql, params (string Name, object Value)[] parameters)
    {
        // No pooling: the fixture drops the database at the end, and a pooled connection would outlive it.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }
}
