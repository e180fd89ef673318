using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class DailyUseDiaryLoopAndMinors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "needs_representative_consent",
                table: "agreements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "representative_consent_at",
                table: "agreements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "representative_consent_recorded_by_name",
                table: "agreements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "representative_consent_recorded_by_user_id",
                table: "agreements",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "working_time_limits",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    min_age = table.Column<int>(type: "integer", nullable: false),
                    max_age = table.Column<int>(type: "integer", nullable: true),
                    hours_per_week = table.Column<int>(type: "integer", nullable: false),
                    source_ky = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source_ru = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_time_limits", x => x.id);
                    table.CheckConstraint("ck_working_time_limits_ages", "min_age >= 0 AND (max_age IS NULL OR max_age > min_age)");
                    table.CheckConstraint("ck_working_time_limits_hours", "hours_per_week BETWEEN 1 AND 168");
                });
        
            // Labour Code of the Kyrgyz Republic: reduced working time of minors (art. 91) and the general limit for adults.
            migrationBuilder.InsertData(
                table: "working_time_limits",
                columns: new[] { "id", "min_age", "max_age", "hours_per_week", "source_ky", "source_ru", "source_en" },
                values: new object[,]
                {
                    { 1, 0, 16, 24, "КР Эмгек кодекси, 91-берене", "Трудовой кодекс КР, ст. 91", "Labour Code of the Kyrgyz Republic, art. 91" },
                    { 2, 16, 18, 36, "КР Эмгек кодекси, 91-берене", "Трудовой кодекс КР, ст. 91", "Labour Code of the Kyrgyz Republic, art. 91" },
                    { 3, 18, null, 40, "КР Эмгек кодекси (иш убактысынын кадимки узактыгы)", "Трудовой кодекс КР (нормальная продолжительность рабочего времени)", "Labour Code of the Kyrgyz Republic (normal working time)" },
                });

            // A representative's consent was stored as the learner's confirmation under the college user's name: move it.
            migrationBuilder.Sql("""
                UPDATE agreements
                SET representative_consent_at = learner_confirmed_at,
                    representative_consent_recorded_by_user_id = learner_confirmed_by_user_id,
                    representative_consent_recorded_by_name = learner_confirmed_by_name,
                    needs_representative_consent = TRUE,
                    learner_confirmed_at = NULL, learner_confirmed_by_user_id = NULL, learner_confirmed_by_name = NULL, learner_consent_kind = NULL
                WHERE learner_consent_kind = 'LegalRepresentative';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "working_time_limits");

            migrationBuilder.DropColumn(
                name: "needs_representative_consent",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "representative_consent_at",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "representative_consent_recorded_by_name",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "representative_consent_recorded_by_user_id",
                table: "agreements");
        }
    }
}
