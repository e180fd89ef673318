using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.UnitTests.Statistics;

/// <summary>The Table 1 view maps forms to columns in SQL (written out in a migration); the latest migration that
/// creates it must group the forms as <see cref="FormsTable.Columns"/> does.</summary>
public class FormsTableSqlTests
{
    [Theory]
    [InlineData("p.form_id")]
    [InlineData("e.form_id")]
    public void FormsTableViewSql_MapsEveryMergedFormToTheFirstFormOfItsColumn(string column)
    {
        var sql = LatestMigrationSqlCreating($"CREATE MATERIALIZED VIEW {NationalFigures.FormsTableView}");

        foreach (var merged in FormsTable.Columns.Where(c => c.Forms.Length > 1))
        {
            var others = merged.Forms.Skip(1).ToArray();
            var condition = others.Length == 1 ? $"{column} = {others[0]}" : $"{column} IN ({string.Join(", ", others)})";
            Assert.Contains($"WHEN {condition} THEN {merged.Forms[0]}", sql);
        }

        var whens = sql.Split("WHEN " + column).Length - 1;
        Assert.Equal(FormsTable.Columns.Count(c => c.Forms.Length > 1), whens);
    }

    /// <summary>The raw SQL of the newest migration (by id) whose Up contains <paramref name="statement"/>.</summary>
    private static string LatestMigrationSqlCreating(string statement)
    {
        var migrations = typeof(WblDbContext).Assembly.GetTypes()
            .Where(t => typeof(Migration).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()!.Id, Type: t))
            .OrderByDescending(m => m.Id, StringComparer.Ordinal);

        foreach (var (_, type) in migrations)
        {
            var migration = (Migration)Activator.CreateInstance(type)!;
            var sql = string.Join("\n", migration.UpOperations.OfType<SqlOperation>().Select(o => o.Sql));
            if (sql.Contains(statement, StringComparison.Ordinal))
            {
                return sql;
            }
        }

        throw new InvalidOperationException($"No migration runs \"{statement}\".");
    }
}
