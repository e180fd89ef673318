using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <summary>The pre-computed national figures (materialized views, no model change): see <see cref="NationalFigures"/>.
    /// A later migration that alters a column the view reads must drop and re-create it (DropSql / CreateSql).</summary>
    [DbContext(typeof(WblDbContext))]
    [Migration("20261126160000_NationalFigures")]
    public partial class NationalFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statistics.NationalFigures.CreateSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statistics.NationalFigures.DropSql);
    }
}
