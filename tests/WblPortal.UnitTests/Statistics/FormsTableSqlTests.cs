using WblPortal.Infrastructure.Statistics;

namespace WblPortal.UnitTests.Statistics;

/// <summary>The Table 1 view maps forms to columns in SQL; it must group the forms as <see cref="FormsTable.Columns"/> does.</summary>
public class FormsTableSqlTests
{
    [Theory]
    [InlineData("p.form_id")]
    [InlineData("e.form_id")]
    public void SummariesSql_MapsEveryMergedFormToTheFirstFormOfItsColumn(string column)
    {
        foreach (var merged in FormsTable.Columns.Where(c => c.Forms.Length > 1))
        {
            var others = merged.Forms.Skip(1).ToArray();
            var condition = others.Length == 1 ? $"{column} = {others[0]}" : $"{column} IN ({string.Join(", ", others)})";
            Assert.Contains($"WHEN {condition} THEN {merged.Forms[0]}", NationalFigures.SummariesCreateSql);
        }

        var whens = NationalFigures.SummariesCreateSql.Split("WHEN " + column).Length - 1;
        Assert.Equal(FormsTable.Columns.Count(c => c.Forms.Length > 1), whens);
    }
}
