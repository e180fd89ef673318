using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WblPortal.Infrastructure.Data;

/// <summary>Creates the database when it is missing and applies the migrations.</summary>
public static class DatabaseInitializer
{
    /// <summary>
    /// Creates the database with the ICU Kyrgyz locale, so that ORDER BY sorts ң after н, ө after о, ү after у
    /// and ILIKE folds the case of Kyrgyz letters. EF Core's own creation would take the server's default locale.
    /// </summary>
    public static async Task EnsureDatabaseAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };

        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return;
            }
        }

        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand(
            $"CREATE DATABASE {quoted} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'ky-KG' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'",
            connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task MigrateAsync(WblDbContext db, CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(db.Database.GetConnectionString()!, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
