using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <summary>Two summaries of the national figures (materialized views, no model change): the learner cells and
    /// Table 1 of the concept; see <see cref="Statistics.NationalFigures"/>.</summary>
    [DbContext(typeof(WblDbContext))]
    [Migration("20261126180000_NationalSummaries")]
    public partial class NationalSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statistics.NationalFigures.SummariesCreateSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statistics.NationalFigures.SummariesDropSql);
    }
}
