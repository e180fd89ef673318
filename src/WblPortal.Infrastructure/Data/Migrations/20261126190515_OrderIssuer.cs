using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrderIssuer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "issuer_address",
                table: "orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "issuer_city",
                table: "orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "issuer_director_name",
                table: "orders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "issuer_name_ky",
                table: "orders",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "issuer_name_ru",
                table: "orders",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            // Orders issued before: the college as it is now is the best record of the day of issue.
            migrationBuilder.Sql("""
                UPDATE orders o SET issuer_name_ky = c.name_ky, issuer_name_ru = c.name_ru, issuer_city = c.city,
                    issuer_address = c.address, issuer_director_name = c.director_name
                FROM colleges c WHERE c.id = o.college_id AND o.status = 'Issued';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "issuer_address",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "issuer_city",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "issuer_director_name",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "issuer_name_ky",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "issuer_name_ru",
                table: "orders");
        }
    }
}
